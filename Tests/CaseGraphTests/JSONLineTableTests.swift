import CaseGraph
import Testing

@Suite("Line table")
struct JSONLineTableTests {
    @Test func mapsOffsetsToLinesAndCharacterColumns() {
        // Offsets: a0 b1 \n2 | c3 é4-5 !6 \r7 \n8 | x9 \r10 | y11 (end 12)
        let table = LineTable(Array("ab\ncé!\r\nx\ry".utf8))
        #expect(table.lineCount == 4)
        #expect(table.location(ofOffset: 0) == (1, 1))
        #expect(table.location(ofOffset: 1) == (1, 2))
        #expect(table.location(ofOffset: 2) == (1, 3))  // the '\n' ends line 1
        #expect(table.location(ofOffset: 3) == (2, 1))
        #expect(table.location(ofOffset: 4) == (2, 2))
        #expect(table.location(ofOffset: 6) == (2, 3))  // after the two-byte 'é'
        #expect(table.location(ofOffset: 7) == (2, 4))
        #expect(table.location(ofOffset: 8) == (2, 5))  // '\n' of "\r\n" is still line 2
        #expect(table.location(ofOffset: 9) == (3, 1))
        #expect(table.location(ofOffset: 10) == (3, 2))
        #expect(table.location(ofOffset: 11) == (4, 1))  // after a lone '\r'
        #expect(table.location(ofOffset: 12) == (4, 2))  // end of input
    }

    @Test func clampsOutOfRangeOffsets() {
        let table = LineTable(Array("ab\ncd".utf8))
        #expect(table.location(ofOffset: -5) == (1, 1))
        #expect(table.location(ofOffset: 99) == (2, 3))
    }

    @Test func emptyInputAndTrailingLineBreak() {
        #expect(LineTable([]).location(ofOffset: 0) == (1, 1))
        #expect(LineTable([]).lineCount == 1)
        let table = LineTable(Array("a\n".utf8))
        #expect(table.lineCount == 2)
        #expect(table.location(ofOffset: 2) == (2, 1))
    }

    @Test func fourByteCharactersCountOnce() {
        let table = LineTable(Array("😀😀x".utf8))
        #expect(table.location(ofOffset: 8) == (1, 3))
        #expect(table.location(ofOffset: 4) == (1, 2))
    }

    /// The parser locates its errors without building a table; both must agree.
    @Test func parserErrorsAgreeWithTheTableOnEveryLine() {
        let lines = ["[", "  \"é😀\",", "\r\n", "  1\r", "  ,\"x\"", "  ,,", "]"]
        let text = lines.joined(separator: "\n")
        let bytes = Array(text.utf8)
        let error = #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(bytes) }
        if let error {
            let location = LineTable(bytes).location(ofOffset: error.offset)
            #expect(error.line == location.line)
            #expect(error.column == location.column)
        }
    }
}
