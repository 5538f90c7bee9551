/// Parses query text into statements: the entry point of the query language front end.
///
/// ```swift
/// let statement = try StatementParser.parse("linked IJM depth 2 via supported")
/// let items = StatementParser.parseScript("find kamsteeg; show IJM\npath E.D. to IJM")
/// ```
public enum StatementParser {
    /// Parses one statement (a trailing `;` is allowed).
    ///
    /// - Returns: the statement, or nil when the text holds none (it is empty, blank or a
    ///   comment).
    /// - Throws: a ``QueryError`` of kind `syntax` (`invalidArgument` for an unknown
    ///   format, `unknownName` for an unknown help topic), with the range of the offending
    ///   text; a second statement after the first is an error too.
    /// - Complexity: O(n) in the length of the text.
    public static func parse(_ text: String) throws(QueryError) -> ParsedStatement? {
        var lexer = Lexer(text)
        let groups = statementTokens(lexer.tokenize())
        guard let first = groups.first else { return nil }
        var parser = Parser(tokens: first)
        let statement = try parser.statement()
        if groups.count > 1, let extra = groups[1].first {
            throw QueryError(.syntax, "expected the end of the statement; found \(extra.quotedForMessage)",
                             at: extra.range, notes: ["give one statement at a time"])
        }
        return statement
    }

    /// Parses a script: statements separated by `;` or line breaks (not inside quotes; a
    /// `\` at the end of a line continues the statement on the next). Blank lines and
    /// comments are skipped; parsing goes on after a statement with an error.
    ///
    /// Each item's source locations (of its statement and of its error) are in the item's
    /// own ``ScriptItem/text``: render an error with
    /// `ErrorRendering.render(error, source: item.text, color:)`, or with `in:` a
    /// ``ScriptPosition`` made of the item's start, for the location in the script.
    /// - Complexity: O(n) in the length of the text.
    public static func parseScript(_ text: String) -> [ScriptItem] {
        var lexer = Lexer(text)
        let utf8 = text.utf8
        return statementTokens(lexer.tokenize()).compactMap { tokens -> ScriptItem? in
            guard let first = tokens.first, let last = tokens.last(where: { $0.kind != .end }) else { return nil }
            let lower = utf8.index(utf8.startIndex, offsetBy: first.range.lowerBound.offset)
            let upper = utf8.index(utf8.startIndex, offsetBy: last.range.upperBound.offset)
            let statementText = String(decoding: utf8[lower..<upper], as: UTF8.self)
            var statementLexer = Lexer(statementText)
            var parser = Parser(tokens: statementLexer.tokenize())
            let result: Result<ParsedStatement, QueryError>
            do throws(QueryError) {
                result = .success(try parser.statement())
            } catch {
                result = .failure(error)
            }
            return ScriptItem(text: statementText, result: result, startLine: first.range.lowerBound.line,
                              startColumn: first.range.lowerBound.column)
        }
    }

    /// The tokens of each statement: split at separators, each ending with an end token
    /// where its separator was; empty statements are left out.
    static func statementTokens(_ tokens: [Token]) -> [[Token]] {
        var statements = [[Token]]()
        var current = [Token]()
        for token in tokens {
            switch token.kind {
            case .separator, .end:
                if !current.isEmpty {
                    let end = token.range.lowerBound
                    current.append(Token(kind: .end, value: "", range: end..<end))
                    statements.append(current)
                    current = []
                }
            default:
                current.append(token)
            }
        }
        return statements
    }
}

/// One statement of a script: its text and its parse, or the error that stopped it.
public struct ScriptItem: Sendable {
    /// The statement's text, from its first token to its last; the item's source locations
    /// are in this text.
    public var text: String
    public var result: Result<ParsedStatement, QueryError>
    /// The 1-based line of the script on which the statement starts.
    public var startLine: Int
    /// The 1-based column (in characters) of that line at which the statement starts.
    public var startColumn: Int

    public init(text: String, result: Result<ParsedStatement, QueryError>, startLine: Int, startColumn: Int = 1) {
        self.text = text
        self.result = result
        self.startLine = startLine
        self.startColumn = startColumn
    }
}
