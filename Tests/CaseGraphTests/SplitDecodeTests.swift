@testable import CaseGraph
import Foundation
import Testing

/// The fast decoder reading a file's edges on two threads (`EdgeSplit`) against itself on one:
/// at any split point, the same fragment (records, order, values and places) or the same
/// fall-back, and the same cancellation.
@Suite("Split decode: two threads read the edges as one does")
struct SplitDecodeTests {
    static func decode(_ bytes: [UInt8], _ splitting: EdgeSplit) -> (fragment: GraphFragment?, split: FastGraphDecoder.SplitOutcome, thirdPart: Bool) {
        // `.never` never cancels: the call cannot throw.
        (try? FastGraphDecoder.decodeReporting(bytes, file: "f.json", cancellation: .never, splitting: splitting)) ?? (nil, .notSplit, false)
    }

    static func sequential(_ bytes: [UInt8]) -> GraphFragment? {
        decode(bytes, .never).fragment
    }

    /// The offsets of the `edges` array's elements, from one thread's fragment.
    static func edgeOffsets(_ fragment: GraphFragment) -> [Int] {
        fragment.edges.map(\.place.offset)
    }

    @Test("every layout, split exactly at each edge and at every byte around a few: the same fragment", arguments: SplitGraphText.Layout.allCases)
    func everyLayout(_ layout: SplitGraphText.Layout) throws {
        let bytes = Array(SplitGraphText(layout: layout, nodeCount: 12, edgeCount: 60).text().utf8)
        let expected = try #require(Self.sequential(bytes), "the generated file falls back")
        #expect(expected == FastLoaderTests.slow(bytes), "one thread differs from the slow path")
        let starts = Self.edgeOffsets(expected)
        var offsets = Set(starts)
        for edge in [1, 30, 59] { offsets.formUnion((starts[edge] - 150)..<min(starts[edge] + 150, bytes.count)) }
        var joined = 0
        for offset in offsets.sorted() {
            for early in [true, false] {
                let (fragment, split, _) = Self.decode(bytes, .at(.exactly(offset), startsAtNodes: early))
                #expect(fragment == expected, "\(layout): split at \(offset), started at the nodes: \(early)")
                if split == .joined { joined += 1 }
                if starts.dropFirst().contains(offset) { #expect(split == .joined, "\(layout): split at edge start \(offset)") }
            }
        }
        #expect(joined >= 2 * (starts.count - 1))
        // The loader's own choice (which may be a seam inside a string here, when started at the edges).
        for early in [true, false] {
            #expect(Self.decode(bytes, .at(.middle, startsAtNodes: early)).fragment == expected, "\(layout): middle")
        }
    }

    @Test("split guesses after every few bytes, seams inside strings included: the same fragment; started at the nodes, never a wrong one",
          arguments: SplitGraphText.Layout.allCases, [true, false])
    func guesses(_ layout: SplitGraphText.Layout, startsAtNodes early: Bool) throws {
        let bytes = Array(SplitGraphText(layout: layout, nodeCount: 7, edgeCount: 40).text().utf8)
        let expected = try #require(Self.sequential(bytes))
        var outcomes = [FastGraphDecoder.SplitOutcome: Int]()
        for offset in stride(from: Self.edgeOffsets(expected)[0], to: bytes.count, by: 5) {
            let (fragment, split, _) = Self.decode(bytes, .at(.seam(after: offset), startsAtNodes: early))
            #expect(fragment == expected, "\(layout): seam after \(offset)")
            outcomes[split, default: 0] += 1
        }
        #expect(outcomes[.joined, default: 0] > 20)
        if early {
            // The walk follows the strings: every split point it finds is an element's start.
            #expect(outcomes[.readAlone] == nil, "\(outcomes)")
        } else {
            #expect(layout == .compact || outcomes[.readAlone, default: 0] > 0, "no guess fell inside a string: \(outcomes)")
        }
    }

    @Test("random graphs (shuffled keys, escapes, Unicode, CR LF), split at every byte: the same as one thread")
    func randomGraphs() {
        var generator = RandomGraphText(seed: 0x5B1_17)
        var joined = 0
        for round in 0..<16 {
            let bytes = Array(generator.document().utf8)
            let expected = Self.sequential(bytes)
            for offset in stride(from: round % 3, to: bytes.count, by: 3) {
                let (fragment, split, _) = Self.decode(bytes, .at(.exactly(offset), startsAtNodes: offset % 2 == 0))
                #expect(fragment == expected, "round \(round), split at \(offset)")
                if split == .joined { joined += 1 }
                if fragment != expected { return }
            }
        }
        #expect(joined > 30)
    }

    /// A random graph's text with one random mutation: a byte removed, a piece of JSON (or of
    /// a record) inserted, or the text truncated.
    static func mutatedDocument(_ generator: inout RandomGraphText) -> [UInt8] {
        let pieces = [",", "\"", "}", "{", "]", "[", " ", "\\", "},{", "}, {\"source\": \"n0!\"", "\u{1}", "é", "\"id\": \"e1\", "]
        var bytes = Array(generator.document().utf8)
        let at = generator.int(below: bytes.count)
        switch generator.int(below: 3) {
        case 0: bytes.remove(at: at)
        case 1: bytes.insert(contentsOf: Array(generator.pick(pieces).utf8), at: at)
        default: bytes.removeSubrange(at...)  // truncated
        }
        return bytes
    }

    @Test("random mutations, split at random bytes: the same fragment or the same fall-back")
    func randomMutations() {
        var generator = RandomGraphText(seed: 7)
        for round in 0..<80 {
            let bytes = Self.mutatedDocument(&generator)
            let expected = Self.sequential(bytes)
            #expect(expected == FastLoaderTests.slow(bytes), "round \(round): one thread differs from the slow path")
            for _ in 0..<40 {
                let offset = generator.int(below: bytes.count + 1)
                let splitting = EdgeSplit.at(.exactly(offset), startsAtNodes: generator.int(below: 2) == 0)
                #expect(Self.decode(bytes, splitting).fragment == expected, "round \(round), split at \(offset)")
            }
        }
    }

    // MARK: - Hostile files

    static let graph = SplitGraphText(layout: .leadingComma, nodeCount: 10, edgeCount: 100)

    /// `text` split exactly at edge 50: the second thread's work is used, and the answer is
    /// one thread's, nil.
    static func expectSameFallBack(_ text: String, _ comment: Comment, joined: Bool = true) throws {
        let bytes = Array(text.utf8)
        #expect(sequential(bytes) == nil, "one thread accepts it")
        let split = try #require(offset(of: #"{"id": "e50""#, in: bytes))
        for early in [true, false] {
            let result = decode(bytes, .at(.exactly(split), startsAtNodes: early))
            #expect(result.fragment == nil, comment)
            if joined { #expect(result.split == .joined, comment) }
        }
    }

    @Test("a duplicate edge id, once in each part: both fall back")
    func duplicateAcrossParts() throws {
        let text = Self.graph.text { index, edge in
            index == 10 || index == 90 ? edge.replacingOccurrences(of: "\"e\(index)\"", with: "\"twice\"") : edge
        }
        try Self.expectSameFallBack(text, "duplicate id")
    }

    @Test("a problem only in the second part: both fall back", arguments: [
        ("syntax error", #""type": knows"#), ("missing sources", #""sources": []"#), ("not snake_case", #""type": "Knows""#),
        ("bad escape", #""type": "kn\qows""#), ("duplicate key", #""type": "knows", "type": "knows""#),
    ])
    func problemInSecondPart(_ problem: (String, String)) throws {
        let text = Self.graph.text { index, edge in
            guard index == 80 else { return edge }
            return problem.1.contains("sources")
                ? edge.replacingOccurrences(of: #", "sources": [{"document": "doc", "quote": "\#(SplitGraphText.tricky[(80 * 7) % SplitGraphText.tricky.count])"}]"#, with: ", " + problem.1)
                : edge.replacingOccurrences(of: #""type": "knows""#, with: problem.1)
        }
        #expect(text != Self.graph.text(), "the edit did not apply")
        try Self.expectSameFallBack(text, Comment(rawValue: problem.0))
    }

    @Test("a problem in each part, the first part's first: both fall back (the second part unused)")
    func problemsInBothParts() throws {
        let text = Self.graph.text { index, edge in
            index == 20 || index == 80 ? edge.replacingOccurrences(of: #""type": "knows""#, with: #""type": 1"#) : edge
        }
        try Self.expectSameFallBack(text, "both parts", joined: false)
    }

    @Test("a truncated file or a trailing comma in the second part: both fall back")
    func truncated() throws {
        let full = Self.graph.text()
        let cut = String(full.prefix(full.utf8.count * 3 / 4))
        try Self.expectSameFallBack(cut, "truncated")
        try Self.expectSameFallBack(full.replacingOccurrences(of: "\n]}", with: "\n,]}"), "trailing comma")
    }

    /// The offset of the first `pattern` at or after `from` in `bytes`.
    static func offset(of pattern: String, in bytes: [UInt8], from: Int = 0) -> Int? {
        let pattern = Array(pattern.utf8)
        guard bytes.count >= pattern.count else { return nil }
        return (from...(bytes.count - pattern.count)).first { bytes[$0..<($0 + pattern.count)].elementsEqual(pattern) }
    }

    @Test("split points that do not start an element: inside a string or a record, before the comma, past the array")
    func wrongSplitPoints() throws {
        let bytes = Array(Self.graph.text().utf8)
        let expected = try #require(Self.sequential(bytes))
        let edge50 = Self.edgeOffsets(expected)[50]
        let inString = try #require(Self.offset(of: "a },{ b", in: bytes, from: edge50)) + 4  // a `{` in a quote
        let inRecord = try #require(Self.offset(of: #"[{"document""#, in: bytes, from: edge50)) + 1  // a citation's `{`
        let cases: [(Int, FastGraphDecoder.SplitOutcome)] = [
            (inString, .readAlone), (inRecord, .readAlone), (edge50 - 1, .readAlone), (edge50 - 2, .readAlone),
            (edge50, .joined), (bytes.count - 2, .readAlone), (bytes.count - 1, .readAlone),
        ]
        for (offset, outcome) in cases {
            for early in [true, false] {
                let result = Self.decode(bytes, .at(.exactly(offset), startsAtNodes: early))
                // Started at the nodes, the walk finds no element there: no edge is decoded twice.
                let wanted = early && outcome == .readAlone ? .notSplit : outcome
                #expect(result.fragment == expected && result.split == wanted, "split at \(offset): \(result.split), early: \(early)")
            }
        }
    }

    @Test("the automatic split point evens out the two threads' modelled work, for node and edge sections of every proportion")
    func automaticTargetEvensOutTheWork() throws {
        // The loader's, whatever the number of processors here.
        let split = EdgeSplit(point: .middle, minimumBytes: 4 << 20)
        for (nodeBytes, edgeBytes) in [(22_000_000, 113_000_000), (224_000_000, 1_156_000_000), (1_000_000, 8_000_000),
                                        (60_000_000, 70_000_000), (5_000_000, 400_000_000)] {
            let target = try #require(split.target(nodeBytes: nodeBytes, edgeBytes: edgeBytes, edgesFirst: 1_000))
            #expect(!target.exactly)
            let first = target.offset - 1_000  // edge bytes the first thread decodes itself
            // Work in thousandths of a byte of edges decoded on the first thread (EdgeSplit's model).
            let mainWork = EdgeSplit.nodeByteCost * nodeBytes + 1_000 * first + EdgeSplit.joinByteCost * (edgeBytes - first)
            let secondWork = EdgeSplit.walkByteCost * (nodeBytes + first) + EdgeSplit.secondEdgeByteCost * (edgeBytes - first)
            #expect(first > 0 && first < edgeBytes)
            #expect(abs(mainWork - secondWork) <= 2 * (1_000 + EdgeSplit.secondEdgeByteCost), "\(nodeBytes), \(edgeBytes)")
        }
        // A node section so large that the first thread's nodes outweigh all the edges: the second takes them all.
        #expect(split.target(nodeBytes: 900_000_000, edgeBytes: 10_000_000, edgesFirst: 5)?.offset == 6)
        #expect(split.target(nodeBytes: 1_000, edgeBytes: 1_000, edgesFirst: 5) == nil)  // too small to split
    }
}
