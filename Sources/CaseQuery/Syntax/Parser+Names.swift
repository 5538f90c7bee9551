import CaseGraph

/// The rules for names and numbers:
///
/// ```
/// node    = STRING | WORD { WORD }      (bare words stop at a keyword valid there)
/// names   = name { "," name }
/// name    = STRING | WORD
/// number  = DIGITS
/// ```
extension Parser {
    /// A node reference: a quoted string, or bare words joined by single spaces up to a
    /// keyword of `stops`, `limit`, an export clause, a string, a comma or the end.
    mutating func node(after keyword: Token, stops: [Keyword]) throws(QueryError) -> NodeReference {
        expect(.node)
        if check(.string) { return try quotedNode(advance()) }
        let allStops = stops + [.limit] + extraStops
        guard check(.word), !peek.isAny(allStops) else {
            var error = unexpected("expected a node after '\(keyword.value.lowercased())'", suggesting: [])
            if peek.kind == .word {
                error.notes.append("a name that is also a keyword must be quoted: \"\(SafeText.escaped(peek.value))\"")
            }
            throw error
        }
        return reference(try bareWords(stops: allStops))
    }

    /// `timeline`'s node: absent at the end or at a keyword that may follow it.
    mutating func optionalNode(after keyword: Token) throws(QueryError) -> NodeReference? {
        expect(.node)
        if isAtEnd || (check(.word) && peek.isAny([.limit] + extraStops)) { return nil }
        return try node(after: keyword, stops: [])
    }

    /// Bare words, from the current (a word that is no stop keyword) up to a keyword of
    /// `stops`, a string, a comma or the end. A word that is a near miss of a number
    /// keyword and is followed by a number (`dpeth 2`) is reported as a misspelling.
    mutating func bareWords(stops: [Keyword]) throws(QueryError) -> [Token] {
        var words = [advance()]
        var progress = LoopProgress()
        while progress.advanced(position) {
            if isAtEnd {
                let start = words[0].range.lowerBound
                expect(.nodeContinuation(start: start, text: words.map(\.value).joined(separator: " ")))
            }
            guard check(.word), !peek.isAny(stops) else { break }
            try rejectMisspelledNumberKeyword(among: stops)
            words.append(advance())
        }
        return words
    }

    /// Bare words as one node reference.
    func reference(_ words: [Token]) -> NodeReference {
        let text = words.map(\.value).joined(separator: " ")
        let start = words.first?.range.lowerBound ?? peek.range.lowerBound
        let end = words.last?.range.upperBound ?? start
        return NodeReference(text: text, isQuoted: false, range: start..<end)
    }

    /// A quoted node reference; an empty one is an error.
    func quotedNode(_ token: Token) throws(QueryError) -> NodeReference {
        guard !token.value.isEmpty else {
            throw QueryError(.syntax, "expected a node; found an empty string", at: token.range)
        }
        return NodeReference(text: token.value, isQuoted: true, range: token.range)
    }

    /// A word followed by a number that is, or nearly is, a keyword taking a number
    /// (`dpeth 2`, `max 3` after `trace`) cannot be meant as part of a name.
    private func rejectMisspelledNumberKeyword(among stops: [Keyword]) throws(QueryError) {
        guard peekNext.isInteger, !peek.isInteger else { return }
        let expected = "expected " + Keyword.list(stops, or: "the end of the statement")
        let numberKeywords: [Keyword] = [.depth, .max, .limit]
        if let keyword = peek.keyword, numberKeywords.contains(keyword) {
            throw QueryError(.syntax, "'\(keyword.rawValue)' is not an option here", at: peek.range,
                             notes: [expected, "quote a name that contains '\(keyword.rawValue)'"])
        }
        let candidates = stops.filter(numberKeywords.contains).map(\.rawValue)
        guard let nearest = Suggestion.nearest(to: peek.value, among: candidates, maximumDistance: 1) else { return }
        throw QueryError(.syntax, "unexpected \(peek.quotedForMessage); did you mean '\(nearest)'?",
                         at: peek.range, notes: [expected])
    }

    // MARK: - Types and numbers

    /// The optional type of `nodes` and `edges`: one word or string.
    mutating func optionalName(_ expectation: Expectation) throws(QueryError) -> Located<String>? {
        expect(expectation)
        if check(.string) || (check(.word) && !peek.isAny([.limit] + extraStops)) {
            let token = advance()
            return Located(token.value, token.range)
        }
        return nil
    }

    /// names = name { "," name }: the edge types after `via`, the node types after `type`.
    mutating func names(
        after keyword: Keyword, _ expectation: Expectation, what: String
    ) throws(QueryError) -> [Located<String>] {
        var names = [try name(after: "'\(keyword.rawValue)'", expectation, what: what)]
        var progress = LoopProgress()
        while progress.advanced(position), match(.comma) {
            names.append(try name(after: "','", expectation, what: what))
        }
        return names
    }

    /// name = STRING | WORD, where the word is no clause keyword.
    private mutating func name(
        after place: String, _ expectation: Expectation, what: String
    ) throws(QueryError) -> Located<String> {
        expect(expectation)
        let clauses: [Keyword] = [.to, .and, .depth, .via, .type, .max, .all, .limit, .with, .by]
        guard check(.string) || (check(.word) && !peek.isAny(clauses)) else {
            throw unexpected("expected \(what) after \(place)", suggesting: [])
        }
        let token = advance()
        return Located(token.value, token.range)
    }

    /// number = DIGITS, after the keyword `keyword`.
    mutating func number(after keyword: String) throws(QueryError) -> Located<Int> {
        guard peek.isInteger else { throw unexpected("expected a number after '\(keyword)'", suggesting: []) }
        let token = advance()
        var value = 0
        for digit in token.value.utf8 {
            let (times, overflow) = value.multipliedReportingOverflow(by: 10)
            let (sum, carry) = times.addingReportingOverflow(Int(digit - 0x30))
            guard !overflow, !carry else {
                throw QueryError(.syntax, "number too large", at: token.range,
                                 notes: ["the largest number is \(Int.max)"])
            }
            value = sum
        }
        return Located(value, token.range)
    }
}
