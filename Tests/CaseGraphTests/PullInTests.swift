@testable import CaseGraph
import Foundation
import Testing

/// The split decode's third part (`PartBoundary`, `FastGraphDecoder+ThirdPart.swift`): the
/// first thread, done with its part first, pulls the second's end in and reads the rest
/// itself. Whatever the split point and the file, the fragment (records, order, values,
/// places) or the fall-back is one thread's.
@Suite("Split decode: the first thread takes the far half of the second's part")
struct PullInTests {
    static func decode(_ bytes: [UInt8], at offset: Int, early: Bool, pullIn: EdgeSplit.PullIn = .always)
        -> (fragment: GraphFragment?, split: FastGraphDecoder.SplitOutcome, thirdPart: Bool) {
        SplitDecodeTests.decode(bytes, .at(.exactly(offset), startsAtNodes: early, pullIn: pullIn))
    }

    @Test("every layout, split at each edge, the second thread held until the first arrives: a third part, the same fragment",
          arguments: SplitGraphText.Layout.allCases)
    func everyLayout(_ layout: SplitGraphText.Layout) throws {
        let bytes = Array(SplitGraphText(layout: layout, nodeCount: 12, edgeCount: 60).text().utf8)
        let expected = try #require(SplitDecodeTests.sequential(bytes))
        let starts = SplitDecodeTests.edgeOffsets(expected)
        for (index, offset) in starts.enumerated().dropFirst() {
            for early in [true, false] {
                let (fragment, split, third) = Self.decode(bytes, at: offset, early: early)
                #expect(fragment == expected, "\(layout): split at edge \(index), started at the nodes: \(early)")
                #expect(split == .joined)
                // Pulled in about halfway through what is left: an element there when a few are.
                if index < starts.count - 3 { #expect(third, "\(layout): split at edge \(index): no third part") }
                if fragment != expected { return }
            }
        }
    }

    @Test("random graphs (shuffled keys, escapes, Unicode, CR LF), split at every few bytes, held or racing: the same as one thread")
    func randomGraphs() {
        var generator = RandomGraphText(seed: 0x7412_11)
        var thirds = 0
        for round in 0..<12 {
            let bytes = Array(generator.document().utf8)
            let expected = SplitDecodeTests.sequential(bytes)
            for offset in stride(from: round % 5, to: bytes.count, by: 5) {
                let pullIn: EdgeSplit.PullIn = offset % 3 == 0 ? .whenLeft(minimumBytes: 0) : .always
                let (fragment, _, third) = Self.decode(bytes, at: offset, early: offset % 2 == 0, pullIn: pullIn)
                #expect(fragment == expected, "round \(round), split at \(offset), \(pullIn)")
                if third { thirds += 1 }
                if fragment != expected { return }
            }
        }
        #expect(thirds > 8)
    }

    @Test("random mutations, split at random bytes, a third part pulled in: the same fragment or the same fall-back")
    func randomMutations() {
        var generator = RandomGraphText(seed: 0x7412_12)
        for round in 0..<60 {
            let bytes = SplitDecodeTests.mutatedDocument(&generator)
            let expected = SplitDecodeTests.sequential(bytes)
            for _ in 0..<30 {
                let offset = generator.int(below: bytes.count + 1)
                #expect(Self.decode(bytes, at: offset, early: generator.int(below: 2) == 0).fragment == expected,
                        "round \(round), split at \(offset)")
            }
        }
    }

    @Test("a problem only in the third part, or only in the second: both fall back", arguments: [95, 60])
    func problemInOnePart(_ broken: Int) throws {
        let text = SplitDecodeTests.graph.text { index, edge in
            index == broken ? edge.replacingOccurrences(of: "\"type\"", with: "\"type\": 1, \"type\"") : edge
        }
        let bytes = Array(text.utf8)
        #expect(SplitDecodeTests.sequential(bytes) == nil, "one thread accepts it")
        let split = try #require(SplitDecodeTests.offset(of: #"{"id": "e50""#, in: bytes))
        for early in [true, false] {
            #expect(Self.decode(bytes, at: split, early: early).fragment == nil, "a duplicate key in edge \(broken)")
        }
    }

