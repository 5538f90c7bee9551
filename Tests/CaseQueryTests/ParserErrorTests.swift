import Testing
@testable import CaseQuery

@Suite("Parser: errors")
struct ParserErrorTests {
    @Test func unknownStatementSuggestsTheNearest() throws {
        let error = try #require(parseError("lnked IJM"))
        #expect(error.kind == .syntax)
        #expect(error.message == "unknown statement 'lnked'; did you mean 'linked'?")
        #expect(error.range == location(0, 1)..<location(5, 6))
        #expect(error.notes.first?.hasPrefix("statements: find, show, linked") == true)
        #expect(parseError("shwo IJM")?.message == "unknown statement 'shwo'; did you mean 'show'?")
        #expect(parseError("xyzzy")?.message == "unknown statement 'xyzzy'")
        #expect(parseError(#""IJM""#)?.message == "expected a statement; found the string 'IJM'")
    }

    @Test func misspelledClauseKeywords() throws {
        let error = try #require(parseError("linked IJM dpeth 2"))
        #expect(error.message == "unexpected 'dpeth'; did you mean 'depth'?")
        #expect(error.range == location(11, 12)..<location(16, 17))
        #expect(error.notes == ["expected 'depth', 'via', 'type', 'limit' or the end of the statement"])
        #expect(parseError("linked IJM depth 2 vai x")?.message == "unexpected 'vai'; did you mean 'via'?")
        #expect(parseError("linked IJM depth 2 tpye x")?.message == "unexpected 'tpye'; did you mean 'type'?")
        #expect(parseError("path A to B mx 3")?.message == "unexpected 'mx'; did you mean 'max'?")
        #expect(parseError("show IJM limt 3")?.message == "unexpected 'limt'; did you mean 'limit'?")
        #expect(parseError("path A to B all al")?.message == "expected 'via', 'max', 'limit' or the end of the statement; found 'al'")
        #expect(parseError("trace A to B max 3")?.message == "'max' is not an option here")
        #expect(parseError("who si linked to IJM")?.message == "unexpected 'si'; did you mean 'is'?")
        #expect(parseError("set fromat json")?.message == "unexpected 'fromat'; did you mean 'format'?")
        #expect(parseError("set tmier on")?.message == "unexpected 'tmier'; did you mean 'timer'?")
        #expect(parseError("set timer of")?.message == "expected 'on' or 'off' after 'set timer'; found 'of'; did you mean 'off'?")
        #expect(parseError("set timer")?.message == "expected 'on' or 'off' after 'set timer'; found the end of the statement")
    }

    @Test func errorsSayWhatWasExpectedAndFound() throws {
        #expect(parseError("show")?.message == "expected a node after 'show'; found the end of the statement")
        #expect(parseError("linked")?.message == "expected a node after 'linked'; found the end of the statement")
        let keyword = try #require(parseError("linked depth 2"))
        #expect(keyword.message == "expected a node after 'linked'; found 'depth'")
        #expect(keyword.notes == [#"a name that is also a keyword must be quoted: "depth""#])
        #expect(parseError("path A B")?.message
            == "expected 'to' after the first node (path NODE to NODE); found the end of the statement")
        #expect(parseError("path A to")?.message == "expected a node after 'to'; found the end of the statement")
        #expect(parseError("linked IJM depth x")?.message == "expected a number after 'depth'; found 'x'")
        #expect(parseError("linked IJM depth -1")?.message == "expected a number after 'depth'; found '-1'")
        #expect(parseError("linked IJM via")?.message == "expected an edge type after 'via'; found the end of the statement")
        #expect(parseError("linked IJM via a,")?.message == "expected an edge type after ','; found the end of the statement")
        #expect(parseError("linked IJM type limit 2")?.message == "expected a node type after 'type'; found 'limit'")
        #expect(parseError("stats foo")?.message == "expected 'limit' or the end of the statement; found 'foo'")
        #expect(parseError(#"show IJM "x""#)?.message
            == "expected 'limit' or the end of the statement; found the string 'x'")
        #expect(parseError("show IJM, IJM")?.message == "expected 'limit' or the end of the statement; found ','")
        #expect(parseError("find")?.message == "expected the text to search for after 'find'; found the end of the statement")
        #expect(parseError(#"show """#)?.message == "expected a node; found an empty string")
        #expect(parseError("load")?.message == "expected a file path after 'load'; found the end of the statement")
        #expect(parseError("load my case.json")?.notes == [#"quote a path that contains spaces: load "my case.json""#])
        #expect(parseError("show IJM; show X")?.message == "expected the end of the statement; found 'show'")
        #expect(parseError("linked IJM depth 2 depth 3")?.message == "'depth' is given twice")
        #expect(parseError("why IJM")?.message
            == "expected a second node after 'IJM' (why NODE and NODE); found the end of the statement")
        #expect(parseError("why IJM and")?.message == "expected a node after 'and'; found the end of the statement")
    }

    @Test func whyWithManyWordsAndNoSeparator() throws {
        let error = try #require(parseError("why Henk Jan Kamsteeg IJM"))
        #expect(error.message == "cannot tell where the first node ends in 'Henk Jan Kamsteeg IJM'")
        #expect(error.range == location(4, 5)..<location(25, 26))
        #expect(error.notes.first?.contains("'and'") == true)
    }

    @Test func unknownFormatsAndTopics() throws {
        let format = try #require(parseError("set format jsno"))
        #expect(format.kind == .invalidArgument && format.message == "unknown format 'jsno'; did you mean 'json'?")
        #expect(format.notes == ["formats: table, json, csv, dot"])
        let topic = try #require(parseError("help lnked"))
        #expect(topic.kind == .unknownName && topic.message == "no help on 'lnked'; did you mean 'linked'?")
    }

    @Test func numberOverflow() throws {
        let error = try #require(parseError("linked IJM depth 99999999999999999999"))
        #expect(error.message == "number too large")
        #expect(error.range == location(17, 18)..<location(37, 38))
        #expect(try parsed("nodes limit 9223372036854775807").limit?.value == Int.max)
        #expect(parseError("nodes limit 9223372036854775808")?.message == "number too large")
    }

    @Test func unterminatedQuotePointsAtTheOpeningQuote() throws {
        let error = try #require(parseError(#"show "Henk Jan"#))
        #expect(error.message == #"unterminated string: the closing " is missing"#)
        #expect(error.range == location(5, 6)..<location(6, 7))
        #expect(parseError("show 'Henk")?.message == "unterminated string: the closing ' is missing")
        // The unterminated string is reported even after an earlier problem.
        #expect(parseError(#"linked IJM dpeth 2 "x"#)?.message.hasPrefix("unterminated string") == true)
    }

    @Test func locationsAfterMultibyteText() throws {
        let error = try #require(parseError("linked Zoë de Vries dpeth 2"))
        #expect(error.range == location(21, 21)..<location(26, 26))
        let emoji = try #require(parseError("show 👩‍👩‍👧 IJM, x"))
        #expect(emoji.range?.lowerBound.column == 11)
    }

    @Test func locationsOnContinuationLines() throws {
        let error = try #require(parseError("linked IJM \\\n  dpeth 2"))
        #expect(error.range?.lowerBound == location(15, 3, line: 2))
    }

    @Test func longWordsAreShortenedInMessages() throws {
        let word = String(repeating: "x", count: 500)
        let error = try #require(parseError(word))
        #expect(error.message.count < 80)
        #expect(error.message.hasSuffix("…'"))
    }
}
