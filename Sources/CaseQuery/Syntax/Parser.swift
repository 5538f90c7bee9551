import CaseGraph

/// Something the parser would have accepted where the tokens ran out; collected to offer
/// tab-completion candidates.
enum Expectation: Hashable, Sendable {
    /// A keyword or another fixed word: a statement, a format, a help topic.
    case word(String)
    /// A node reference.
    case node
    /// More words of a bare node name that began at `start` with `text`.
    case nodeContinuation(start: SourceLocation, text: String)
    case edgeType
    case nodeType
}

/// A recursive-descent parser over the tokens of one statement.
///
/// One method per grammar rule, in the `Parser+*.swift` files; they share the small
/// vocabulary here: `peek`, `advance()`, `check(_:)`, `match(_:)` and `consume(_:_:)`.
/// Every loop is guarded by a ``LoopProgress`` so that it provably
/// consumes input. Parsing checks syntax only: names stay text for the binder.
struct Parser: Sendable {
    /// The statement's tokens; the last one is always ``TokenKind/end``.
    private let tokens: [Token]
    private(set) var position = 0
    /// Keywords that end a bare name besides those of its position: the export clauses
    /// (`with`, `by`, `to`) while parsing the statement inside `export`.
    var extraStops: [Keyword] = []
    /// What the grammar would have accepted at the end of the tokens (when collecting).
    private(set) var expectations: Set<Expectation> = []
    private let collectsExpectations: Bool
    /// The keywords checked at `checkedPosition`.
    private var checked: [Keyword] = []
    private var checkedPosition = 0

    /// - Parameter tokens: one statement's tokens, without separators; an end token is
    ///   added when the last one is not.
    init(tokens: [Token], collectsExpectations: Bool = false) {
        var tokens = tokens
        if tokens.last?.kind != .end {
            let end = tokens.last?.range.upperBound ?? SourceLocation(offset: 0, line: 1, column: 1)
            tokens.append(Token(kind: .end, value: "", range: end..<end))
        }
        self.tokens = tokens
        self.collectsExpectations = collectsExpectations
    }

    // MARK: - Vocabulary

    /// The current token.
    var peek: Token { tokens[position] }

    /// The token after the current one (the end token when there is none).
    var peekNext: Token { tokens[min(position + 1, tokens.count - 1)] }

    var isAtEnd: Bool { peek.kind == .end }

    /// The last consumed token (the current one when none was).
    var previous: Token { tokens[max(position - 1, 0)] }

    /// The keywords checked at the current token: what an error there says was expected.
    var checkedHere: [Keyword] { checkedPosition == position ? checked : [] }

    /// Where the last consumed token ends (where the current one starts when none was).
    var previousEnd: SourceLocation {
        position > 0 ? previous.range.upperBound : peek.range.lowerBound
    }

    /// Consumes the current token and returns it; at the end, stays there.
    @discardableResult
    mutating func advance() -> Token {
        let token = peek
        if !isAtEnd { position += 1 }
        return token
    }

    /// True when the current token is the keyword. Remembers the keyword as expected here.
    mutating func check(_ keyword: Keyword) -> Bool {
        if checkedPosition != position {
            checkedPosition = position
            checked = []
        }
        if !checked.contains(keyword) { checked.append(keyword) }
        expect(.word(keyword.rawValue))
        return peek.is(keyword)
    }

    func check(_ kind: TokenKind) -> Bool {
        peek.kind == kind
    }

    /// Consumes the keyword when it is the current token.
    mutating func match(_ keyword: Keyword) -> Bool {
        guard check(keyword) else { return false }
        advance()
        return true
    }

    mutating func match(_ kind: TokenKind) -> Bool {
        guard check(kind) else { return false }
        advance()
        return true
    }

    /// Consumes the keyword, or fails with `message` (`"expected 'to' after the first node"`).
    @discardableResult
    mutating func consume(_ keyword: Keyword, _ message: String) throws(QueryError) -> Token {
        guard check(keyword) else { throw unexpected(message, suggesting: [keyword]) }
        return advance()
    }

    /// Notes, at the end of the tokens, something that would have been accepted there.
    mutating func expect(_ expectation: Expectation) {
        if collectsExpectations && isAtEnd { expectations.insert(expectation) }
    }

    // MARK: - Errors

    /// A syntax error at the current token: `"<expected>; found <token>"`, or
    /// `"unexpected <token>; did you mean '<keyword>'?"` when the token is a near miss of
    /// one of `keywords`.
    func unexpected(_ expected: String, suggesting keywords: [Keyword]) -> QueryError {
        let found = peek
        if found.kind == .string && !found.isTerminated { return unterminated(found) }
        if found.kind == .word, found.keyword.map({ keywords.contains($0) }) != true,
           let nearest = Suggestion.nearest(to: found.value, among: keywords.map(\.rawValue)) {
            return QueryError(.syntax, "unexpected \(found.quotedForMessage); did you mean '\(nearest)'?",
                              at: found.range, notes: [expected])
        }
        return QueryError(.syntax, "\(expected); found \(found.quotedForMessage)", at: found.range)
    }

    /// The error for a string whose closing quote is missing, pointing at its opening quote.
    func unterminated(_ token: Token) -> QueryError {
        let start = token.range.lowerBound
        let quote = token.quote ?? "\""
        let next = SourceLocation(offset: start.offset + 1, line: start.line, column: start.column + 1)
        return QueryError(.syntax, "unterminated string: the closing \(quote) is missing", at: start..<next,
                          notes: ["a quote inside a string is written \\\(quote)"])
    }

    /// Fails on an unterminated string anywhere in the statement: it is the first problem
    /// to fix, as it swallowed the rest of the text.
    func rejectUnterminatedString() throws(QueryError) {
        if let open = tokens.first(where: { $0.kind == .string && !$0.isTerminated }) {
            throw unterminated(open)
        }
    }
}

/// Guards a parser loop: each turn must have consumed input since the last, so no loop can
/// spin forever (swift-syntax's `LoopProgressCondition`).
struct LoopProgress {
    private var lastPosition: Int?

    /// True when `position` moved on since the previous call (always true on the first).
    mutating func advanced(_ position: Int) -> Bool {
        defer { lastPosition = position }
        guard let lastPosition else { return true }
        assert(position > lastPosition, "parser loop made no progress")
        return position > lastPosition
    }
}
