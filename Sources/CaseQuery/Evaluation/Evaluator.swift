import CaseGraph

/// Runs bound statements that only read the graph and returns their results.
///
/// Statements that change the session (`load`, `set format`, `export`, `quit`) are run by
/// ``Session``; this type never touches files.
public struct Evaluator: Sendable {
    public let graph: Graph
    /// How many rows a result shows when the statement gives no `limit`.
    public var defaultLimit: Int
    /// Polled by the algorithms; a statement cancelled midway throws ``QueryError/Kind/cancelled``.
    public var cancellation: Cancellation
    /// What the load of `graph` warned of (``LoadedGraph/warnings``), for `warnings`.
    public var warnings: [GraphDiagnostic]
    /// How many shortest paths `path ... all` lists at most.
    public static let pathLimit = 1000

    public init(graph: Graph, warnings: [GraphDiagnostic] = [], defaultLimit: Int = 200,
                cancellation: Cancellation = .never) {
        self.graph = graph
        self.warnings = warnings
        self.defaultLimit = defaultLimit
        self.cancellation = cancellation
    }

    /// - Complexity: that of the statement's algorithm (see ``Graph``), plus sorting its rows.
    public func evaluate(_ query: BoundQuery) throws(QueryError) -> QueryResult {
        let limit = query.limit ?? defaultLimit
        var notices = [String]()
        /// Notes that only the first `limit` (or `shown`) of `total` rows are shown, when so.
        func noteCut(total: Int, _ what: String, shown: Int? = nil) {
            guard limit > 0, total > limit else { return }
            notices.append("showing \(shown ?? limit) of \(total) \(what); add `limit 0` to see all, or `limit N`")
        }
        let body: ResultBody
        switch query.statement {
        case .find(let text):
            let hits = graph.names.search(text, limit: limit > 0 ? limit : Int.max, cancellation: cancellation)
            body = .search(text: text, hits: hits)
        case .show(let node):
            let card = NodeCard(node: node, in: graph, limit: limit)
            noteCut(total: card.total, "edges", shown: card.outgoing.count + card.incoming.count)
            body = .card(card)
        case .linked(let linked):
            // No path is longer than the node count, so a larger depth changes nothing. Only the
            // rows shown are ordered and get their via edges.
            let page = graph.neighbourhood(of: linked.center, depth: min(linked.depth, max(graph.nodes.count, 1)),
                                           edgeTypes: linked.edgeTypes, nodeTypes: linked.nodeTypes,
                                           limit: limit > 0 ? limit : .max, cancellation: cancellation)
            noteCut(total: page.total, "nodes")
            body = .linked(center: linked.center, depth: linked.depth, reached: page.reached, total: page.total)
        case .path(let path):
            // `path ... all` lists its paths as a result lists rows: at most `limit` of them (up
            // to `pathLimit`, which `limit 0` lists).
            let listed = path.all ? (limit > 0 ? min(limit, Self.pathLimit) : Self.pathLimit) : 1
            let result = graph.shortestPaths(
                from: path.from, to: path.to, direction: path.kind == .trace ? .outgoing : .both,
                edgeTypes: path.edgeTypes, maximumLength: path.maximumLength, limit: listed,
                cancellation: cancellation)
            if path.all && result.truncated {
                notices.append(listed < Self.pathLimit
                    ? "more than \(listed) shortest paths exist; showing the first \(listed); add `limit 0` to see up to \(Self.pathLimit), or `limit N`"
                    : "more than \(Self.pathLimit) shortest paths exist; showing the first \(Self.pathLimit)")
            }
            body = .paths(kind: path.kind, from: path.from, to: path.to, result: result)
        case .why(let first, let second):
            let edges = graph.edges(between: first, and: second)
            if edges.isEmpty && first != second {
                // No edge between them: the shortest connection explains how they relate.
                let result = graph.shortestPaths(from: first, to: second, cancellation: cancellation)
                notices.append(result.paths.isEmpty
                    ? "no edge connects them, and no chain of edges does"
                    : "no edge connects them directly; this is their shortest connection")
                body = .paths(kind: .path, from: first, to: second, result: result)
            } else {
                body = .why(first, second, edges: edges)
            }
        case .timeline(let center):
            let page = graph.timeline(around: center, limit: limit, cancellation: cancellation)
            noteCut(total: page.total, "entries")
            body = .timeline(center: center, entries: page.rows, total: page.total)
        case .nodes(let type):
            let page = graph.nodes(ofType: type, limit: limit)
            noteCut(total: page.total, "nodes")
            body = .nodes(type: type, nodes: page.rows, total: page.total)
        case .edges(let type):
            let page = graph.edges(ofType: type, limit: limit)
            noteCut(total: page.total, "edges")
            body = .edges(type: type, edges: page.rows, total: page.total)
        case .stats:
            body = .stats(graph.statistics)
        case .schema:
            body = .schema(nodeTypes: graph.statistics.nodesByType, edgeTypes: graph.edgeTypeUsage)
        case .warnings:
            noteCut(total: warnings.count, "warnings")
            body = .warnings(limit > 0 ? Array(warnings.prefix(limit)) : warnings, total: warnings.count)
        case .help(let topic):
            body = .help(topic.flatMap(StatementHelp.topic) ?? StatementHelp.overview)
        case .load, .setFormat, .setTimer, .export, .quit:
            throw QueryError(.invalidArgument, "this statement changes the session and is run by it")
        }
        if cancellation.isCancelled {
            throw .interrupted
        }
        return QueryResult(statement: query.text, body: body, notices: notices)
    }
}
