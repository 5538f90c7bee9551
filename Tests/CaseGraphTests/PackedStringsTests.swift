@testable import CaseGraph
import Testing

/// `PackedStrings` keeps each text's end in 32 bits and counts the 4 GiB epochs beside: with
/// epochs made small, texts that cross, fill or skip epochs come back as they went in, after
/// appends, joins and cut suffixes.
@Suite("Packed strings: 32-bit ends, epochs beyond")
struct PackedStringsTests {
    static func texts(_ generator: inout SeededGenerator, count: Int) -> [String] {
        let pieces = ["", "a", "Zo\u{EB}", "\u{1F600}", "0123456789", "e\u{301}", String(repeating: "x", count: 70)]
        return (0..<count).map { _ in
            (0..<Int(generator.next() % 4)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
        }
    }

    static func expectSame(_ packed: PackedStrings, _ texts: [String], _ note: String) {
        #expect(packed.count == texts.count, "\(note)")
        #expect((0..<packed.count).map { packed[$0] } == texts, "\(note)")
        var start = 0
        for index in texts.indices {
            let range = packed.range(index)
            #expect(range.lowerBound == start && range.count == texts[index].utf8.count, "\(note), text \(index)")
            start = range.upperBound
        }
    }

    @Test("appends, joins and cut suffixes against an array, epochs of 8 to 64 bytes and 4 GiB, 300 seeds")
    func againstArray() {
        for seed in 0..<300 as Range<UInt64> {
            var generator = SeededGenerator(seed: seed)
            let shift = [3, 4, 5, 6, 32][Int(seed % 5)]
            let first = Self.texts(&generator, count: Int(generator.next() % 40))
            let second = Self.texts(&generator, count: Int(generator.next() % 40))
            var packed = PackedStrings(epochShift: shift)
            for text in first { packed.append(text) }
            Self.expectSame(packed, first, "seed \(seed)")
            var other = PackedStrings(epochShift: shift)
            for text in second { other.append(text) }
            packed.append(contentsOf: other)
            Self.expectSame(packed, first + second, "seed \(seed), joined")
            let cut = Int(generator.next() % UInt64(first.count + second.count + 1))
            packed.removeSuffix(from: cut)
            Self.expectSame(packed, Array((first + second).prefix(cut)), "seed \(seed), cut at \(cut)")
            let more = Self.texts(&generator, count: 5)
            for text in more { packed.append(text) }
            Self.expectSame(packed, Array((first + second).prefix(cut)) + more, "seed \(seed), appended after the cut")
            var fresh = PackedStrings(epochShift: shift)
            for text in Array((first + second).prefix(cut)) + more { fresh.append(text) }
            #expect(fresh == packed, "seed \(seed): the same texts, the same list")
        }
    }

    @Test("parts joined by taking their buffers over: the same texts, cuts and appends across segments, 300 seeds")
    func segments() {
        for seed in 0..<300 as Range<UInt64> {
            var generator = SeededGenerator(seed: seed)
            let shift = [4, 6, 32][Int(seed % 3)], segmentBytes = [1, 20, 200, Int.max][Int(seed / 3 % 4)]
            var packed = PackedStrings(epochShift: shift, segmentBytes: segmentBytes)
            var expected = [String]()
            for _ in 0..<(1 + Int(generator.next() % 4)) {
                let texts = Self.texts(&generator, count: Int(generator.next() % 30))
                var part = PackedStrings(epochShift: shift, segmentBytes: segmentBytes)
                for text in texts { part.append(text) }
                packed.append(contentsOf: part)
                expected += texts
                Self.expectSame(packed, expected, "seed \(seed), joined")
                for text in Self.texts(&generator, count: Int(generator.next() % 3)) {
                    packed.append(text)
                    expected.append(text)
                }
            }
            #expect(packed.byteCount == expected.reduce(0) { $0 + $1.utf8.count }, "seed \(seed)")
            let contiguous = packed.contiguous()
            #expect(contiguous.isContiguous && contiguous == packed, "seed \(seed)")
            Self.expectSame(contiguous, expected, "seed \(seed), made contiguous")
            for index in expected.indices {
                packed.prefetchText(index)
                #expect(packed.withBytes(index) { Array($0) } == Array(expected[index].utf8), "seed \(seed), text \(index)")
            }
            let cut = Int(generator.next() % UInt64(expected.count + 1))
            packed.removeSuffix(from: cut)
            expected.removeSubrange(cut...)
            Self.expectSame(packed, expected, "seed \(seed), cut at \(cut)")
            let more = Self.texts(&generator, count: 4)
            for text in more { packed.append(text) }
            var fresh = PackedStrings(epochShift: shift)
            for text in expected + more { fresh.append(text) }
            #expect(fresh == packed && packed == fresh, "seed \(seed): the same texts, the same list")
            Self.expectSame(packed, expected + more, "seed \(seed), appended after the cut")
        }
        var large = PackedStrings(), small = PackedStrings()
        small.append("a")
        large.append(String(repeating: "q", count: PackedStrings.segmentBytes))
        small.append(contentsOf: large)
        #expect(!small.isContiguous && small[1].utf8.count == PackedStrings.segmentBytes)
    }

    @Test("a text longer than several epochs, and empty texts at an epoch's edge")
    func longText() {
        var packed = PackedStrings(epochShift: 3)
        let texts = ["", String(repeating: "y", count: 29), "", "abcdefg", "h", "", String(repeating: "z", count: 8)]
        for text in texts { packed.append(text) }
        Self.expectSame(packed, texts, "long")
        packed.removeSuffix(from: 2)
        Self.expectSame(packed, Array(texts.prefix(2)), "cut")
    }
}
