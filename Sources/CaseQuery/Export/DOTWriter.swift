import CaseGraph

/// How ``DOTWriter`` lays out a drawing.
public struct DOTOptions: Sendable, Hashable {
    /// Group nodes into one cluster per country they are located in (`located_in` edges,
    /// followed transitively); nodes in no country stay outside every cluster.
    public var byCountry: Bool
    /// The drawing's caption: the statement's text.
    public var title: String

    public init(byCountry: Bool = false, title: String = "") {
        self.byCountry = byCountry
        self.title = title
    }
}

/// Writes a ``Subgraph`` as a Graphviz DOT `digraph`, valid whatever the data contains.
///
/// Node IDs are opaque quoted names (`"n0"`, `"n1"`, ... numbered in output order); names
/// and every other text from the data go only into `label` and `tooltip` values, escaped as
/// ``DOTText`` describes. Nodes are written in node-id order and edges in edge order, so the
/// same input always writes the same bytes.
///
/// The drawing reads left to right (`rankdir=LR`) under the title. Each node type has a
/// fixed shape and fill (``NodeStyle``), listed in a legend cluster at the left; each node's tooltip is
/// its first source quote; each edge is labelled with its type and date, its tooltip its
/// first quote. When the subgraph highlights nodes or edges (a path in its context), those
/// are drawn thick and red and the rest faded grey.
///
/// ```swift
/// let dot = DOTWriter.write(subgraph, of: graph, options: DOTOptions(title: "linked ijm"))
/// ```
public enum DOTWriter {
    /// The longest line of a node label before it is wrapped at a space.
    static let labelWidth = 24

    static let highlightColor = "#C0392B"
    static let fadedLineColor = "#BBBBBB"
    static let fadedTextColor = "#888888"
    /// Appended to a fill colour to fade it: `#RRGGBB` + alpha.
    static let fadedFillAlpha = "55"

    /// The DOT text of `subgraph`. When `cancellation` fires midway (a drawing of millions of
    /// edges takes seconds), the text is cut short: the caller discards it. With a `sink`,
    /// the text goes to it a chunk at a time as it is written, and the rest is returned.
    /// - Complexity: O(V' log V' + E' log E') for the V' nodes and E' edges drawn, plus the
    ///   `located_in` chains followed with `byCountry`.
    public static func write(
        _ subgraph: Subgraph, of graph: Graph, options: DOTOptions, cancellation: Cancellation = .never,
        sink: OutputSink? = nil
    ) -> String {
        let drawing = Drawing(subgraph, of: graph)
        var dot = DOTOutput(sink: sink)
        dot.raw("digraph \"casegraph\" {\n  graph [")
        dot.attributes([
            .plain("charset", "UTF-8"), .plain("rankdir", "LR"), .text("label", options.title),
            .plain("labelloc", "t"), .plain("fontname", "Helvetica"), .plain("fontsize", "16"),
            .plain("nodesep", "0.3"), .plain("ranksep", "0.6"), .plain("pad", "0.3"), .plain("newrank", "true"),
        ])
        dot.raw("];\n  node [")
        dot.attributes([
            .plain("fontname", "Helvetica"), .plain("fontsize", "11"), .plain("color", "#555555"),
            .plain("margin", "0.12,0.06"),
        ])
        dot.raw("];\n  edge [")
        dot.attributes([
            .plain("fontname", "Helvetica"), .plain("fontsize", "9"), .plain("color", "#666666"),
            .plain("fontcolor", "#444444"), .plain("arrowsize", "0.7"),
        ])
        dot.raw("];\n")

        var work = 0
        if options.byCountry {
            let clusters = CountryClusters(nodes: drawing.nodes, in: graph)
            for (number, cluster) in clusters.clusters.enumerated() {
                dot.raw("  subgraph ")
                dot.quoted("cluster_country_\(number)")
                dot.raw(" {\n    graph [")
                dot.attributes([
                    .text("label", graph.nodes.name(of: cluster.country)), .plain("style", "rounded,filled"),
                    .plain("fillcolor", "#F4F6F7"), .plain("color", "#AAB7B8"), .plain("fontsize", "13"),
                ])
                dot.raw("];\n")
                nodeStatements(cluster.members, indent: "    ", drawing: drawing, graph: graph, to: &dot,
                               cancellation: cancellation, work: &work)
                dot.raw("  }\n")
            }
            nodeStatements(clusters.outside, indent: "  ", drawing: drawing, graph: graph, to: &dot,
                           cancellation: cancellation, work: &work)
        } else {
            nodeStatements(drawing.nodes, indent: "  ", drawing: drawing, graph: graph, to: &dot,
                           cancellation: cancellation, work: &work)
        }
        for edge in drawing.edges {
            if cancellation.shouldStop(after: &work) { break }
            dot.raw("  ")
            edgeStatement(edge, drawing: drawing, graph: graph, to: &dot)
            dot.handOnIfFull()
        }
        legend(types: Set(drawing.nodes.map { graph.nodes.type(of: $0) }).sorted(), to: &dot)
        dot.raw("}\n")
        return dot.text
    }

