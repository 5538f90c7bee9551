/// How a statement names a node: an id, a quoted name, or bare words (joined by single
/// spaces). The binder resolves it against ids, names and aliases.
public struct NodeReference: Sendable, Hashable {
    public var text: String
    /// True when the user wrote it in quotes.
    public var isQuoted: Bool
    public var range: SourceRange

    public init(text: String, isQuoted: Bool, range: SourceRange) {
        self.text = text
        self.isQuoted = isQuoted
        self.range = range
    }
}

/// `linked NODE [depth N] [via EDGE_TYPE, ...] [type NODE_TYPE, ...]`
/// (also written `who is linked to NODE ...`).
public struct LinkedStatement: Sendable, Hashable {
    public var node: NodeReference
    public var depth: Located<Int>?
    public var via: [Located<String>]
    public var types: [Located<String>]
}

/// `path NODE to NODE [via ...] [max N] [all]` and `trace NODE to NODE [via ...]`.
public struct PathStatement: Sendable, Hashable {
    public var from: NodeReference
    public var to: NodeReference
    public var via: [Located<String>]
    /// `max N`: the longest path to look for.
    public var maximumLength: Located<Int>?
    /// `all`: every shortest path, not just the first.
    public var all: Bool
}

/// The file formats `export` writes.
public enum ExportFormat: String, Sendable, Hashable, CaseIterable {
    case dot, svg, png
}

/// `export dot|svg|png [STATEMENT] [with context] [by country] [to FILE]`.
public struct ExportStatement: Sendable, Hashable {
    public var format: Located<ExportFormat>
    /// The statement whose result to export; nil for the last result.
    public var statement: ParsedStatement?
    /// `with context`: for a path or trace, also the neighbours of the path's nodes, with the path standing out.
    public var withContext: Bool
    /// `by country`: cluster nodes by the country they are located in.
    public var byCountry: Bool
    public var file: Located<String>?
}

/// The output formats of `set format` and `--format`.
public enum OutputFormat: String, Sendable, Hashable, CaseIterable {
    case table, json, csv, dot
}

/// One statement of the query language, as parsed: names are still text.
public indirect enum Statement: Sendable, Hashable {
    case find(Located<String>)
    case show(NodeReference)
    case linked(LinkedStatement)
    case path(PathStatement)
    case trace(PathStatement)
    case why(NodeReference, NodeReference)
    case timeline(NodeReference?)
    case nodes(type: Located<String>?)
    case edges(type: Located<String>?)
    case stats
    case schema
    /// `warnings`: what the load of the graph warned of.
    case warnings
    case help(topic: Located<String>?)
    case load(path: Located<String>)
    case setFormat(Located<String>)
    /// `set timer on|off`.
    case setTimer(Located<Bool>)
    case export(ExportStatement)
    case quit
}

/// A statement with the clauses any statement may carry and the text it spans.
public struct ParsedStatement: Sendable, Hashable {
    public var statement: Statement
    /// `limit N`: how many rows to show at most (0 means no limit).
    public var limit: Located<Int>?
    public var range: SourceRange

    public init(statement: Statement, limit: Located<Int>? = nil, range: SourceRange) {
        self.statement = statement
        self.limit = limit
        self.range = range
    }
}
