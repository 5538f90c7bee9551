import CaseGraph
import CaseQuery
import Synchronization
import Testing

@Suite("Output handed on in chunks")
struct OutputSinkTests {
    /// 12,000 nodes with accented names in a ring of quoted edges: listings of several
    /// megabytes in every format, so that a sink gets several chunks.
    private static let ring: Graph = {
        let count = 12_000
        let nodes = (0..<count).map { Node(id: "n\($0)", type: "person", name: "Zoë Nguyễn \($0) 台北") }
        let edges = (0..<count).map { index in
            Edge(id: "e\(index)", source: index, target: (index + 1) % count, type: "knows",
                 properties: [Property(key: "date", value: .string("2016-02-0\(index % 9 + 1)"), origin: "ring.json")],
                 sources: [SourceCitation(document: "doc", quote: "Zoë Nguyễn \(index) knows the next one — \u{1B}[31m \"quoted\".")])
        }
        return Graph(nodes: nodes, edges: edges)
    }()

    /// Collects the chunks a session hands on.
    private final class Chunks: Sendable {
        let all = Mutex<[[UInt8]]>([])
        var sink: OutputSink { OutputSink { chunk in self.all.withLock { $0.append(Array(chunk)) } } }
    }

    @Test("chunks and the rest make the whole output, in every format", arguments: ["table", "json", "csv", "dot"])
    func chunksMakeTheWhole(format: String) throws {
        let statements = ["edges limit 0", "nodes limit 0", "linked n0 depth 3 limit 0", "export dot nodes limit 0", "find Nguyen 11"]
        for statement in statements {
            var whole = Session(graph: Self.ring)
            _ = whole.run("set format \(format)")
            let expected = try #require(whole.run(statement).first?.output, "\(statement)")

            var streamed = Session(graph: Self.ring)
            _ = streamed.run("set format \(format)")
            let chunks = Chunks()
            streamed.sink = chunks.sink
            let rest = try #require(streamed.run(statement).first?.output, "\(statement)")
            let handed = chunks.all.withLock { $0 }
            #expect(Array(handed.joined()) + Array(rest.utf8) == Array(expected.utf8), "\(format): \(statement)")
            #expect(!rest.isEmpty, "\(format): \(statement)")
            for chunk in handed {
                // Whole rows only: every chunk is valid UTF-8 on its own and at least a chunk long.
                #expect(String(validating: chunk, as: UTF8.self) != nil)
                #expect(chunk.count >= OutputSink.chunkSize)
            }
            // A chunk is handed on at the first row boundary after a chunk's worth of bytes.
            #expect(handed.count >= expected.utf8.count / OutputSink.chunkSize - 1, "\(format): \(statement)")
            if statement == "edges limit 0" && (format == "json" || format == "dot") {
                #expect(handed.count >= 2, "\(format): \(statement) gave \(handed.count) chunks")
            }
        }
    }

    @Test("messages, cards and results smaller than a chunk are never handed on: the outcome holds them whole")
    func smallOutputsStayWhole() {
        var session = Session(graph: Self.ring)
        let chunks = Chunks()
        session.sink = chunks.sink
        #expect(session.run("linked n0 depth 2").first?.output?.contains("linked to") == true)
        #expect(session.run("stats").first?.output?.contains("12000 nodes") == true)
        #expect(session.run("show n5").first?.output?.contains("n6") == true)
        #expect(session.run("edges limit 300").first?.output?.contains("note: showing 300 of 12000 edges") == true)
        #expect(session.run("set format json").first?.output?.contains("output format: json") == true)
        #expect(chunks.all.withLock { $0.isEmpty })
    }

    @Test("a table of many chunks, as a batch shows it: heading, aligned rows, notes after the last row")
    func tableChunks() throws {
        var session = Session(graph: Self.ring)
        let chunks = Chunks()
        session.sink = chunks.sink
        let statement = "edges limit 11999"
        let rest = try #require(session.run(statement).first?.output)
        let text = String(decoding: chunks.all.withLock { Array($0.joined()) } + Array(rest.utf8), as: UTF8.self)
        var whole = Session(graph: Self.ring)
        #expect(whole.run(statement).first?.output == text)
        #expect(chunks.all.withLock { $0.count } >= 1)
        let lines = text.split(separator: "\n")
        #expect(lines.first == "all edges: 12000 edges" && lines.last?.hasPrefix("note: showing 11999 of 12000 edges") == true)
        #expect(lines.count == 11_999 + 4)
    }
}