    @Test("an edge id twice: in the first and the third part, in the second and the third, in the third alone: both fall back",
          arguments: [(10, 90), (60, 95), (80, 97)])
    func duplicateEdgeIDs(_ pair: (Int, Int)) throws {
        let text = SplitDecodeTests.graph.text { index, edge in
            index == pair.0 || index == pair.1 ? edge.replacingOccurrences(of: "\"e\(index)\"", with: "\"twice\"") : edge
        }
        let bytes = Array(text.utf8)
        #expect(SplitDecodeTests.sequential(bytes) == nil, "one thread accepts it")
        let split = try #require(SplitDecodeTests.offset(of: #"{"id": "e50""#, in: bytes))
        for early in [true, false] {
            let result = Self.decode(bytes, at: split, early: early)
            #expect(result.fragment == nil && result.thirdPart, "edges \(pair), started at the nodes: \(early)")
        }
    }

    @Test("a large file, split where the loader splits it, its pages freed: the same fragment, pulled in or not")
    func largeFile() throws {
        let bytes = SplitDecodeSafetyTests.large
        let expected = try #require(SplitDecodeTests.sequential(bytes))
        let starts = SplitDecodeTests.edgeOffsets(expected)
        let path = try SplitDecodeSafetyTests.temporaryFile(bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        for (pullIn, offset) in [(EdgeSplit.PullIn.always, starts[starts.count / 10]), (.whenLeft(minimumBytes: 1 << 16), starts[1])] {
            for maps in [false, true] {
                let file = try #require(FileBytes(path: path, mapsLargeFiles: maps))
                let fragment = try FastGraphDecoder.decode(file, file: "f.json", cancellation: .never,
                                                           splitting: .at(.exactly(offset), pullIn: pullIn), releaseStep: 1 << 16)
                #expect(fragment == expected, "\(pullIn), mapped: \(maps)")
                // The third part freed its pages once the second thread was done with the bytes.
                if !maps, pullIn == .always {
                    let late = starts[starts.count * 7 / 8]
                    #expect(file.bytes[late..<(late + 8192)].contains(0))
                }
            }
        }
    }

    @Test("a boundary: the second thread claims as it goes, stops where it was pulled in, reads on past a point it never meets")
    func boundary() {
        let boundary = PartBoundary()
        boundary.begin(at: 101)
        var claim = PartBoundary.Claim()
        let owned1 = claim.owns(element: 101, of: boundary)
        #expect(owned1)
        let owned2 = claim.owns(element: 101 + PartBoundary.claimStep - 1, of: boundary)
        #expect(owned2)
        // Pulled in: an array of elements every 10 bytes, past the claimed end.
        let bytes = Array(("[" + String(repeating: "123456789,", count: 300_000) + "1]").utf8)
        let element = bytes.withUnsafeBufferPointer { buffer in
            boundary.pullIn(in: buffer, walkCost: 0, minimumBytes: 0)
        }
        #expect(element != nil)
        let pulled = element ?? 0
        #expect(pulled >= 101 + PartBoundary.claimStep && pulled % 10 == 1)
        let owned3 = claim.owns(element: pulled - 10, of: boundary)
        #expect(owned3)
        let owned4 = claim.owns(element: pulled, of: boundary)
        #expect(!owned4)
        // Frozen: nothing more is pulled in; an element past the point is read on.
        #expect(bytes.withUnsafeBufferPointer { boundary.pullIn(in: $0, walkCost: 0, minimumBytes: 0) } == nil)
        var other = PartBoundary.Claim()
        let owned5 = other.owns(element: pulled + 5, of: boundary)
        #expect(owned5)
        // Finished: nothing to pull in.
        let done = PartBoundary()
        done.begin(at: 1)
        done.finish()
        #expect(bytes.withUnsafeBufferPointer { done.pullIn(in: $0, walkCost: 0, minimumBytes: 0) } == nil)
        #expect(bytes.withUnsafeBufferPointer { PartBoundary().pullIn(in: $0, walkCost: 0, minimumBytes: 0) } == nil)
    }
}
