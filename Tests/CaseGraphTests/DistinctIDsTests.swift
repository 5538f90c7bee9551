@testable import CaseGraph
import Testing

/// `DistinctIDs` (the fast decoder's edge-id check) judges as `Set<String>`: bytes for
/// ASCII ids, and a full check once an id is not ASCII, where differently spelled ids can
/// be equal (`"\u{212A}"` is `"K"`, `"é"` is `"e\u{301}"`).
@Suite("Distinct ids: as a Set<String> judges")
struct DistinctIDsTests {
    /// Whether `ids`, noted in two halves joined as a split decode joins them, hold a repeat.
    static func hasRepeats(_ ids: [String], splitAt split: Int) -> (repeats: Bool, fullCheck: Bool) {
        var first = DistinctIDs(), second = DistinctIDs()
        for id in ids[..<split] { first.note(id) }
        for id in ids[split...] { second.note(id) }
        first.append(contentsOf: second)
        let repeats = first.hasRepeats { each in
            for id in ids { var id = id; id.withUTF8(each) }
        }
        return (repeats, first.needsFullCheck)
    }

    @Test("ASCII ids: a repeat anywhere is found, in either half or across them; distinct ids pass")
    func ascii() {
        let names = (0..<5_000).map { "e-\($0)" } + [""]
        #expect(Self.hasRepeats(names, splitAt: 2_000) == (false, false))
        for (again, at) in [("e-17", 300), ("e-4999", 4_000), ("e-17", 1_500), ("", 10), ("e-0", 5_001)] {
            var ids = names
            ids.insert(again, at: at)
            for split in [0, 1_999, ids.count] {
                #expect(Self.hasRepeats(ids, splitAt: split) == (true, false), "\(again) at \(at), split \(split)")
            }
        }
        #expect(Self.hasRepeats(["e-5000", "x", "y"], splitAt: 1) == (false, false))
    }

    @Test("repeated hashes: the bucketed sort finds exactly the values a dictionary counts twice")
    func repeatedHashes() {
        for seed in 0..<200 as Range<UInt64> {
            var generator = SeededGenerator(seed: seed)
            let count = Int(generator.next() % 3_000)
            // Few distinct values in the top bits or the low bits too, so that buckets fill up.
            let hashes = (0..<count).map { _ -> UInt64 in
                switch generator.next() % 3 {
                case 0: return generator.next() % 50
                case 1: return (generator.next() % 50) << 58
                default: return generator.next()
                }
            }
            let counted = Dictionary(hashes.map { ($0, 1) }, uniquingKeysWith: +)
            #expect(DistinctIDs.repeatedHashes(hashes) == Set(counted.filter { $0.value > 1 }.keys), "seed \(seed)")
        }
    }

    @Test("an id that is not ASCII asks for the full check")
    func notASCII() {
        #expect(Self.hasRepeats(["K", "\u{212A}"], splitAt: 1).fullCheck)
        #expect(Self.hasRepeats(["K", "\u{212A}"], splitAt: 2).fullCheck)
        #expect(Self.hasRepeats(["K", "\u{212A}", "K"], splitAt: 0) == (true, true))
    }

    /// A file whose edges have the ids `first` and `second` (edges 10 and 90 of 100).
    static func file(_ first: String, _ second: String) -> [UInt8] {
        let text = SplitGraphText(layout: .pretty, nodeCount: 10, edgeCount: 100).text { index, edge in
            switch index {
            case 10: edge.replacingOccurrences(of: "\"e10\"", with: "\"\(first)\"")
            case 90: edge.replacingOccurrences(of: "\"e90\"", with: "\"\(second)\"")
            default: edge
            }
        }
        return Array(text.utf8)
    }

    @Test("edge ids equal as texts but not as bytes: the fast path falls back, on one thread and split", arguments: [
        ("K", "\u{212A}"), ("\u{E9}", "e\u{301}"), ("caf\u{E9}", "cafe\u{301}"), ("same", "same"),
    ])
    func equalTexts(_ pair: (String, String)) throws {
        let bytes = Self.file(pair.0, pair.1)
        #expect(FastLoaderTests.slow(bytes) == nil, "the slow path accepts it")
        #expect(SplitDecodeTests.sequential(bytes) == nil)
        let split = try #require(SplitDecodeTests.offset(of: #"{"id": "e50""#, in: bytes))
        #expect(SplitDecodeTests.decode(bytes, .at(.exactly(split))) == (nil, .joined, false))
        #expect(SplitDecodeTests.decode(bytes, .at(.exactly(split + 1))).fragment == nil)
        // The second id in a third part, pulled in from the second.
        #expect(SplitDecodeTests.decode(bytes, .at(.exactly(SplitDecodeTests.offset(of: #"{"id": "e1""#, in: bytes) ?? 0), pullIn: .always))
                == (nil, .joined, true))
    }

    @Test("distinct edge ids that are not ASCII: the same fragment as the slow path, on one thread and split")
    func distinctTexts() throws {
        let bytes = Self.file("\u{212A}", "e\u{301}")
        let expected = try #require(FastLoaderTests.slow(bytes))
        #expect(SplitDecodeTests.sequential(bytes) == expected)
        let split = try #require(SplitDecodeTests.offset(of: #"{"id": "e50""#, in: bytes))
        #expect(SplitDecodeTests.decode(bytes, .at(.exactly(split))) == (expected, .joined, false))
        #expect(SplitDecodeTests.decode(bytes, .at(.exactly(split), pullIn: .always)) == (expected, .joined, true))
    }
}
