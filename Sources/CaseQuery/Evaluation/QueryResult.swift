import CaseGraph

/// Whether a path result answers `path` (edge direction ignored) or `trace` (edge direction followed).
public enum PathKind: String, Sendable, Hashable {
    case path, trace
}

/// What a statement found, before any formatting. Indices refer to the graph the
/// statement ran on.
public enum ResultBody: Sendable, Hashable {
    /// `find TEXT`: ranked hits.
    case search(text: String, hits: [SearchHit])
    /// `nodes [TYPE]`, ordered by id; `total` counts all before any limit.
    case nodes(type: String?, nodes: [NodeIndex], total: Int)
    /// `edges [TYPE]`, in edge order.
    case edges(type: String?, edges: [EdgeIndex], total: Int)
    /// `show NODE`: the node and the edges its card lists.
    case card(NodeCard)
    /// `linked NODE ...`: reached nodes by distance, then id.
    case linked(center: NodeIndex, depth: Int, reached: [ReachedNode], total: Int)
    /// `path` and `trace`.
    case paths(kind: PathKind, from: NodeIndex, to: NodeIndex, result: ShortestPaths)
    /// `why A B`: every edge between the two, in edge order.
    case why(NodeIndex, NodeIndex, edges: [EdgeIndex])
    /// `timeline [NODE]`.
    case timeline(center: NodeIndex?, entries: [TimelineEntry], total: Int)
    case stats(GraphStatistics)
    case schema(nodeTypes: [TypeCount], edgeTypes: [EdgeTypeUsage])
    /// `warnings`: the load's warnings in file order; `total` counts all before any limit.
    case warnings([GraphDiagnostic], total: Int)
    /// `help`: preformatted text.
    case help(String)
    /// A statement that changes the session (`load`, `set format`, `export ... to FILE`): what it did.
    case message(String)
}

/// The nodes and edges of a result, for export: what a drawing of the answer shows.
public struct Subgraph: Sendable, Hashable {
    /// In the order the result lists them.
    public var nodes: [NodeIndex]
    /// In edge order.
    public var edges: [EdgeIndex]
    /// The nodes and edges that are the answer itself (a path inside its context); empty
    /// when the whole subgraph is the answer.
    public var highlightedNodes: Set<NodeIndex>
    public var highlightedEdges: Set<EdgeIndex>

    public init(nodes: [NodeIndex], edges: [EdgeIndex],
                highlightedNodes: Set<NodeIndex> = [], highlightedEdges: Set<EdgeIndex> = []) {
        self.nodes = nodes
        self.edges = edges
        self.highlightedNodes = highlightedNodes
        self.highlightedEdges = highlightedEdges
    }
}

/// The result of one statement.
public struct QueryResult: Sendable, Hashable {
    /// The statement's text, as typed.
    public var statement: String
    public var body: ResultBody
    /// Things the reader must know: "showing 200 of 1532; add `limit 0` to see all".
    public var notices: [String]

    public init(statement: String, body: ResultBody, notices: [String] = []) {
        self.statement = statement
        self.body = body
        self.notices = notices
    }
}
