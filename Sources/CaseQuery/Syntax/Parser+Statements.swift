import CaseGraph

/// The statement rules:
///
/// ```
/// statement = body [ "limit" NUMBER ] END
/// body      = find | show | linked | who | path | trace | why | timeline | nodes | edges
///           | "stats" | "schema" | "warnings" | help | load | set | export | "quit" | "exit"
/// ```
extension Parser {
    /// statement = body [ "limit" NUMBER ] END
    mutating func statement() throws(QueryError) -> ParsedStatement {
        try rejectUnterminatedString()
        let start = peek.range.lowerBound
        let body = try statementBody()
        let limit = try limitClause()
        try expectEnd()
        return ParsedStatement(statement: body, limit: limit, range: start..<previousEnd)
    }

    /// The statement proper, chosen by its first word.
    mutating func statementBody() throws(QueryError) -> Statement {
        if isAtEnd {
            for keyword in Keyword.statements { expect(.word(keyword.rawValue)) }
        }
        guard let keyword = peek.keyword, Keyword.statements.contains(keyword) else {
            throw unknownStatement(peek)
        }
        let token = advance()
        switch keyword {
        case .find: return try find(after: token)
        case .show: return .show(try node(after: token, stops: []))
        case .linked: return .linked(try linked(after: token))
        case .who: return .linked(try whoIsLinkedTo(after: token))
        case .path: return .path(try path(after: token, isTrace: false))
        case .trace: return .trace(try path(after: token, isTrace: true))
        case .why: return try why(after: token)
        case .timeline: return .timeline(try optionalNode(after: token))
        case .nodes: return .nodes(type: try optionalName(.nodeType))
        case .edges: return .edges(type: try optionalName(.edgeType))
        case .stats: return .stats
        case .schema: return .schema
        case .warnings: return .warnings
        case .help: return try help(after: token)
        case .load: return try load(after: token)
        case .set: return try setting(after: token)
        case .export: return try export(after: token)
        case .quit, .exit: return .quit
        default: throw unknownStatement(token)
        }
    }

    /// limit = "limit" NUMBER
    mutating func limitClause() throws(QueryError) -> Located<Int>? {
        guard match(.limit) else { return nil }
        return try number(after: "limit")
    }

    /// Fails unless the statement has ended, saying which keywords could have come here.
    mutating func expectEnd() throws(QueryError) {
        guard !isAtEnd else { return }
        let keywords = checkedHere
        throw unexpected("expected " + Keyword.list(keywords, or: "the end of the statement"), suggesting: keywords)
    }

    private func unknownStatement(_ found: Token) -> QueryError {
        let names = Keyword.statements.map(\.rawValue)
        let statements = "statements: " + names.joined(separator: ", ") + "; type 'help' for details"
        switch found.kind {
        case .word:
            var message = "unknown statement \(found.quotedForMessage)"
            if let nearest = Suggestion.nearest(to: found.value, among: names) {
                message += "; did you mean '\(nearest)'?"
            }
            return QueryError(.syntax, message, at: found.range, notes: [statements])
        case .string where !found.isTerminated:
            return unterminated(found)
        default:
            return QueryError(.syntax, "expected a statement; found \(found.quotedForMessage)",
                              at: found.range, notes: [statements])
        }
    }

    // MARK: - Simple statements

    /// find = "find" TEXT, where TEXT is every word and string up to `limit N` or the end,
    /// joined by single spaces (a comma sticks to the word before it).
    private mutating func find(after keyword: Token) throws(QueryError) -> Statement {
        expect(.node)
        var text = ""
        let start = peek.range.lowerBound
        var progress = LoopProgress()
        while progress.advanced(position), !isAtEnd, !(check(.limit) && peekNext.isInteger) {
            let token = advance()
            if token.kind != .comma && !text.isEmpty { text += " " }
            text += token.value
            if isAtEnd, token.kind == .word {
                expect(.nodeContinuation(start: start, text: text))
            }
        }
        guard !text.isEmpty else {
            throw unexpected("expected the text to search for after '\(keyword.value.lowercased())'", suggesting: [])
        }
        return .find(Located(text, start..<previousEnd))
    }

