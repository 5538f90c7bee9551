import Testing
import LineEditing

@Suite struct CompletionWordTests {
    private func start(_ line: String, cursor: Int? = nil) -> Int {
        CompletionWord.start(in: line, cursor: cursor ?? line.utf8.count)
    }

    @Test func startsAfterTheLastSpace() {
        #expect(start("find Hen") == 5)
        #expect(start("find ") == 5)
        #expect(start("") == 0)
        #expect(start("Hen") == 0)
        #expect(start("find\tZo") == 5)
    }

    @Test func startsAfterASeparator() {
        #expect(start("neighbours(Hen") == 11)
        #expect(start("a,b") == 2)
        #expect(start("type=Per") == 5)
    }

    @Test func anOpenQuoteKeepsSpacesInTheWord() {
        let line = #"path from "Henk J"#
        #expect(start(line) == 10)
        #expect(CompletionWord.text(in: line, from: 10, to: line.utf8.count) == #""Henk J"#)
        #expect(start(#"find "Filipijnse aut"#) == 5)
    }

    @Test func aClosedQuoteEndsAtTheNextSpace() {
        #expect(start(#""Henk Jan" fi"#) == 11)
        #expect(start(#"find "a b"c"#) == 5)
    }

    @Test func anEscapedQuoteDoesNotCloseTheQuote() {
        #expect(start(#"x "say \" hi"#) == 2)
        #expect(start(#"x "a\\" b"#) == 8)
    }

    @Test func separatorsInsideQuotesDoNotCount() {
        #expect(start(#"find "a (b, c"#) == 5)
    }

    @Test func countsInUTF8Bytes() {
        // "find Zoë x": Z at 5, o at 6, ë is bytes 7 and 8, the space at 9.
        #expect(start("find Zoë x") == 10)
        #expect(start("find Zoë", cursor: 8) == 5)
        #expect(start("Zoë Zo") == 5)
    }

    @Test func theCursorNeedNotBeAtTheEnd() {
        #expect(start("find Hen and more", cursor: 8) == 5)
        #expect(CompletionWord.text(in: "find Hen and more", from: 5, to: 8) == "Hen")
    }

    @Test func offsetsInsideACharacterAreRoundedDown() {
        // Offset 8 is inside "ë" (bytes 7 and 8).
        #expect(CompletionWord.scalarBoundary(in: "find Zoë", atOrBefore: 8) == 7)
        #expect(CompletionWord.scalarBoundary(in: "find Zoë", atOrBefore: 99) == 9)
        #expect(CompletionWord.scalarBoundary(in: "find Zoë", atOrBefore: -3) == 0)
        #expect(CompletionWord.text(in: "Zoë", from: 0, to: 3) == "Zo")
        #expect(CompletionWord.text(in: "Zoë", from: 2, to: 1) == "")
    }

    @Test func customSeparatorsAndQuotes() {
        #expect(CompletionWord.start(in: "a:b", cursor: 3, separators: [":"]) == 2)
        #expect(CompletionWord.start(in: "x 'a b", cursor: 6, quotes: ["'"]) == 2)
    }
}
