import CaseGraph

/// The text of `path`, `trace` and `why`: hop by hop, each edge with its type, its date
/// where known, and the quoted sentence that states it.
struct PathWriter {
    let graph: Graph
    let style: TextStyle

    func paths(kind: PathKind, from: NodeIndex, to: NodeIndex, result: ShortestPaths) -> String {
        let ends = "\(nodeName(from)) → \(nodeName(to))"
        guard let first = result.paths.first else {
            let how = kind == .trace ? "following edge direction" : "in either direction"
            return style.bold("\(kind.rawValue) \(ends): no path") + "\n"
                + "  no chain of edges \(how) connects them" + (kind == .trace ? "; `path` ignores direction" : "")
        }
        let how = kind == .trace ? "following edge direction" : "edge direction ignored"
        var title = "\(kind.rawValue) \(ends): \(count(first.length, "hop")), \(how)"
        if result.paths.count > 1 { title += ", \(count(result.paths.count, "shortest path"))" }
        // Blocks (the title, then each path) are separated by a blank line, lines by a newline.
        var text = style.bold(title)
        for (number, path) in result.paths.enumerated() {
            text += "\n\n"
            if result.paths.count > 1 { text += style.bold("path \(number + 1) of \(result.paths.count)") + "\n" }
            write(path, into: &text)
        }
        return text
    }

    func why(_ first: NodeIndex, _ second: NodeIndex, edges: [EdgeIndex]) -> String {
        var lines = [style.bold("why \(nodeName(first)) and \(nodeName(second)): \(count(edges.count, "edge"))")]
        if edges.isEmpty {
            lines.append("  no edge connects them directly; `path` finds how they are connected")
        }
        for edge in edges {
            let value = graph.edges[edge]
            var line = "  \(safe(graph.nodes.id(of: value.source))) " + style.cyan("-\(safe(value.type))->") + " \(safe(graph.nodes.id(of: value.target)))"
            if let date = value.date { line += "  \(date)" }
            lines.append(line)
            lines += evidence(of: value, indent: "      ")
        }
        return lines.joined(separator: "\n")
    }

    /// One path: each node on its line, each hop between them with its edges and evidence
    /// (lines separated by newlines, none after the last). Reads the edges in place.
    private func write(_ path: GraphPath, into text: inout String) {
        let edges = graph.edges
        for (position, node) in path.nodes.enumerated() {
            text += "  "
            text += nodeLine(node)
            guard position < path.hops.count else { break }
            let from = path.hops[position].from
            for edge in path.hops[position].edges {
                let type = safe(edges.type(of: edge))
                var label = edges.source(of: edge) == from ? "-" + type + "->" : "<-" + type + "-"
                if let date = edges.date(of: edge) { label += "  " + date.description }
                text += "\n    │ "
                text += style.cyan(label)
                for citation in edges.citations(of: edge) {
                    text += "\n    │   "
                    text += EvidenceText.citation(citation, style: style)
                }
            }
            text += "\n    ▼\n"
        }
    }

    private func evidence(of edge: Edge, indent: String) -> [String] {
        edge.sources.map { indent + EvidenceText.citation($0, style: style) }
    }

    private func nodeLine(_ node: NodeIndex) -> String {
        var details = "(" + safe(graph.nodes.type(of: node)) + ", " + safe(graph.nodes.id(of: node))
        if let date = graph.nodes.date(of: node) { details += ", \(date)" }
        details += ")"
        return style.bold(safe(graph.nodes.name(of: node))) + "  " + style.dim(details)
    }

    private func nodeName(_ node: NodeIndex) -> String {
        "\(safe(graph.nodes.name(of: node))) (\(safe(graph.nodes.id(of: node))))"
    }

    private func safe(_ text: String) -> String { SafeText.escaped(text) }
}
