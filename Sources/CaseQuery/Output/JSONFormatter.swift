import CaseGraph

/// Writes each result as one JSON document on one line, for `jq` and other tools.
///
/// Every document has `statement`, `kind` and `notices`; the other fields depend on the
/// kind and are listed in the README. Nodes are `{id, type, name}` (cards add aliases,
/// properties and sources); edges are `{id, source, target, type, date, properties, sources}`.
public struct JSONFormatter: Sendable {
    public let graph: Graph
    /// Polled while rows are written; once it fires the output is cut short (see ``TextFormatter``).
    public let cancellation: Cancellation

    public init(graph: Graph, cancellation: Cancellation = .never) {
        self.graph = graph
        self.cancellation = cancellation
    }

    public func format(_ result: QueryResult) -> String {
        var members: [(String, JSONText)] = [("statement", .string(result.statement)), ("kind", .string(kind(result.body)))]
        members += fields(result.body)
        members.append(("notices", .array(result.notices.map(JSONText.string))))
        return JSONText.object(members).rendered()
    }

    private func kind(_ body: ResultBody) -> String {
        switch body {
        case .search: return "find"
        case .nodes: return "nodes"
        case .edges: return "edges"
        case .card: return "show"
        case .linked: return "linked"
        case .paths(let kind, _, _, _): return kind.rawValue
        case .why: return "why"
        case .timeline: return "timeline"
        case .stats: return "stats"
        case .schema: return "schema"
        case .help: return "help"
        case .message: return "message"
        }
    }

    private func fields(_ body: ResultBody) -> [(String, JSONText)] {
        switch body {
        case .search(let text, let hits):
            return [("text", .string(text)), ("hits", .array(hits.map(polling: cancellation) { hit in
                .object(node(hit.node) + [("match", .string(hit.match.description)), ("field", .string(hit.field.description)),
                                          ("matched", .string(hit.matchedText))])
            }))]
        case .nodes(let type, let nodes, let total):
            return [("type", .optional(type)), ("total", .integer(total)), ("nodes", .array(nodes.map(polling: cancellation) { .object(node($0)) }))]
        case .edges(let type, let edges, let total):
            return [("type", .optional(type)), ("total", .integer(total)), ("edges", .array(edges.map(polling: cancellation, edge)))]
        case .card(let index):
            return [("node", card(index)),
                    ("outgoing", .array(graph.outgoingEdges(of: index).map(edge))),
                    ("incoming", .array(graph.incomingEdges(of: index).map(edge)))]
        case .linked(let center, let depth, let reached, let total):
            return [("center", .object(node(center))), ("depth", .integer(depth)), ("total", .integer(total)),
                    ("nodes", .array(reached.map(polling: cancellation) { entry in
                        .object(node(entry.node) + [("distance", .integer(entry.distance)), ("via", .array(entry.via.map(edge)))])
                    }))]
        case .paths(_, let from, let to, let result):
            return [("from", .object(node(from))), ("to", .object(node(to))), ("truncated", .bool(result.truncated)),
                    ("paths", .array(result.paths.map { path in
                        .object([("length", .integer(path.length)), ("nodes", .array(path.nodes.map { .object(node($0)) })),
                                 ("hops", .array(path.hops.map { hop in
                                     .object([("from", .string(graph.nodes.id(of: hop.from))), ("to", .string(graph.nodes.id(of: hop.to))),
                                              ("edges", .array(hop.edges.map(edge)))])
                                 }))])
                    }))]
        case .why(let first, let second, let edges):
            return [("nodes", .array([.object(node(first)), .object(node(second))])), ("edges", .array(edges.map(edge)))]
        case .timeline(let center, let entries, let total):
            return [("center", center.map { .object(node($0)) } ?? .null), ("total", .integer(total)),
                    ("entries", .array(entries.map(polling: cancellation) { .object([("date", .string($0.date.description))] + node($0.node)) }))]
        case .stats(let statistics):
            return [("name", .optional(graph.name)), ("nodes", .integer(statistics.nodeCount)), ("edges", .integer(statistics.edgeCount)),
                    ("documents", .integer(statistics.documentCount)),
                    ("node_types", .object(statistics.nodesByType.map { ($0.type, .integer($0.count)) })),
                    ("edge_types", .object(statistics.edgesByType.map { ($0.type, .integer($0.count)) }))]
        case .schema(let nodeTypes, let usage):
            return [("node_types", .array(nodeTypes.map { .object([("type", .string($0.type)), ("count", .integer($0.count))]) })),
                    ("edge_types", .array(usage.map {
                        .object([("type", .string($0.edgeType)), ("from", .string($0.fromType)), ("to", .string($0.toType)),
                                 ("count", .integer($0.count))])
                    }))]
        case .help(let text):
            return [("text", .string(text))]
        case .message(let text):
            return [("message", .string(text))]
        }
    }

    private func node(_ index: NodeIndex) -> [(String, JSONText)] {
        // Fields read one by one: no whole `Node` made.
        return [("id", .string(graph.nodes.id(of: index))), ("type", .string(graph.nodes.type(of: index))),
                ("name", .string(graph.nodes.name(of: index)))]
    }

    private func card(_ index: NodeIndex) -> JSONText {
        let value = graph.nodes[index]
        return .object(node(index) + [
            ("aliases", .array(value.aliases.map(JSONText.string))),
            ("properties", .array(value.properties.map {
                .object([("key", .string($0.key)), ("value", $0.value.json), ("origin", .string($0.origin))])
            })),
            ("sources", sources(value.sources)),
        ])
    }

    private func edge(_ index: EdgeIndex) -> JSONText {
        let value = graph.edges[index]
        return .object([
            ("id", .optional(value.id)), ("source", .string(graph.nodes.id(of: value.source))),
            ("target", .string(graph.nodes.id(of: value.target))), ("type", .string(value.type)),
            ("date", .optional(value.date?.description)),
            ("properties", .object(value.properties.map { ($0.key, $0.value.json) })),
            ("sources", sources(value.sources)),
        ])
    }

    private func sources(_ citations: [SourceCitation]) -> JSONText {
        .array(citations.map { .object([("document", .string($0.document)), ("quote", .string($0.quote))]) })
    }
}
