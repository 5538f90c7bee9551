import CaseGraph

/// Tab-completion candidates for a line of the query language.
///
/// The candidates come from the grammar itself: the parser runs over the statement up to
/// the cursor and notes what it would have accepted there — statement and clause
/// keywords, formats, help topics, node names, edge or node types — and the completer
/// offers those that start with the word being typed (ignoring case and accents).
///
/// ```swift
/// let completer = StatementCompleter(graph: graph)
/// completer.complete(line: "linked IJM de", cursor: 13)   // (11, ["depth"])
/// completer.complete(line: "show Henk J", cursor: 11)     // (5, ["\"Henk Jan Kamsteeg\""])
/// ```
public struct StatementCompleter: Sendable {
    /// The most candidates one completion offers.
    public static let maximumCandidates = 50

    /// The graph's own index of ids, names and aliases: sorted by folded form, it answers
    /// prefixes too, so completion builds nothing per name (instant on a graph of millions).
    private let names: NameIndex
    private let nodeTypes: PrefixIndex
    private let edgeTypes: PrefixIndex

    /// - Complexity: O(T log T) in the number of node and edge types.
    public init(graph: Graph) {
        names = graph.names
        nodeTypes = PrefixIndex(graph.nodeTypes)
        edgeTypes = PrefixIndex(graph.edgeTypes)
    }

    /// The candidates for the word at the cursor.
    ///
    /// - Parameters:
    ///   - line: the line being edited (only the text before the cursor matters).
    ///   - cursor: a UTF-8 offset into `line`.
    /// - Returns: the UTF-8 offset where the word being completed starts, and the
    ///   candidates, each the full replacement text for that word. Names that need quotes
    ///   come quoted; inside an open quote, the candidate closes it. A bare name of several
    ///   words is completed as a whole, from its first word.
    /// - Complexity: O(n) in the length of the line, plus O(log N + 50) in the names.
    public func complete(line: String, cursor: Int) -> (wordStart: Int, candidates: [String]) {
        guard let request = CompletionRequest(line: line, cursor: cursor) else { return (cursor, []) }
        let expectations = request.expectations()
        let partial = request.partial
        if let partial, partial.kind == .string {
            let quote = partial.quote ?? "\""
            return (request.wordStart, candidates(for: partial.value, expectations, quote: quote))
        }
        let typed = partial?.value ?? ""
        let here = (request.wordStart, candidates(for: typed, expectations, quote: nil))
        for case .nodeContinuation(let start, let text) in expectations {
            if typed.isEmpty && names.containsFolded(PrefixIndex.key(text)) { return here }
            let whole = nameMatches(text + " " + typed, fields: [.id, .name, .alias], limit: Self.maximumCandidates)
            if !whole.isEmpty { return (start.offset, whole.map { Self.written($0, quote: nil) }) }
        }
        return here
    }

    /// Keywords, types and names that start with `typed`: keywords first, then types, then
    /// names; each in alphabetical order.
    private func candidates(for typed: String, _ expectations: Set<Expectation>, quote: Character?) -> [String] {
        var results = [String]()
        if quote == nil {
            let lowered = typed.lowercased()
            results += expectations.compactMap { expectation -> String? in
                guard case .word(let word) = expectation, word.hasPrefix(lowered) else { return nil }
                return word
            }.sorted()
        }
        let limit = Self.maximumCandidates
        let write = { (text: String) in Self.written(text, quote: quote) }
        if expectations.contains(.edgeType) { results += edgeTypes.matches(prefix: typed, limit: limit).map(write) }
        if expectations.contains(.nodeType) { results += nodeTypes.matches(prefix: typed, limit: limit).map(write) }
        let wantsNode = expectations.contains { expectation in
            if case .nodeContinuation = expectation { return quote != nil }
            return expectation == .node
        }
        if wantsNode { results += nodeCandidates(for: typed, quoted: quote != nil, limit: limit).map(write) }
        var seen = Set<String>()
        return Array(results.filter { seen.insert($0).inserted }.prefix(limit))
    }

    /// Ids when the typed text looks like one (lower-case ASCII without spaces or quote), names and
    /// aliases otherwise; the other kind only when the first has no match. So `Henk` offers
    /// "Henk Jan Kamsteeg" and `henk` offers henk-jan-kamsteeg, and one Tab completes either.
    private func nodeCandidates(for typed: String, quoted: Bool, limit: Int) -> [String] {
        let looksLikeID = !quoted && !typed.isEmpty && typed.unicodeScalars.allSatisfy {
            $0.isASCII && !$0.properties.isUppercase && !$0.properties.isWhitespace
        }
        let ids: Set<NameField> = [.id], labels: Set<NameField> = [.name, .alias]
        let (first, second) = looksLikeID ? (ids, labels) : (labels, ids)
        let preferred = nameMatches(typed, fields: first, limit: limit)
        return preferred.isEmpty ? nameMatches(typed, fields: second, limit: limit) : preferred
    }

    /// The ids, names or aliases of `fields` that start with `typed` (folded; a trailing space
    /// asks for a word boundary), leaving out texts a terminal would not show as they are.
    private func nameMatches(_ typed: String, fields: Set<NameField>, limit: Int) -> [String] {
        names.texts(withFoldedPrefix: PrefixIndex.key(typed), fields: fields, limit: limit,
                    excluding: PrefixIndex.isUnlisted)
    }

    /// A name as it must be typed: bare when it lexes back as one word that is no keyword,
    /// otherwise in quotes (in `quote` when the user opened one) with `\` escapes.
    static func written(_ text: String, quote: Character?) -> String {
        if quote == nil && isBareWord(text) { return text }
        let mark = quote ?? "\""
        var escaped = ""
        for character in text {
            if character == mark || character == "\\" { escaped.append("\\") }
            escaped.append(character)
        }
        return String(mark) + escaped + String(mark)
    }

    private static func isBareWord(_ text: String) -> Bool {
        guard let first = text.first, first != "'", first != "#", text.last != "\\" else { return false }
        if Keyword(rawValue: text.lowercased()) != nil { return false }
        return !text.contains { $0.isWhitespace || $0 == "\"" || $0 == "," || $0 == ";" }
    }
}
