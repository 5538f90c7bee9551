import CaseGraph

/// The text card of one node: what it is, what is known of it, the quotes that back it,
/// and its edges grouped by direction and type.
struct CardWriter {
    let graph: Graph
    let style: TextStyle

    func card(_ card: NodeCard) -> String {
        let node = graph.nodes[card.node]
        var lines = [style.bold(safe(node.name)) + "  " + style.dim("(\(safe(node.type)), id \(safe(node.id)))")]
        if !node.aliases.isEmpty {
            lines.append("  aliases: " + node.aliases.map(safe).joined(separator: "; "))
        }
        if !node.properties.isEmpty {
            lines.append("  properties:")
            let width = node.properties.map(\.key.count).max() ?? 0
            let multipleOrigins = Set(node.properties.map(\.origin)).count > 1
            for property in node.properties {
                let key = safe(property.key) + String(repeating: " ", count: max(0, width - property.key.count))
                var line = "    \(key)  \(safe(property.value.displayText))"
                if multipleOrigins { line += style.dim("  [\(safe(property.origin))]") }
                lines.append(line)
            }
        }
        if !node.sources.isEmpty {
            lines.append("  evidence:")
            lines += node.sources.map { "    " + EvidenceText.citation($0, style: style) }
        }
        lines += edgeGroups(card.groups.filter(\.isOutgoing), title: "edges out", arrow: "→") { graph.edges.target(of: $0) }
        lines += edgeGroups(card.groups.filter { !$0.isOutgoing }, title: "edges in", arrow: "←") { graph.edges.source(of: $0) }
        return lines.joined(separator: "\n")
    }

    /// Edges grouped by type (sorted), each neighbour on its own line with its date; a group
    /// the limit cut ends with how many more it has.
    private func edgeGroups(_ groups: [NodeCard.Group], title: String, arrow: String, other: (EdgeIndex) -> NodeIndex) -> [String] {
        guard !groups.isEmpty else { return [] }
        var lines = ["  \(title):"]
        let width = groups.map(\.type.count).max() ?? 0
        for group in groups {
            let type = group.type
            for (position, edge) in group.edges.enumerated() {
                let label = position == 0 ? safe(type) + String(repeating: " ", count: width - type.count)
                                          : String(repeating: " ", count: width)
                let neighbour = other(edge)
                var line = "    \(style.cyan(label)) \(arrow) \(safe(graph.nodes.name(of: neighbour))) "
                    + style.dim("(\(safe(graph.nodes.type(of: neighbour))), \(safe(graph.nodes.id(of: neighbour))))")
                if let date = graph.edges.date(of: edge) { line += "  \(date)" }
                lines.append(line)
            }
            if group.listed < group.total {  // every group lists one edge at least, which shows its type
                lines.append("    \(style.cyan(String(repeating: " ", count: width))) " + style.dim("… \(group.total - group.listed) more"))
            }
        }
        return lines
    }

    private func safe(_ text: String) -> String { SafeText.escaped(text) }
}

/// How evidence is shown: `› the quote  — document-id`. The quote is printed exactly as
/// the graph holds it (escaped for the terminal), since quotes often carry quotation marks.
enum EvidenceText {
    static func citation(_ citation: SourceCitation, style: TextStyle) -> String {
        "› " + SafeText.escaped(citation.quote) + style.dim("  — " + SafeText.escaped(citation.document))
    }
}
