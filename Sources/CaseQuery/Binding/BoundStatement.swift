import CaseGraph

/// `linked`, with names resolved and checked.
public struct BoundLinked: Sendable, Hashable {
    public var center: NodeIndex
    public var depth: Int
    /// nil: every edge type.
    public var edgeTypes: Set<String>?
    /// nil: every node type.
    public var nodeTypes: Set<String>?
}

/// `path` or `trace`, with names resolved and checked.
public struct BoundPath: Sendable, Hashable {
    public var kind: PathKind
    public var from: NodeIndex
    public var to: NodeIndex
    public var edgeTypes: Set<String>?
    public var maximumLength: Int
    public var all: Bool
}

/// `export`, bound: the inner statement is bound too.
public struct BoundExport: Sendable, Hashable {
    public var format: ExportFormat
    /// nil: the session's last result.
    public var statement: BoundStatement?
    public var statementText: String?
    /// The inner statement's `limit`, if it gave one.
    public var limit: Int?
    public var withContext: Bool
    public var byCountry: Bool
    public var file: String?
}

/// A statement whose names are resolved against the graph: what evaluation runs.
/// Evaluation never sees raw text.
public indirect enum BoundStatement: Sendable, Hashable {
    case find(String)
    case show(NodeIndex)
    case linked(BoundLinked)
    case path(BoundPath)
    case why(NodeIndex, NodeIndex)
    case timeline(NodeIndex?)
    case nodes(type: String?)
    case edges(type: String?)
    case stats
    case schema
    case warnings
    case help(topic: String?)
    case load(path: String)
    case setFormat(OutputFormat)
    case setTimer(Bool)
    case export(BoundExport)
    case quit
}

/// A bound statement with its row limit.
public struct BoundQuery: Sendable, Hashable {
    public var statement: BoundStatement
    /// The most rows to show; nil for the session's default, 0 for no limit.
    public var limit: Int?
    /// The statement's text.
    public var text: String
}
