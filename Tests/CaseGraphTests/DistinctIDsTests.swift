@testable import CaseGraph
import Testing

/// `DistinctIDs` (the fast decoder's edge-id check) judges as `Set<String>`: bytes for
/// ASCII ids, and a full check once an id is not ASCII, where differently spelled ids can
/// be equal (`"\u{212A}"` is `"K"`, `"é"` is `"e\u{301}"`).
@Suite("Distinct ids: as a Set<String> judges")
struct DistinctIDsTests {
    @Test("ASCII ids: duplicates found at once, overlaps between two sets found")
    func ascii() {
        var ids = DistinctIDs()
        let names = (0..<500).map { "e-\($0)" }
        let fresh = names.map { ids.insert($0) }
        #expect(fresh.allSatisfy { $0 })
        let again = [ids.insert("e-17"), ids.insert("e-499"), ids.insert("e-500"), ids.insert("")]
        #expect(again == [false, false, true, true])
        #expect(!ids.needsFullCheck && ids.count == 502)
        var other = DistinctIDs()
        for name in ["x", "y", "e-5000"] { _ = other.insert(name) }
        #expect(!ids.overlaps(other) && !other.overlaps(ids))
        _ = other.insert("e-250")
        #expect(ids.overlaps(other) && other.overlaps(ids))
    }

    @Test("an id that is not ASCII asks for the full check")
    func notASCII() {
        var ids = DistinctIDs()
        let inserted = [ids.insert("K"), ids.insert("\u{212A}")]
        #expect(inserted == [true, true] && ids.needsFullCheck)
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
        #expect(SplitDecodeTests.decode(bytes, .at(.exactly(split))) == (nil, .joined))
        #expect(SplitDecodeTests.decode(bytes, .at(.exactly(split + 1))).fragment == nil)
    }

    @Test("distinct edge ids that are not ASCII: the same fragment as the slow path, on one thread and split")
    func distinctTexts() throws {
        let bytes = Self.file("\u{212A}", "e\u{301}")
        let expected = try #require(FastLoaderTests.slow(bytes))
        #expect(SplitDecodeTests.sequential(bytes) == expected)
        let split = try #require(SplitDecodeTests.offset(of: #"{"id": "e50""#, in: bytes))
        #expect(SplitDecodeTests.decode(bytes, .at(.exactly(split))) == (expected, .joined))
    }
}
