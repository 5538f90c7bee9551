import CaseGraph

/// Writes results for people: a heading, aligned tables, and for paths, traces, cards and
/// `why` the evidence of every edge — its type, date and the quote that states it.
/// All text from the data is escaped with `SafeText`.
public struct TextFormatter: Sendable {
    public let graph: Graph
    public let style: TextStyle
    /// Polled while rows are written; once it fires the output is cut short, and the caller
    /// (``Session``) reports the statement cancelled instead of showing it.
    public let cancellation: Cancellation
    /// Takes a listing's text a chunk of whole lines at a time while it is written (see
    /// ``OutputSink``); then ``format(_:)`` returns only the rest.
    public let sink: OutputSink?

    public init(graph: Graph, style: TextStyle, cancellation: Cancellation = .never, sink: OutputSink? = nil) {
        self.graph = graph
        self.style = style
        self.cancellation = cancellation
        self.sink = sink
    }

    public func format(_ result: QueryResult) -> String {
        // Grown in place: a listing's text is not copied to add its notes.
        var text = body(result)
        for notice in result.notices {
            if !text.isEmpty { text += "\n" }
            text += style.yellow("note: " + notice)
        }
        return text
    }

    private func body(_ result: QueryResult) -> String {
        /// The heading, then the result's table when it has rows: one text, written once.
        func titled(_ title: String, rows: Int) -> String {
            guard rows > 0 else { return heading(title) }
            return TextTableWriter.write(ResultTables.table(for: result, in: graph, cancellation: cancellation), style: style,
                                         heading: heading(title), cancellation: cancellation, sink: sink)
        }
        switch result.body {
        case .search(let text, let hits):
            return titled("find \(quote(text)): \(count(hits.count, "match", "matches"))", rows: hits.count)
        case .nodes(let type, let nodes, let total):
            return titled("\(type.map(safe) ?? "all") nodes: \(count(total, "node"))", rows: nodes.count)
        case .edges(let type, let edges, let total):
            return titled("\(type.map(safe) ?? "all") edges: \(count(total, "edge"))", rows: edges.count)
        case .linked(let center, let depth, let reached, let total):
            return titled("linked to \(name(center)), depth \(depth): \(count(total, "node"))", rows: reached.count)
        case .timeline(let center, let entries, let total):
            let title = "timeline" + (center.map { " of \(name($0))" } ?? "") + ": \(count(total, "dated event", "dated events and operations"))"
            return titled(title, rows: entries.count)
        case .stats(let statistics):
            let title = "\(graph.name.map(safe) ?? "graph"): \(count(statistics.nodeCount, "node")), "
                + "\(count(statistics.edgeCount, "edge")), \(count(statistics.documentCount, "document"))"
            let nodes = ResultTable(columns: ["node type", "count"], rows: statistics.nodesByType.map { [$0.type, String($0.count)] })
            let edges = ResultTable(columns: ["edge type", "count"], rows: statistics.edgesByType.map { [$0.type, String($0.count)] })
            let documents = ResultTable(columns: ["document", "title"], rows: graph.documents.map { [$0.id, $0.title] })
            return [heading(title), TextTableWriter.write(nodes, style: style), TextTableWriter.write(edges, style: style),
                    TextTableWriter.write(documents, style: style)].joined(separator: "\n\n")
        case .schema(let nodeTypes, let usage):
            let nodes = ResultTable(columns: ["node type", "count"], rows: nodeTypes.map { [$0.type, String($0.count)] })
            let edges = ResultTable(columns: ["edge type", "from → to", "count"],
                                    rows: usage.map { [$0.edgeType, "\($0.fromType) → \($0.toType)", String($0.count)] })
            return [heading("schema"), TextTableWriter.write(nodes, style: style), TextTableWriter.write(edges, style: style)]
                .joined(separator: "\n\n")
        case .warnings(let warnings, let total):
            return titled("load warnings: \(count(total, "warning"))", rows: warnings.count)
        case .card(let card):
            return CardWriter(graph: graph, style: style).card(card)
        case .paths(let kind, let from, let to, let result):
            return PathWriter(graph: graph, style: style).paths(kind: kind, from: from, to: to, result: result)
        case .why(let first, let second, let edges):
            return PathWriter(graph: graph, style: style).why(first, second, edges: edges)
        case .help(let text):
            return text
        case .message(let text):
            return safe(text)
        }
    }

    func heading(_ text: String) -> String { style.bold(text) }
    func safe(_ text: String) -> String { SafeText.escaped(text) }
    func quote(_ text: String) -> String { "\"" + safe(text) + "\"" }
    func name(_ node: NodeIndex) -> String { "\(safe(graph.nodes.name(of: node))) (\(safe(graph.nodes.id(of: node))))" }
}

/// "1 node", "3 nodes".
func count(_ number: Int, _ singular: String, _ plural: String? = nil) -> String {
    "\(number) " + (number == 1 ? singular : plural ?? singular + "s")
}
