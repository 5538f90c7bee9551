@testable import CaseGraph
import Testing

/// `PackedKeys.forEachKey(containing:)` searches all the packed bytes at once: it must find each
/// key's first occurrence, no occurrence that runs from one key into the next, and skip empty
/// keys; `nonASCIIPositions()` must list exactly the keys with a byte from 0x80 on.
@Suite("Packed keys: one byte search over every key")
struct PackedKeysOccurrenceTests {
    /// Each key's first offset of `needle`, the plain way.
    static func expected(_ keys: [String], _ needle: String) -> [[Int]] {
        let wanted = Array(needle.utf8)
        return keys.enumerated().compactMap { position, key -> [Int]? in
            let bytes = Array(key.utf8)
            guard !wanted.isEmpty, bytes.count >= wanted.count else { return nil }
            for offset in 0...(bytes.count - wanted.count) where Array(bytes[offset..<(offset + wanted.count)]) == wanted {
                return [position, offset, bytes.count]
            }
            return nil
        }
    }

    static func found(_ keys: [String], _ needle: String) -> [[Int]] {
        let packed = PackedKeys(keys)
        var found = [[Int]]()
        packed.forEachKey(containing: Array(needle.utf8)) { position, offset, length in
            found.append([position, offset, length])
            return true
        }
        return found
    }

    @Test("occurrences across key ends are not hits; empty keys; repeats in a key")
    func boundaries() {
        let keys = ["ab", "", "cd", "abcab", "", "", "b", "cab", "ab"]
        #expect(Self.found(keys, "bc") == [[3, 1, 5]])
        #expect(Self.found(keys, "ab") == [[0, 0, 2], [3, 0, 5], [7, 1, 3], [8, 0, 2]])
        #expect(Self.found(keys, "b") == Self.expected(keys, "b"))
        #expect(Self.found(keys, "abcabbcab") == [])
        #expect(Self.found(keys, "") == [])
        #expect(Self.found([], "a") == [])
        #expect(Self.found(["", ""], "a") == [])
    }

    @Test("stopping early stops the search")
    func stops() {
        var seen = 0
        PackedKeys(["a", "a", "a"]).forEachKey(containing: Array("a".utf8)) { _, _, _ in
            seen += 1
            return false
        }
        #expect(seen == 1)
    }

    @Test("random keys and needles over a small alphabet, against the plain search, 300 seeds")
    func againstPlainSearch() {
        for seed in 0..<300 as Range<UInt64> {
            var generator = SeededGenerator(seed: seed)
            let alphabet = ["a", "b", " ", "\u{E9}", "\u{1F600}"].prefix(2 + Int(seed % 4))
            func text(_ maximum: UInt64) -> String {
                (0..<Int(generator.next() % maximum)).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }.joined()
            }
            let keys = (0..<Int(generator.next() % 60)).map { _ in text(12) }
            for _ in 0..<8 {
                let needle = text(5)
                #expect(Self.found(keys, needle) == Self.expected(keys, needle), "seed \(seed), needle \(needle)")
            }
            let nonASCII = keys.indices.filter { !keys[$0].utf8.allSatisfy { $0 < 0x80 } }.map(Int32.init)
            #expect(PackedKeys(keys).nonASCIIPositions() == nonASCII, "seed \(seed)")
        }
    }
}
