import Testing
@testable import CaseQuery

@Suite("Error rendering")
struct ErrorRenderingTests {
    private func rendered(_ text: String, color: Bool = false) throws -> String {
        let error = try #require(parseError(text))
        return ErrorRendering.render(error, source: text, color: color)
    }

    @Test func caretUnderTheOffendingWord() throws {
        #expect(try rendered("linked IJM dpeth 2") == """
            error: unexpected 'dpeth'; did you mean 'depth'?
              linked IJM dpeth 2
                         ^~~~~
              note: expected 'depth', 'via', 'type', 'limit' or the end of the statement
            """)
    }

    @Test func caretAfterMultibyteCharacters() throws {
        let lines = try rendered("linked café crème dpeth 2").split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[1] == "  linked café crème dpeth 2")
        #expect(lines[2] == "  " + String(repeating: " ", count: 18) + "^~~~~")
        let decomposed = try rendered("linked cafe\u{301} dpeth 2").split(separator: "\n")
        #expect(decomposed[2] == "  " + String(repeating: " ", count: 12) + "^~~~~")
    }

    @Test func wideCharactersTakeTwoColumns() throws {
        let lines = try rendered(#"show "東京" zz"#).split(separator: "\n")
        #expect(lines[2] == "              ^~")
    }

    @Test func caretAtTheEndOfTheStatement() throws {
        #expect(try rendered("show") == """
            error: expected a node after 'show'; found the end of the statement
              show
                  ^
            """)
    }

    @Test func caretUnderTheOpeningQuote() throws {
        let lines = try rendered("show é \"Henk Jan").split(separator: "\n")
        #expect(lines[2] == "         ^")
    }

    @Test func unsafeTextIsEscaped() throws {
        let text = "show \"a\u{1B}[31mb\u{202E}\" zz"
        let output = try rendered(text)
        #expect(!output.contains("\u{1B}") && !output.contains("\u{202E}"))
        let lines = output.split(separator: "\n")
        #expect(lines[1] == #"  show "a\u{1B}[31mb\u{202E}" zz"#)
        #expect(lines[2] == "  " + String(repeating: " ", count: 28) + "^~")
        let tabbed = try rendered("show\tIJM\tzz, x").split(separator: "\n")
        #expect(tabbed[1] == "  show IJM zz, x" && tabbed[2] == "  " + String(repeating: " ", count: 11) + "^")
    }

    @Test func colorOnlyWhenAsked() throws {
        let plain = try rendered("lnked IJM")
        #expect(!plain.contains("\u{1B}"))
        let colored = try rendered("lnked IJM", color: true)
        #expect(colored.hasPrefix("\u{1B}[1;31merror:\u{1B}[0m"))
        #expect(colored.contains("\u{1B}[1;31m^~~~~\u{1B}[0m"))
        #expect(colored.contains("\u{1B}[1;36mnote:\u{1B}[0m"))
    }

    @Test func sourcesOfSeveralLinesGiveTheLocation() throws {
        let output = try rendered("linked IJM \\\n  dpeth 2")
        let lines = output.split(separator: "\n")
        #expect(lines[1] == "  --> line 2, column 3")
        #expect(lines[2] == "    dpeth 2" && lines[3] == "    ^~~~~")
    }

    @Test func errorsWithoutRange() {
        let error = QueryError(.io, "cannot read \u{1B}x", notes: ["check the path"])
        #expect(ErrorRendering.render(error, source: "load x", color: false) == """
            error: cannot read \\u{1B}x
              note: check the path
            """)
    }

    @Test func longLinesAreCutAroundTheError() throws {
        let text = "show " + String(repeating: "word ", count: 100) + "\"x\" " + String(repeating: "y", count: 100)
        let lines = try rendered(text).split(separator: "\n")
        #expect(lines[1].count < 140 && lines[1].contains("…"))
        #expect(lines[2].hasSuffix("^~~"))
        #expect(lines[2].count - 3 == lines[1].distance(from: lines[1].startIndex, to: try #require(lines[1].firstIndex(of: "\""))))
    }
}
