@testable import CaseGraph
import Foundation
import Synchronization
import Testing

/// The split decode's threads: cancellation is seen by both, a file's pages are freed by
/// both without one freeing what the other reads, and large files split on their own.
@Suite("Split decode: cancellation and freed pages")
struct SplitDecodeSafetyTests {
    /// 27,000 edges (about 4.6 MB): the loader splits them, and each thread polls its cancellation.
    static let large = Array(SplitGraphText(layout: .leadingComma, nodeCount: 500, edgeCount: 27_000).text().utf8)

    /// The threads that polled a cancellation, and whether it fired.
    final class Polls: Sendable {
        private let threads = Mutex<Set<UInt>>([])
        private let home = UInt(bitPattern: Int(pthread_self()))
        /// Fires when polled from a thread other than the one that made this.
        let firesElsewhere: Bool

        init(firesElsewhere: Bool) { self.firesElsewhere = firesElsewhere }

        var count: Int { threads.withLock { $0.count } }

        func poll() -> Bool {
            let thread = UInt(bitPattern: Int(pthread_self()))
            threads.withLock { _ = $0.insert(thread) }
            return firesElsewhere && thread != home
        }
    }

    @Test("a file of a few MB splits on its own, and both threads poll the cancellation")
    func bothThreadsPoll() throws {
        let polls = Polls(firesElsewhere: false)
        let result = try FastGraphDecoder.decodeReporting(Self.large, file: "f.json", cancellation: Cancellation { polls.poll() },
                                                          splitting: .automatic)
        #expect(result.split == .joined)
        #expect(result.fragment == SplitDecodeTests.sequential(Self.large) && result.fragment != nil)
        #expect(polls.count == 2)
    }

    @Test("a cancellation only the second thread sees stops the decode")
    func secondThreadCancels() {
        let polls = Polls(firesElsewhere: true)
        #expect(throws: LoadCancelled.self) {
            try FastGraphDecoder.decodeReporting(Self.large, file: "f.json", cancellation: Cancellation { polls.poll() },
                                                 splitting: .automatic)
        }
        // On one thread the same cancellation never fires.
        let alone = Polls(firesElsewhere: true)
        #expect(throws: Never.self) {
            _ = try FastGraphDecoder.decodeReporting(Self.large, file: "f.json", cancellation: Cancellation { alone.poll() },
                                                     splitting: .never)
        }
    }

    @Test("a cancelled load stops both threads")
    func cancelledLoad() {
        let error = #expect(throws: GraphLoadError.self) {
            try GraphLoader.load(sources: [GraphSource(file: "f.json", bytes: Self.large)], cancellation: Cancellation { true })
        }
        #expect(error?.isCancelled == true)
    }

    static func temporaryFile(_ bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("cg-split-\(UUID().uuidString).json").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test("from a file, freeing pages every 64 KB, at the middle, at a seam in a string, at an edge: the same fragment",
          arguments: ["middle", "in a string", "at an edge", "pulled in"], [true, false])
    func freesPagesOnBothSides(_ where: String, startsAtNodes early: Bool) throws {
        let expected = try #require(SplitDecodeTests.sequential(Self.large))
        let starts = SplitDecodeTests.edgeOffsets(expected)
        let splitting: EdgeSplit
        switch `where` {
        case "middle": splitting = .at(.middle, startsAtNodes: early)
        case "in a string":
            let seam = try #require(SplitDecodeTests.offset(of: "a },{ b", in: Self.large, from: starts[starts.count / 2]))
            splitting = .at(.exactly(seam + 4), startsAtNodes: early)
        case "pulled in": splitting = .at(.exactly(starts[starts.count / 5]), startsAtNodes: early, pullIn: .always)
        default: splitting = .at(.exactly(starts[starts.count / 3]), startsAtNodes: early)
        }
        let path = try Self.temporaryFile(Self.large)
        defer { try? FileManager.default.removeItem(atPath: path) }
        for maps in [false, true] {
            let file = try #require(FileBytes(path: path, mapsLargeFiles: maps))
            let fragment = try FastGraphDecoder.decode(file, file: "f.json", cancellation: .never, splitting: splitting, releaseStep: 1 << 16)
            #expect(fragment == expected, "mapped: \(maps)")
            // Pages were freed in both halves: read ones read as zeros where the text has none
            // (mapped ones would be read from the file again).
            guard !maps else { continue }
            let quarter = starts[starts.count / 4], threeQuarters = starts[starts.count * 3 / 4]
            #expect(file.bytes[quarter..<(quarter + 8192)].contains(0))
            #expect(file.bytes[threeQuarters..<(threeQuarters + 8192)].contains(0))
        }
    }

    @Test("a file through the loader, split: the same graph as one thread's")
    func throughTheLoader() throws {
        #expect(Self.large.count > 4_300_000)
        let path = try Self.temporaryFile(Self.large)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let fromFile = try GraphLoader.load(paths: [path])
        let bytes = try GraphLoader.readFile(path)
        let fragment = try #require(SplitDecodeTests.sequential(bytes))
        #expect(fromFile.graph.edges.count == fragment.edges.count && fromFile.graph.nodes.count == fragment.nodes.count)
    }
}
