@testable import CaseGraph
import Testing

/// `PackedKeys.sortedOrder` (a multikey radix sort) against the stable comparison sort it
/// replaced: bytes, then the tie-break, then the keys' positions.
@Suite("Packed keys: the radix sort gives the comparison sort's order")
struct PackedKeysSortingTests {
    static func comparisonOrder(_ keys: [String], tieBreak: (Int, Int) -> Bool) -> [Int32] {
        let bytes = keys.map { Array($0.utf8) }
        return keys.indices.sorted { lhs, rhs in
            if bytes[lhs] != bytes[rhs] { return bytes[lhs].lexicographicallyPrecedes(bytes[rhs]) }
            if tieBreak(lhs, rhs) { return true }
            if tieBreak(rhs, lhs) { return false }
            return lhs < rhs
        }.map { Int32($0) }
    }

    /// Pieces that make long shared prefixes (past 8 and 16 bytes), keys that end inside a
    /// word, NUL bytes (equal to the zero padding), empty keys and non-ASCII letters.
    static let pieces = ["a", "b", "\u{0}", "operation-", "border crossing ", "é", "e\u{301}", "z", "", "12345678", "Ω"]

    @Test("random keys with ties, 400 seeds, random and constant tie-breaks")
    func randomAgreement() {
        for seed in 0..<400 as Range<UInt64> {
            var generator = SeededGenerator(seed: seed)
            let count = Int(generator.next() % 300)
            let keys = (0..<count).map { _ in
                (0..<Int(generator.next() % 5)).map { _ in Self.pieces[Int(generator.next() % UInt64(Self.pieces.count))] }.joined()
            }
            let ranks = (0..<count).map { _ in Int(generator.next() % 4) }  // ties among the tie-breaks too
            let packed = PackedKeys(keys)
            let byRank: (Int, Int) -> Bool = { ranks[$0] < ranks[$1] }
            #expect(packed.sortedOrder(tieBreak: byRank) == Self.comparisonOrder(keys, tieBreak: byRank), "seed \(seed)")
            let none: (Int, Int) -> Bool = { _, _ in false }
            #expect(packed.sortedOrder(tieBreak: none) == Self.comparisonOrder(keys, tieBreak: none), "seed \(seed)")
        }
    }

    @Test("long runs of keys alike in their first bytes, 20 seeds")
    func longRuns() {
        for seed in 0..<20 as Range<UInt64> {
            var generator = SeededGenerator(seed: seed)
            let count = 800 + Int(generator.next() % 2_000)
            let keys = (0..<count).map { _ in
                ["mari", "maria ", "border crossing "][Int(generator.next() % 3)]
                    + (0..<Int(generator.next() % 4)).map { _ in Self.pieces[Int(generator.next() % UInt64(Self.pieces.count))] }.joined()
            }
            let ranks = (0..<count).map { _ in Int(generator.next() % 3) }
            let byRank: (Int, Int) -> Bool = { ranks[$0] < ranks[$1] }
            #expect(PackedKeys(keys).sortedOrder(tieBreak: byRank) == Self.comparisonOrder(keys, tieBreak: byRank), "seed \(seed)")
        }
    }

    @Test("prefixes before longer keys, a key of 100,000 bytes, no keys")
    func cases() {
        let long = String(repeating: "x", count: 100_000)
        let keys = ["ab", "a", "", "a\u{0}", "abcdefgh", "abcdefghi", "abcdefgh\u{0}", long, long + "a", long, "b"]
        let packed = PackedKeys(keys)
        #expect(packed.sortedOrder { $0 > $1 } == Self.comparisonOrder(keys) { $0 > $1 })
        #expect(packed.sortedOrder { _, _ in false } == [2, 1, 3, 0, 4, 6, 5, 10, 7, 9, 8])
        #expect(PackedKeys([]).sortedOrder { _, _ in false } == [])
    }

    @Test("the radix sort by chosen bytes is stable and orders as a comparison sort by those bytes, 300 seeds")
    func radixSortByBytes() {
        var scratch = [(value: UInt64, place: Int)]()
        for seed in 0..<300 as Range<UInt64> {
            var generator = SeededGenerator(seed: seed)
            // Few distinct bytes per position (ties, and passes every value shares a byte in).
            let spread = [1, 2, 3, 256][Int(generator.next() % 4)]
            let values = (0..<Int(generator.next() % 2_000)).map { place in
                (value: (0..<8).reduce(UInt64(0)) { word, _ in word << 8 | generator.next() % UInt64(spread) }, place: place)
            }
            let low = Int(generator.next() % 8), high = low + 1 + Int(generator.next() % UInt64(8 - low))
            let mask: UInt64 = high == 8 ? ~0 << (8 * low) : (1 << (8 * high)) - (1 << (8 * low))
            var sorted = values
            RadixSort.sort(&sorted, scratch: &scratch, bytes: low..<high) { $0.value }
            let expected = values.sorted { ($0.value & mask, $0.place) < ($1.value & mask, $1.place) }
            #expect(sorted.map(\.place) == expected.map(\.place), "seed \(seed), bytes \(low)..<\(high), spread \(spread)")
        }
    }
}
