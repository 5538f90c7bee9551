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
        var blocks = [style.bold(title)]
        for (number, path) in result.paths.enumerated() {
            var lines = [String]()
            if result.paths.count > 1 { lines.append(style.bold("path \(number + 1) of \(result.paths.count)")) }
            lines += self.path(path)
            blocks.append(lines.joined(separator: "\n"))
        }
        return blocks.joined(separator: "\n\n")
    }

    func why(_ first: NodeIndex, _ second: NodeIndex, edges: [EdgeIndex]) -> String {
        var lines = [style.bold("why \(nodeName(first)) and \(nodeName(second)): \(count(edges.count, "edge"))")]
        if edges.isEmpty {
            lines.append("  no edge connects them directly; `path` finds how they are connected")
        }
        for edge in edges {
            let value = graph.edges[edge]
            var line = "  \(safe(graph.nodes[value.source].id)) " + style.cyan("-\(safe(value.type))->") + " \(safe(graph.nodes[value.target].id))"
            if let date = value.date { line += "  \(date)" }
            lines.append(line)
            lines += evidence(of: value, indent: "      ")
        }
        return lines.joined(separator: "\n")
    }

    /// One path: each node on its line, each hop between them with its edges and evidence.
    private func path(_ path: GraphPath) -> [String] {
        var lines = [String]()
        for (position, node) in path.nodes.enumerated() {
            lines.append("  " + nodeLine(node))
            guard position < path.hops.count else { break }
            for edge in path.hops[position].edges {
                let value = graph.edges[edge]
                let forward = value.source == path.hops[position].from
                var label = forward ? "-\(safe(value.type))->" : "<-\(safe(value.type))-"
                if let date = value.date { label += "  " + date.description }
                lines.append("    │ " + style.cyan(label))
                lines += evidence(of: value, indent: "    │   ")
            }
            lines.append("    ▼")
        }
        return lines
    }

    private func evidence(of edge: Edge, indent: String) -> [String] {
        edge.sources.map { indent + EvidenceText.citation($0, style: style) }
    }

    private func nodeLine(_ node: NodeIndex) -> String {
        let value = graph.nodes[node]
        var details = "\(safe(value.type)), \(safe(value.id))"
        if let date = value.date { details += ", \(date)" }
        return style.bold(safe(value.name)) + "  " + style.dim("(\(details))")
    }

    private func nodeName(_ node: NodeIndex) -> String {
        "\(safe(graph.nodes[node].name)) (\(safe(graph.nodes[node].id)))"
    }

    private func safe(_ text: String) -> String { SafeText.escaped(text) }
}
