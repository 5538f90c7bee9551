import CaseGraph

/// The statement under the cursor, as completion sees it: the tokens before the word being
/// typed, and that word (a bare word, or a string whose quote is still open).
struct CompletionRequest: Sendable {
    /// The tokens of the statement before the word being completed.
    var context: [Token]
    /// The word being completed; nil when the cursor follows whitespace or a comma.
    var partial: Token?
    /// The UTF-8 offset of the cursor.
    var cursor: Int

    /// Nil when there is nothing to complete: the cursor is in a comment or just after a
    /// closed string.
    init?(line: String, cursor requested: Int) {
        let utf8 = Array(line.utf8)
        var cursor = min(max(requested, 0), utf8.count)
        while cursor > 0, cursor < utf8.count, utf8[cursor] & 0xC0 == 0x80 { cursor -= 1 }
        self.cursor = cursor
        var lexer = Lexer(String(decoding: utf8[..<cursor], as: UTF8.self))
        let tokens = lexer.tokenize()
        if lexer.endsInComment { return nil }
        let statementStart = (tokens.lastIndex { $0.kind == .separator } ?? -1) + 1
        var context = Array(tokens[statementStart...].filter { $0.kind != .end })
        partial = nil
        if let last = context.last, last.range.upperBound.offset == cursor {
            switch last.kind {
            case .word:
                partial = context.removeLast()
            case .string where !last.isTerminated:
                partial = context.removeLast()
            case .string:
                return nil
            default:
                break
            }
        }
        self.context = context
    }

    /// Where the word being completed starts.
    var wordStart: Int { partial?.range.lowerBound.offset ?? cursor }

    /// What the grammar accepts at the cursor, from parsing the tokens before it.
    func expectations() -> Set<Expectation> {
        let start = partial?.range.lowerBound ?? context.last?.range.upperBound
            ?? SourceLocation(offset: cursor, line: 1, column: 1)
        var parser = Parser(tokens: context + [Token(kind: .end, value: "", range: start..<start)],
                            collectsExpectations: true)
        _ = try? parser.statement()
        return parser.expectations
    }
}


/// Texts to complete to — node ids, names and aliases, or type names — sorted by their
/// folded form (case and accents ignored), so the texts that start with a prefix are one
/// contiguous run found by binary search.
struct PrefixIndex: Sendable {
    private struct Entry: Sendable {
        var key: String
        var text: String
    }

    /// Sorted by key, then text (both by UTF-8 bytes); no text twice.
    private let entries: [Entry]

    /// Texts holding control characters, escape sequences or bidi overrides are left out:
    /// a candidate is inserted in the line and listed on the terminal as it is.
    /// - Complexity: O(n log n) in the number of texts.
    init(_ texts: some Sequence<String>) {
        var seen = Set<String>()
        entries = texts
            .filter { !$0.isEmpty && !Self.isUnlisted($0) && seen.insert($0).inserted }
            .map { Entry(key: TextFolding.fold($0), text: $0) }
            .sorted { lhs, rhs in
                if lhs.key != rhs.key { return lhs.key.utf8.lexicographicallyPrecedes(rhs.key.utf8) }
                return lhs.text.utf8.lexicographicallyPrecedes(rhs.text.utf8)
            }
    }

    /// The texts whose folded form starts with the folded `prefix`, in order, at most `limit`.
    /// A prefix that ends in whitespace asks for a word boundary there (`"ijm "` finds
    /// "IJM Netherlands", not "ijm-lawyers").
    /// - Complexity: O(log n + limit).
    func matches(prefix: String, limit: Int) -> [String] {
        let key = Self.key(prefix)
        var results = [String]()
        var index = lowerBound(key)
        while index < entries.count, results.count < limit, entries[index].key.utf8.starts(with: key.utf8) {
            results.append(entries[index].text)
            index += 1
        }
        return results
    }

    /// True for a text holding control characters, escape sequences or bidi overrides: never
    /// a candidate.
    static func isUnlisted(_ text: String) -> Bool {
        text.unicodeScalars.contains(where: SafeText.isUnsafe)
    }

    /// The folded form of typed text, keeping one trailing space when it ends in whitespace.
    static func key(_ text: String) -> String {
        let folded = TextFolding.fold(text)
        let endsInSpace = text.last?.isWhitespace == true && !folded.isEmpty
        return endsInSpace ? folded + " " : folded
    }

    /// The first index whose key is not below `key`.
    private func lowerBound(_ key: String) -> Int {
        var low = 0
        var high = entries.count
        while low < high {
            let middle = (low + high) / 2
            if entries[middle].key.utf8.lexicographicallyPrecedes(key.utf8) {
                low = middle + 1
            } else {
                high = middle
            }
        }
        return low
    }
}
