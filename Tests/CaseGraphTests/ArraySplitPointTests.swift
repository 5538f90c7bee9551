@testable import CaseGraph
import Testing

/// The pieces of the split decode: the split point's check against the elements one
/// thread finds, and two line counters joined against one.
@Suite("Split decode: split points and line counters")
struct ArraySplitPointTests {
    @Test("isElementStart is true exactly at the edges' starts (after the first), 40 random graphs and each layout")
    func elementStarts() {
        var generator = RandomGraphText(seed: 99)
        var texts = (0..<40).map { _ in generator.document() }
        texts += SplitGraphText.Layout.allCases.map { SplitGraphText(layout: $0, nodeCount: 5, edgeCount: 30).text() }
        var checked = 0
        for text in texts {
            let bytes = Array(text.utf8)
            guard let fragment = SplitDecodeTests.sequential(bytes), fragment.edges.count > 1 else { continue }
            let starts = Set(fragment.edges.map(\.place.offset))
            let first = fragment.edges[0].place.offset
            bytes.withUnsafeBufferPointer { buffer in
                for offset in 0..<bytes.count where ![0x20, 0x0A, 0x0D, 0x09].contains(bytes[offset]) {
                    let expected = offset != first && starts.contains(offset)
                    #expect(ArraySplitPoint.isElementStart(offset, ofArrayAt: first, in: buffer) == expected, "offset \(offset)")
                }
            }
            checked += 1
        }
        #expect(checked > 20)
    }

    @Test("guess finds the next seam, also one inside a string, and nothing past its limit")
    func guesses() {
        let text = Array(#"[{"a": "x },{ y"}, {"b": 1}]"#.utf8)
        text.withUnsafeBufferPointer { buffer in
            #expect(ArraySplitPoint.guess(after: 0, in: buffer) == 12)  // inside the string
            #expect(ArraySplitPoint.guess(after: 13, in: buffer) == 19)
            #expect(ArraySplitPoint.guess(after: 20, in: buffer) == nil)
        }
    }

    static let pieces = ["a", "é", "\n", "\r", "\r\n", "  ", "{", "\u{1F600}", "xxxxxxxxxxxxxxxx"]

    @Test("a counter continued by one started at a split point answers as one counter, 400 seeds")
    func continuedCounter() {
        for seed in 0..<400 as Range<UInt64> {
            var generator = SeededGenerator(seed: seed)
            let text = (0..<Int(1 + generator.next() % 40)).map { _ in Self.pieces[Int(generator.next() % UInt64(Self.pieces.count))] }.joined()
            let bytes = Array(text.utf8)
            let split = Int(generator.next() % UInt64(bytes.count))
            // The split point is never the `\n` of a `\r\n`, nor inside a character.
            if split > 0 && bytes[split - 1] == 0x0D && bytes[split] == 0x0A { continue }
            if bytes[split] & 0xC0 == 0x80 { continue }
            let table = LineTable(bytes)
            bytes.withUnsafeBufferPointer { buffer in
                var head = LineCounter()
                let before = Int(generator.next() % UInt64(split + 1))
                _ = head.location(ofOffset: before, in: UnsafeBufferPointer(rebasing: buffer[..<(split + 1)]))
                _ = head.location(ofOffset: split, in: UnsafeBufferPointer(rebasing: buffer[..<(split + 1)]))
                var tail = LineCounter()
                let tailBuffer = UnsafeBufferPointer(rebasing: buffer[split...])
                var offset = split, last = split
                while offset < bytes.count && generator.next() % 5 != 0 {
                    let relative = tail.location(ofOffset: offset - split, in: tailBuffer)
                    #expect(head.location(continuedBy: relative) == table.location(ofOffset: offset), "seed \(seed), split \(split), offset \(offset)")
                    last = offset
                    offset += Int(generator.next() % 4)
                }
                // Then on as one counter over the whole buffer, from where the tail stopped.
                var whole = head.continued(by: tail)
                offset = last
                while offset <= bytes.count {
                    #expect(whole.location(ofOffset: offset, in: buffer) == table.location(ofOffset: offset), "seed \(seed), split \(split): whole at \(offset)")
                    offset += 1 + Int(generator.next() % 4)
                }
            }
        }
    }
}
