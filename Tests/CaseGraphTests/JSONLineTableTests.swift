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

    /// Line breaks are looked for 64 and 16 bytes at a time: every offset of random texts,
    /// with breaks far apart and near, on every position of a block, against a plain count.
    @Test func randomTextsAgreeWithAPlainCount() {
        let pieces: [[UInt8]] = [[0x0A], [0x0D], [0x0D, 0x0A], [0x09], [0x0B], [0x0E], [0x8A], [0xC3, 0xA9],
                                 Array(String(repeating: "x", count: 70).utf8), Array("abcdefghijklmnop".utf8), [0x20]]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        for _ in 0..<1_500 {
            var bytes = [UInt8]()
            for _ in 0..<Int(next() % 12) { bytes += pieces[Int(next() % UInt64(pieces.count))] }
            let table = LineTable(bytes)
            var line = 1, column = 1, index = 0
            while index <= bytes.count {
                if table.location(ofOffset: index) != (line, column) {  // a message only on a failure: cheaper
                    Issue.record("offset \(index) of \(bytes): \(table.location(ofOffset: index)), not \((line, column))")
                }
                guard index < bytes.count else { break }
                let byte = bytes[index]
                if byte == 0x0A || (byte == 0x0D && (index + 1 == bytes.count || bytes[index + 1] != 0x0A)) {
                    line += 1
                    column = 1
                } else if byte & 0xC0 != 0x80 {
                    column += 1  // a scalar's first byte (the '\r' of "\r\n" too: its '\n' ends the line)
                }
                index += 1
            }
            #expect(table.lineCount == line, "\(bytes)")
        }
    }
}

