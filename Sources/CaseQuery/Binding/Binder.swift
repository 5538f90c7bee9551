import CaseGraph

/// Resolves a parsed statement's names against a graph: nodes by id, name or alias; edge
/// and node types against those present. Every unknown word gets the nearest names as
/// suggestions; an ambiguous node lists its candidates. Nothing is guessed silently.
public struct Binder: Sendable {
    public let graph: Graph

    public init(graph: Graph) {
        self.graph = graph
    }

    /// - Parameter source: the text `parsed` was parsed from (for the statement's own text).
    public func bind(_ parsed: ParsedStatement, source: String) throws(QueryError) -> BoundQuery {
        let statement = try bind(parsed.statement, source: source)
        if let limit = parsed.limit, limit.value < 0 {
            throw QueryError(.invalidArgument, "limit must be 0 (no limit) or more", at: limit.range)
        }
        return BoundQuery(statement: statement, limit: parsed.limit?.value, text: Self.text(of: parsed.range, in: source))
    }

    private func bind(_ statement: Statement, source: String) throws(QueryError) -> BoundStatement {
        switch statement {
        case .find(let text):
            guard !text.value.allSatisfy(\.isWhitespace) else {
                throw QueryError(.syntax, "find needs some text to look for", at: text.range, notes: ["example: find Kamsteeg"])
            }
            return .find(text.value)
        case .show(let reference):
            return .show(try NodeResolver(graph: graph).resolve(reference))
        case .linked(let linked):
            return .linked(try bindLinked(linked))
        case .path(let path):
            return .path(try bindPath(path, kind: .path))
        case .trace(let path):
            return .path(try bindPath(path, kind: .trace))
        case .why(let first, let second):
            let resolver = NodeResolver(graph: graph)
            return .why(try resolver.resolve(first), try resolver.resolve(second))
        case .timeline(let reference):
            return .timeline(try reference.map { reference throws(QueryError) in try NodeResolver(graph: graph).resolve(reference) })
        case .nodes(let type):
            return .nodes(type: try type.map { type throws(QueryError) in try nodeType(type) })
        case .edges(let type):
            return .edges(type: try type.map { type throws(QueryError) in try edgeType(type) })
        case .stats: return .stats
        case .schema: return .schema
        case .warnings: return .warnings
        case .help(let topic):
            if let topic, StatementHelp.topic(topic.value) == nil {
                throw QueryError(.unknownName, "no help on \(quotedWord(topic.value))", at: topic.range,
                                 notes: didYouMean(topic.value, among: StatementHelp.statementNames))
            }
            return .help(topic: topic?.value)
        case .load(let path):
            return .load(path: path.value)
        case .setFormat(let name):
            guard let format = OutputFormat(rawValue: name.value.lowercased()) else {
                throw QueryError(.unknownName, "unknown format \(quotedWord(name.value))", at: name.range,
                                 notes: didYouMean(name.value, among: OutputFormat.allCases.map(\.rawValue))
                                     + ["formats: " + OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")])
            }
            return .setFormat(format)
        case .setTimer(let on):
            return .setTimer(on.value)
        case .export(let export):
            var inner: BoundStatement?
            if let statement = export.statement {
                inner = try bind(statement.statement, source: source)
                if case .export = inner {
                    throw QueryError(.syntax, "an export cannot contain another export", at: statement.range)
                }
            }
            return .export(BoundExport(
                format: export.format.value, statement: inner,
                statementText: export.statement.map { Self.text(of: $0.range, in: source) },
                limit: export.statement?.limit?.value, withContext: export.withContext, byCountry: export.byCountry, file: export.file?.value))
        case .quit:
            return .quit
        }
    }

    private func bindLinked(_ linked: LinkedStatement) throws(QueryError) -> BoundLinked {
        let center = try NodeResolver(graph: graph).resolve(linked.node)
        var depth = 1
        if let given = linked.depth {
            guard given.value >= 1 else {
                throw QueryError(.invalidArgument, "depth must be at least 1", at: given.range)
            }
            depth = given.value
        }
        return BoundLinked(center: center, depth: depth, edgeTypes: try edgeTypes(linked.via), nodeTypes: try nodeTypes(linked.types))
    }

    private func bindPath(_ path: PathStatement, kind: PathKind) throws(QueryError) -> BoundPath {
        let resolver = NodeResolver(graph: graph)
        let from = try resolver.resolve(path.from)
        let to = try resolver.resolve(path.to)
        var maximum = Int.max
        if let given = path.maximumLength {
            guard given.value >= 1 else { throw QueryError(.invalidArgument, "max must be at least 1", at: given.range) }
            maximum = given.value
        }
        return BoundPath(kind: kind, from: from, to: to, edgeTypes: try edgeTypes(path.via),
                         maximumLength: maximum, all: path.all)
    }

    private func edgeTypes(_ names: [Located<String>]) throws(QueryError) -> Set<String>? {
        guard !names.isEmpty else { return nil }
        var types = Set<String>()
        for name in names { types.insert(try edgeType(name)) }
        return types
    }

    private func nodeTypes(_ names: [Located<String>]) throws(QueryError) -> Set<String>? {
        guard !names.isEmpty else { return nil }
        var types = Set<String>()
        for name in names { types.insert(try nodeType(name)) }
        return types
    }

    private func edgeType(_ name: Located<String>) throws(QueryError) -> String {
        try known(name, among: graph.edgeTypes, what: "edge type")
    }

    private func nodeType(_ name: Located<String>) throws(QueryError) -> String {
        try known(name, among: graph.nodeTypes, what: "node type")
    }

    /// The type as the graph spells it (case-insensitive match), or an error with suggestions.
    private func known(_ name: Located<String>, among types: [String], what: String) throws(QueryError) -> String {
        let folded = TextFolding.fold(name.value)
        if let match = types.first(where: { TextFolding.fold($0) == folded }) { return match }
        // Accept the plural a person naturally types: `nodes people`, `linked X type persons`.
        if let match = types.first(where: { TextFolding.fold($0) + "s" == folded || (folded == "people" && $0 == "person") }) {
            return match
        }
        throw QueryError(.unknownName, "unknown \(what) \(quotedWord(name.value))", at: name.range,
                         notes: didYouMean(name.value, among: types) + ["\(what)s: " + types.joined(separator: ", ")])
    }

    /// The text of `range` in `source`.
    static func text(of range: SourceRange, in source: String) -> String {
        let bytes = Array(source.utf8)
        let lower = max(0, min(range.lowerBound.offset, bytes.count))
        let upper = max(lower, min(range.upperBound.offset, bytes.count))
        return String(decoding: bytes[lower..<upper], as: UTF8.self)
    }
}

/// `'word'`, escaped for display; past 200 characters it is cut with `…`, so a huge
/// word typed or pasted by mistake is not echoed whole.
func quotedWord(_ text: String) -> String {
    let shortened = text.utf8.count > 200 && text.count > 200 ? String(text.prefix(199)) + "…" : text
    return "'" + SafeText.escaped(shortened) + "'"
}

/// A "did you mean" note, or nothing.
func didYouMean(_ word: String, among candidates: [String]) -> [String] {
    let suggestions = EditDistance.suggestions(for: word, among: candidates)
    guard !suggestions.isEmpty else { return [] }
    return ["did you mean " + suggestions.map(quotedWord).joined(separator: " or ") + "?"]
}