    /// One node statement a line, each after `indent`; stops once `cancellation` fires.
    static func nodeStatements(
        _ nodes: [NodeIndex], indent: StaticString, drawing: Drawing, graph: Graph, to dot: inout DOTOutput,
        cancellation: Cancellation, work: inout Int
    ) {
        for node in nodes {
            if cancellation.shouldStop(after: &work) { break }
            dot.raw(indent)
            nodeStatement(node, drawing: drawing, graph: graph, to: &dot)
            dot.handOnIfFull()
        }
    }

    /// `"n3" [label=..., shape=..., ...];` and a line break.
    static func nodeStatement(_ node: NodeIndex, drawing: Drawing, graph: Graph, to dot: inout DOTOutput) {
        let style = NodeStyle.forType(graph.nodes.type(of: node))
        var text = DOTText.wrapped(graph.nodes.name(of: node), width: labelWidth)
        if let date = graph.nodes.date(of: node) { text += "\n" + date.description }
        var list: [DOTAttribute] = [
            .text("label", text), .plain("shape", style.shape), .plain("style", style.style),
        ]
        switch drawing.emphasis(ofNode: node) {
        case .plain:
            list.append(.plain("fillcolor", style.fillColor))
        case .highlighted:
            list += [.plain("fillcolor", style.fillColor), .plain("color", highlightColor), .plain("penwidth", "3")]
        case .faded:
            list += [.plain("fillcolor", style.fillColor + fadedFillAlpha), .plain("color", fadedLineColor),
                     .plain("fontcolor", fadedTextColor)]
        }
        if let quote = graph.nodes.firstQuote(of: node) { list.append(.text("tooltip", quote)) }
        dot.nodeName(drawing.position(of: node))
        dot.raw(" [")
        dot.attributes(list)
        dot.raw("];\n")
    }

    /// `"n3" -> "n5" [label=..., ...];` and a line break.
    static func edgeStatement(_ edge: EdgeIndex, drawing: Drawing, graph: Graph, to dot: inout DOTOutput) {
        let edges = graph.edges
        var text = edges.type(of: edge)
        if let date = edges.date(of: edge) { text += "\n" + date.description }
        var list: [DOTAttribute] = [.text("label", text)]
        switch drawing.emphasis(ofEdge: edge) {
        case .plain:
            break
        case .highlighted:
            list += [.plain("color", highlightColor), .plain("fontcolor", highlightColor), .plain("penwidth", "2.5")]
        case .faded:
            list += [.plain("color", fadedLineColor), .plain("fontcolor", fadedTextColor)]
        }
        if let quote = edges.firstQuote(of: edge) { list.append(.text("tooltip", quote)) }
        dot.nodeName(drawing.position(of: edges.source(of: edge)))
        dot.raw(" -> ")
        dot.nodeName(drawing.position(of: edges.target(of: edge)))
        dot.raw(" [")
        dot.attributes(list)
        dot.raw("];\n")
    }

    /// The legend: one small sample node per type present, in a cluster of its own. The
    /// samples have no edges, so they share one rank: a column at the left of the drawing.
    static func legend(types: [String], to dot: inout DOTOutput) {
        guard !types.isEmpty else { return }
        dot.raw("  subgraph \"cluster_legend\" {\n    graph [")
        dot.attributes([
            .text("label", "node types"), .plain("style", "rounded,dashed"), .plain("color", "#AAB7B8"),
            .plain("fontsize", "11"),
        ])
        dot.raw("];\n")
        for (number, type) in types.enumerated() {
            let style = NodeStyle.forType(type)
            dot.raw("    ")
            dot.quoted("legend_\(number)")
            dot.raw(" [")
            dot.attributes([
                .text("label", type), .plain("shape", style.shape), .plain("style", style.style),
                .plain("fillcolor", style.fillColor), .plain("fontsize", "9"), .plain("height", "0.3"),
                .plain("width", "0.9"), .plain("margin", "0.04,0.02"),
            ])
            dot.raw("];\n")
        }
        dot.raw("  }\n")
    }
}
