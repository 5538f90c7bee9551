@testable import CaseGraph
import Testing

/// Files decoded side by side, one a thread: the same fragments, in file order, as one at a
/// time; left to the one-at-a-time path when a file holds half of the bytes; a file the fast
/// path doubts still gets the slow path's diagnostics.
@Suite("Decoding the files of a graph side by side")
struct SideBySideDecodingTests {
    typealias T = TestGraphs

    /// `count` files of `count` to 1 nodes each (sizes differ, so the largest-first order is
    /// not the file order), each with edges to the previous file's nodes.
    static func files(_ count: Int) -> [GraphSource] {
        (0..<count).map { file in
            let nodes = (0...(count - file)).map { T.node("f\(file)-n\($0)") }.joined(separator: ",\n")
            let edges = file == 0 ? "" : (0...(count - file)).map { T.edge("f\(file)-n\($0)", "knows", "f\(file - 1)-n\($0)") }
                .joined(separator: ",\n")
            return GraphSource(file: "part-\(file).json", bytes: Array(T.file(nodes: nodes, edges: edges).utf8))
        }
    }

    @Test("the fragments of 2 and 3 threads are those of one file at a time, in file order", arguments: [2, 3])
    func sameFragments(workers: Int) throws {
        let sources = Self.files(9)
        let fragments = try #require(try SideBySideDecoding.decode(sources.map(GraphLoader.Input.bytes), cancellation: .never,
                                                                   workers: workers))
        #expect(fragments.count == sources.count)
        for (source, fragment) in zip(sources, fragments) {
            let alone = FastGraphDecoder.decode(source.bytes, file: source.file)
            #expect(fragment != nil)
            #expect(fragment == alone, "\(source.file)")
        }
    }

    @Test("one file, one thread, or a file with half of the bytes: one at a time")
    func notSideBySide() throws {
        let sources = Self.files(4)
        let inputs = sources.map(GraphLoader.Input.bytes)
        #expect(try SideBySideDecoding.decode(Array(inputs.prefix(1)), cancellation: .never, workers: 2) == nil)
        #expect(try SideBySideDecoding.decode(inputs, cancellation: .never, workers: 1) == nil)
        let large = GraphSource(file: "large.json", bytes: Array(T.file(nodes: (0..<400).map { T.node("l\($0)") }.joined(separator: ",\n")).utf8))
        #expect(try SideBySideDecoding.decode(inputs + [.bytes(large)], cancellation: .never, workers: 2) == nil)
        #expect(try SideBySideDecoding.decode(inputs, cancellation: .never, workers: 2) != nil)
    }

    @Test("a cancelled load stops")
    func cancelled() {
        #expect(throws: LoadCancelled.self) {
            try SideBySideDecoding.decode(Self.files(6).map(GraphLoader.Input.bytes), cancellation: Cancellation { true }, workers: 2)
        }
    }

    @Test("a file the fast path doubts, among many: the slow path's error names its file and line")
    func doubtedFile() {
        var sources = Self.files(8)
        let broken = T.file(nodes: T.node("x") + ",\n" + #"    {"id": "y", "type": "person", "name": 7}"#)
        sources.insert(GraphSource(file: "broken.json", bytes: Array(broken.utf8)), at: 5)
        do {
            _ = try GraphLoader.load(sources: sources)
            Issue.record("a graph with a broken file loaded")
        } catch {
            #expect(error.diagnostics.map(\.file) == ["broken.json"])
            #expect(error.diagnostics.first?.line == 6)
            #expect(error.diagnostics.first?.path == "nodes[1].name")
            #expect(error.diagnostics.first?.message == "expected a string, found number")
        }
    }

    @Test("the graph of many files is the graph of the same files loaded one at a time")
    func sameGraph() throws {
        let sources = Self.files(12)
        let graph = try GraphLoader.load(sources: sources).graph
        var merger = GraphMerger()
        for source in sources { try merger.add(try #require(FastGraphDecoder.decode(source.bytes, file: source.file)), idsAreDistinct: true) }
        let (alone, diagnostics) = try merger.build(readDocument: { _, _ in nil })
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty)
        #expect(graph.nodes == alone?.nodes)
        #expect(graph.edges == alone?.edges)
    }
}
