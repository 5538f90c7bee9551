@testable import CaseGraph
import Testing

/// `SortedKeyDistances` reuses the table rows of the prefix a string shares with the one
/// before and gives up on every string whose prefix is out of reach: its answers must be the
/// whole table's for each string on its own, whatever came before.
@Suite("Edit distances over sorted strings, rows of shared prefixes reused")
struct SortedKeyDistancesTests {
    /// The distance of the whole string and of its first run of `width` words, the plain way.
    static func expected(_ query: [UInt8], _ key: [UInt8], limit: Int, width: Int, whole: Bool) -> Int? {
        var best = whole ? NameSearchOracleTests.referenceDistance(query, key) : Int.max
        let words = key.split(separator: 0x20, omittingEmptySubsequences: false)
        if words.count >= width {
            let run = Array(words[0..<width].joined(separator: [0x20]))
            best = min(best, NameSearchOracleTests.referenceDistance(query, run))
        }
        return best <= limit ? best : nil
    }

    @Test("random strings in byte order and in no order, any limit and width, 400 seeds")
    func againstTable() {
        for seed in 0..<400 as Range<UInt64> {
            var generator = SeededGenerator(seed: seed)
            let alphabet: [UInt8] = Array("ab c".utf8).prefix(2 + Int(seed % 3)).map { $0 }
            func text(_ maximum: UInt64) -> [UInt8] {
                (0..<Int(generator.next() % maximum)).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
            }
            var keys = (0..<Int(generator.next() % 80)).map { _ in text(11) }
            if seed % 4 != 0 { keys.sort { $0.lexicographicallyPrecedes($1) } }
            let query = text(9)
            guard !query.isEmpty else { continue }
            let limit = Int(generator.next() % 4)
            let width = 1 + Int(generator.next() % 3)
            let whole = seed % 2 == 0
            var distances = SortedKeyDistances(query: query, limit: limit, width: width, measuresWhole: whole)
            for key in keys {
                let found = key.withUnsafeBufferPointer { distances.distance($0) }
                let wanted = Self.expected(query, key, limit: limit, width: width, whole: whole)
                if found != wanted {
                    Issue.record("seed \(seed): \(String(decoding: query, as: UTF8.self)) vs \(String(decoding: key, as: UTF8.self)), limit \(limit), width \(width), whole \(whole): \(String(describing: found)), the table says \(String(describing: wanted))")
                    return
                }
            }
        }
    }

    @Test("a long key and a long search text stay within the band")
    func longStrings() {
        let query = Array(String(repeating: "ab", count: 500).utf8)
        var key = query
        key[10] = 0x63
        key.remove(at: 700)
        var distances = SortedKeyDistances(query: query, limit: 3, width: 1, measuresWhole: true)
        #expect(key.withUnsafeBufferPointer { distances.distance($0) } == 2)
        #expect(query.withUnsafeBufferPointer { distances.distance($0) } == 0)
        let far = Array(String(repeating: "ba", count: 600).utf8)
        #expect(far.withUnsafeBufferPointer { distances.distance($0) } == nil)
    }
}
