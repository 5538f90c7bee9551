import Testing
@testable import CaseQuery

@Suite("Lexer")
struct LexerTests {
    private func tokens(_ text: String) -> [Token] {
        var lexer = Lexer(text)
        return lexer.tokenize()
    }

    private func kinds(_ text: String) -> [TokenKind] { tokens(text).map(\.kind) }
    private func values(_ text: String) -> [String] { tokens(text).map(\.value) }

    @Test func wordsStringsCommasAndSeparators() {
        let text = "linked IJM, \"a b\" 'c' ; x\ny"
        #expect(kinds(text) == [.word, .word, .comma, .string, .string, .separator, .word, .separator, .word, .end])
        #expect(values(text) == ["linked", "IJM", ",", "a b", "c", ";", "x", "\n", "y", ""])
    }

    @Test func quotesInsideWords() {
        #expect(values("O'Brien") == ["O'Brien", ""])
        #expect(kinds("abc\"def\"") == [.word, .string, .end])
        #expect(values("a,b;c") == ["a", ",", "b", ";", "c", ""])
        #expect(values("C#") == ["C#", ""])
    }

    @Test func commentsRunToTheEndOfTheLine() {
        #expect(values("show IJM # a comment; not a separator\nstats") == ["show", "IJM", "\n", "stats", ""])
        #expect(values("#only") == [""])
        var lexer = Lexer("show # open")
        _ = lexer.tokenize()
        #expect(lexer.endsInComment)
    }

    @Test func escapesInStrings() {
        #expect(values(#""a \"b\" \\ c""#) == [#"a "b" \ c"#, ""])
        #expect(values(#"'it\'s'"#) == ["it's", ""])
        #expect(values(#""C:\dir\n""#) == [#"C:\dir\n"#, ""])
        #expect(values("\"two\nlines\"") == ["two\nlines", ""])
    }

    @Test func unterminatedStringRunsToTheEnd() throws {
        let all = tokens("show \"Henk; Jan")
        #expect(all.map(\.kind) == [.word, .string, .end])
        let string = all[1]
        #expect(!string.isTerminated && string.value == "Henk; Jan" && string.quote == "\"")
        #expect(tokens("show \"done\"")[1].isTerminated)
    }

    @Test func lineContinuation() {
        #expect(values("linked IJM \\\n depth 2") == ["linked", "IJM", "depth", "2", ""])
        #expect(values("linked IJM\\  \r\ndepth") == ["linked", "IJM", "depth", ""])
        #expect(values(#"load C:\x\y"#) == ["load", #"C:\x\y"#, ""])
        var lexer = Lexer("linked IJM \\")
        _ = lexer.tokenize()
        #expect(lexer.endsWithContinuation)
    }

    @Test func unicodeWhitespaceSeparatesWords() {
        #expect(values("show\u{00A0}IJM\u{2003}x") == ["show", "IJM", "x", ""])
        #expect(values("Zoë Filipijnse") == ["Zoë", "Filipijnse", ""])
    }

    @Test func locationsCountCharacters() {
        let all = tokens("Zoë x\n  é y")
        #expect(all[1].range.lowerBound == location(5, 5))
        #expect(all[3].range.lowerBound == location(9, 3, line: 2))
        #expect(all[4].range == location(12, 5, line: 2)..<location(13, 6, line: 2))
    }

    @Test func keywordsAndIntegers() {
        let all = tokens("LiNkEd 42 4x2 Zoë")
        #expect(all[0].keyword == .linked && all[0].is(.linked))
        #expect(all[1].isInteger && !all[2].isInteger && !all[3].isInteger)
        #expect(all[3].keyword == nil)
    }
}