    /// help = "help" [ WORD | STRING ], a statement or another help topic.
    private mutating func help(after keyword: Token) throws(QueryError) -> Statement {
        for name in StatementHelp.topicNames { expect(.word(name)) }
        guard check(.word) || check(.string), !peek.is(.limit) || !peekNext.isInteger else {
            return .help(topic: nil)
        }
        let topic = advance()
        guard StatementHelp.topic(topic.value) == nil else {
            return .help(topic: Located(topic.value.lowercased(), topic.range))
        }
        var message = "no help on \(Token.quotedForMessage(topic.value))"
        if let nearest = Suggestion.nearest(to: topic.value, among: StatementHelp.topicNames) {
            message += "; did you mean '\(nearest)'?"
        }
        throw QueryError(.unknownName, message, at: topic.range,
                         notes: ["topics: " + StatementHelp.topicNames.joined(separator: ", ")])
    }

    /// load = "load" ( STRING | WORD )
    private mutating func load(after keyword: Token) throws(QueryError) -> Statement {
        guard check(.string) || check(.word) else {
            throw unexpected("expected a file path after 'load'", suggesting: [])
        }
        let path = advance()
        if check(.word) && !(peek.is(.limit) && peekNext.isInteger) {
            throw QueryError(.syntax, "expected the end of the statement; found \(peek.quotedForMessage)",
                             at: peek.range, notes: [#"quote a path that contains spaces: load "my case.json""#])
        }
        return .load(path: Located(path.value, path.range))
    }

    /// set = "set" ( "format" ( "table" | "json" | "csv" | "dot" ) | "timer" ( "on" | "off" ) )
    ///
    /// `timer`, `on` and `off` are words only here, not keywords: names stay free to use them.
    private mutating func setting(after keyword: Token) throws(QueryError) -> Statement {
        expect(.word("timer"))
        if check(.word) && peek.value.lowercased() == "timer" {
            advance()
            return try timerSetting()
        }
        guard check(.format) else {
            let expected = "expected 'format' or 'timer' after 'set' (set format table|json|csv|dot, set timer on|off)"
            if check(.word), let nearest = Suggestion.nearest(to: peek.value, among: ["format", "timer"]) {
                throw QueryError(.syntax, "unexpected \(peek.quotedForMessage); did you mean '\(nearest)'?",
                                 at: peek.range, notes: [expected])
            }
            throw unexpected(expected, suggesting: [])
        }
        advance()
        let formats = OutputFormat.allCases.map(\.rawValue)
        for format in formats { expect(.word(format)) }
        guard check(.word) || check(.string) else {
            throw unexpected("expected a format after 'set format': " + formats.joined(separator: ", "), suggesting: [])
        }
        let value = advance()
        guard let format = OutputFormat(rawValue: value.value.lowercased()) else {
            var message = "unknown format \(value.quotedForMessage)"
            if let nearest = Suggestion.nearest(to: value.value, among: formats) {
                message += "; did you mean '\(nearest)'?"
            }
            throw QueryError(.invalidArgument, message, at: value.range,
                             notes: ["formats: " + formats.joined(separator: ", ")])
        }
        return .setFormat(Located(format.rawValue, value.range))
    }

    /// The `on` or `off` after `set timer`.
    private mutating func timerSetting() throws(QueryError) -> Statement {
        let switches = ["off", "on"]
        for word in switches { expect(.word(word)) }
        guard check(.word) || check(.string) else {
            throw unexpected("expected 'on' or 'off' after 'set timer'", suggesting: [])
        }
        let value = advance()
        switch value.value.lowercased() {
        case "on": return .setTimer(Located(true, value.range))
        case "off": return .setTimer(Located(false, value.range))
        default:
            var message = "expected 'on' or 'off' after 'set timer'; found \(value.quotedForMessage)"
            if let nearest = Suggestion.nearest(to: value.value, among: switches) { message += "; did you mean '\(nearest)'?" }
            throw QueryError(.invalidArgument, message, at: value.range)
        }
    }
}
