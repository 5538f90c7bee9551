import CaseGraph

/// The statements with clauses:
///
/// ```
/// linked = "linked" node { "depth" NUMBER | "via" names | "type" names }
/// who    = "who" "is" "linked" "to" node { ...as linked... }
/// path   = ( "path" | "trace" ) node "to" node { "via" names | "max" NUMBER | "all" }
/// why    = "why" node [ "and" | "," ] node
/// export = "export" ( "dot" | "svg" | "png" ) [ exported [ "limit" NUMBER ] ]
///          { "with" "context" | "by" "country" | "to" ( STRING | WORD ) }
/// ```
/// Clauses come in any order, each at most once; `max` and `all` are for `path` only.
extension Parser {
    mutating func linked(after keyword: Token) throws(QueryError) -> LinkedStatement {
        let node = try node(after: keyword, stops: [.depth, .via, .type])
        var statement = LinkedStatement(node: node, depth: nil, via: [], types: [])
        var used: [Keyword] = []
        var progress = LoopProgress()
        while progress.advanced(position), let clause = try matchClause([.depth, .via, .type], used: &used) {
            switch clause {
            case .depth: statement.depth = try number(after: "depth")
            case .via: statement.via = try names(after: .via, .edgeType, what: "an edge type")
            default: statement.types = try names(after: .type, .nodeType, what: "a node type")
            }
        }
        return statement
    }

    mutating func whoIsLinkedTo(after keyword: Token) throws(QueryError) -> LinkedStatement {
        try consume(.is, "expected 'is' after 'who' (who is linked to NODE)")
        try consume(.linked, "expected 'linked' after 'who is' (who is linked to NODE)")
        let to = try consume(.to, "expected 'to' after 'who is linked' (who is linked to NODE)")
        return try linked(after: to)
    }

    mutating func path(after keyword: Token, isTrace: Bool) throws(QueryError) -> PathStatement {
        let from = try node(after: keyword, stops: [.to])
        let name = keyword.value.lowercased()
        let to = try consume(.to, "expected 'to' after the first node (\(name) NODE to NODE)")
        let clauses: [Keyword] = isTrace ? [.via] : [.via, .max, .all]
        let target = try node(after: to, stops: clauses)
        var statement = PathStatement(from: from, to: target, via: [], maximumLength: nil, all: false)
        var used: [Keyword] = []
        var progress = LoopProgress()
        while progress.advanced(position), let clause = try matchClause(clauses, used: &used) {
            switch clause {
            case .via: statement.via = try names(after: .via, .edgeType, what: "an edge type")
            case .max: statement.maximumLength = try number(after: "max")
            default: statement.all = true
            }
        }
        return statement
    }

    /// `why A and B`, `why A, B`, `why "A" B`; without a separator, two bare words are two
    /// nodes, and more are an error (where would the first name end?).
    mutating func why(after keyword: Token) throws(QueryError) -> Statement {
        expect(.node)
        let first: NodeReference
        if check(.string) {
            first = try quotedNode(advance())
        } else {
            let stops = [Keyword.and, .limit] + extraStops
            guard check(.word), !peek.isAny(stops) else {
                throw unexpected("expected two nodes after 'why' (why NODE and NODE)", suggesting: [])
            }
            let words = try bareWords(stops: stops)
            if !check(.and) && !check(.comma) && !check(.string) {
                return try whyWithoutSeparator(words)
            }
            first = reference(words)
        }
        let separator = match(.and) || match(.comma) ? [previous] : []
        let second = try node(after: separator.first ?? keyword, stops: [])
        return .why(first, second)
    }

    private func whyWithoutSeparator(_ words: [Token]) throws(QueryError) -> Statement {
        if words.count == 2 {
            return .why(reference([words[0]]), reference([words[1]]))
        }
        let all = reference(words)
        if words.count < 2 {
            throw unexpected("expected a second node after \(Token.quotedForMessage(all.text)) (why NODE and NODE)",
                             suggesting: [])
        }
        throw QueryError(
            .syntax, "cannot tell where the first node ends in \(Token.quotedForMessage(all.text))", at: all.range,
            notes: ["separate the two nodes with 'and' or a comma, or quote them: "
                + #"why Henk Jan Kamsteeg and IJM, why "Henk Jan Kamsteeg" IJM"#])
    }

    // MARK: - Export

    mutating func export(after keyword: Token) throws(QueryError) -> Statement {
        let formats = ExportFormat.allCases.map(\.rawValue)
        for format in formats { expect(.word(format)) }
        guard check(.word), let format = ExportFormat(rawValue: peek.value.lowercased()) else {
            var error = unexpected("expected 'dot', 'svg' or 'png' after 'export'", suggesting: [])
            if peek.kind == .word,
               let nearest = Suggestion.nearest(to: peek.value, among: formats) {
                error.message = "unexpected \(peek.quotedForMessage); did you mean '\(nearest)'?"
                error.notes = ["expected 'dot', 'svg' or 'png' after 'export'"]
            }
            throw error
        }
        let formatToken = advance()
        let outerStops = extraStops
        extraStops = Keyword.exportClauses
        let inner = try exportedStatement()
        extraStops = outerStops
        var statement = ExportStatement(format: Located(format, formatToken.range), statement: inner,
                                        withContext: false, byCountry: false, file: nil)
        var used: [Keyword] = []
        var progress = LoopProgress()
        while progress.advanced(position), let clause = try matchClause(Keyword.exportClauses, used: &used) {
            switch clause {
            case .with:
                try consume(.context, "expected 'context' after 'with'")
                statement.withContext = true
            case .by:
                try consume(.country, "expected 'country' after 'by'")
                statement.byCountry = true
            default:
                guard check(.string) || check(.word) else {
                    throw unexpected("expected a file after 'to'", suggesting: [])
                }
                let file = advance()
                statement.file = Located(file.value, file.range)
            }
        }
        return .export(statement)
    }

    /// The statement inside `export`, or nil when none is given (the last result).
    private mutating func exportedStatement() throws(QueryError) -> ParsedStatement? {
        let start = peek.range.lowerBound
        guard Keyword.exportable.contains(where: { check($0) }) else {
            if let keyword = peek.keyword, Keyword.statements.contains(keyword) {
                throw QueryError(.syntax, "'\(keyword.rawValue)' cannot be exported", at: peek.range,
                                 notes: ["export one of: "
                                     + Keyword.exportable.map(\.rawValue).joined(separator: ", ")])
            }
            return nil
        }
        let body = try statementBody()
        let limit = try limitClause()
        return ParsedStatement(statement: body, limit: limit, range: start..<previousEnd)
    }

    /// Consumes the first clause keyword of `clauses` not yet in `used`; fails on one that is.
    private mutating func matchClause(_ clauses: [Keyword], used: inout [Keyword]) throws(QueryError) -> Keyword? {
        for clause in clauses where !used.contains(clause) && match(clause) {
            used.append(clause)
            return clause
        }
        if let again = used.first(where: { peek.is($0) }) {
            throw QueryError(.syntax, "'\(again.rawValue)' is given twice", at: peek.range)
        }
        return nil
    }
}
