import Foundation
import CaseGraph
import CaseQuery
import Synchronization
import Testing

@Suite("Cancelling a running statement")
struct CancellationTests {
    /// A chain of 20,000 nodes: long enough that a traversal polls its cancellation.
    private static let chain: Graph = {
        let count = 20_000
        let nodes = (0..<count).map { Node(id: "n\($0)", type: "event", name: "Event \($0)") }
        let edges = (1..<count).map { Edge(id: nil, source: $0 - 1, target: $0, type: "led_to") }
        return Graph(nodes: nodes, edges: edges)
    }()

    @Test("a cancelled statement reports 'cancelled' and prints no partial answer; the next one runs")
    func cancelled() {
        var session = Session(graph: Self.chain)
        session.cancellation = Cancellation { true }
        for statement in ["linked n0 depth 100000", "trace n0 to n19999", "path n0 to n19999 all", "find Evnt 123"] {
            let outcome = session.run(statement)
            #expect(outcome.first?.output == nil, "\(statement)")
            #expect(outcome.first?.error?.hasPrefix("error: cancelled") == true, "\(statement)")
        }
        session.cancellation = .never
        #expect(session.run("trace n0 to n19999").first?.output?.contains("19999 hops") == true)
    }

    @Test("the algorithms stop soon after cancellation fires")
    func algorithmsStop() {
        let polls = Atomic<Int>(0)
        let cancellation = Cancellation { polls.add(1, ordering: .relaxed).newValue >= 2 }
        let reached = Self.chain.neighbourhood(of: 0, depth: 100_000, cancellation: cancellation)
        #expect(reached.count < 10_000)
        #expect(Self.chain.neighbourhood(of: 0, depth: 100_000).count == 19_999)
    }

    @Test("formatting a listing of 20,000 rows stops once cancellation fires, in every format", arguments: ["table", "json", "csv"])
    func formattingStops(format: String) {
        var session = Session(graph: Self.chain)
        #expect(session.run("set format \(format)").first?.failed == false)
        // The listing itself polls once (at its end), so the first poll that says "cancelled"
        // is the formatter's, after `Cancellation.interval` rows.
        let polls = Atomic<Int>(0)
        session.cancellation = Cancellation { polls.add(1, ordering: .relaxed).newValue >= 2 }
        let outcome = session.run("nodes limit 0")
        #expect(outcome.first?.output == nil)
        #expect(outcome.first?.error?.hasPrefix("error: cancelled") == true)
        // One poll by the listing, one by the session after formatting: any more are the formatter's,
        // which must have polled and stopped rather than go on through 20,000 rows.
        let count = polls.load(ordering: .relaxed)
        #expect(count >= 3 && count < 10, "\(count) polls")
        session.cancellation = .never
        #expect(session.run("nodes limit 0").first?.output?.contains("n19999") == true)
    }

    @Test("a cancelled `load` says so and keeps the graph loaded before")
    func cancelledLoad() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cg-cancel-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("other.json").path
        let other = #"{"directed": true, "multigraph": true, "graph": {"documents": [{"id": "d", "title": "T"}]}, "nodes": [{"id": "x", "type": "person", "name": "X", "sources": [{"document": "d", "quote": "q"}]}], "edges": []}"#
        try other.write(toFile: file, atomically: true, encoding: .utf8)
        var session = Session(graph: Self.chain)
        session.cancellation = Cancellation { true }
        let outcome = session.run("load \"\(file)\"")
        #expect(outcome.first?.error?.hasPrefix("error: cancelled") == true, "\(outcome)")
        #expect(outcome.first?.error?.contains("the graph loaded before is unchanged") == true)
        session.cancellation = .never
        #expect(session.run("stats").first?.output?.contains("20000 nodes") == true)
        #expect(session.run("load \"\(file)\"").first?.output?.contains("1 node") == true)
    }

    @Test("an export stops once cancellation fires and writes no file")
    func exportStops() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cg-export-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("chain.dot").path
        var session = Session(graph: Self.chain)
        // The listing polls once, at its end, and says no; then the DOT writer's polls say yes.
        let polls = Atomic<Int>(0)
        session.cancellation = Cancellation { polls.add(1, ordering: .relaxed).newValue >= 2 }
        let outcome = session.run("export dot nodes limit 0 to \"\(file)\"")
        #expect(outcome.first?.error?.hasPrefix("error: cancelled") == true, "\(outcome)")
        #expect(outcome.first?.error?.contains("the export was interrupted; \(file) was not written") == true, "\(outcome)")
        #expect(!FileManager.default.fileExists(atPath: file))
        // Listing 1, exporter's check 1: the rest are the writer's, which polled and stopped.
        let count = polls.load(ordering: .relaxed)
        #expect(count >= 3 && count < 10, "\(count) polls")
        session.cancellation = .never
        #expect(session.run("export dot linked n0 depth 3 to \"\(file)\"").first?.output?.hasPrefix("wrote") == true)
    }
}
