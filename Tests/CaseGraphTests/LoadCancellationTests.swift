import CaseGraph
import Synchronization
import Testing

@Suite("Cancelling a load")
struct LoadCancellationTests {
    /// A generated graph of 20,000 nodes and 40,000 edges, each citing a line of one document.
    private static let file: [UInt8] = {
        let count = 20_000
        var nodes = [String](), edges = [String]()
        for index in 0..<count {
            nodes.append(#"{"id": "n\#(index)", "type": "person", "name": "Person \#(index)", "sources": [{"document": "doc", "quote": "Fact \#(index)."}]}"#)
            for step in [1, 7] {
                edges.append(#"{"source": "n\#(index)", "target": "n\#((index + step) % count)", "type": "knows", "sources": [{"document": "doc", "quote": "Fact \#(index)."}]}"#)
            }
        }
        let text = """
            {"directed": true, "multigraph": true,
             "graph": {"name": "generated", "documents": [{"id": "doc", "title": "Facts", "path": "doc.txt"}]},
             "nodes": [\(nodes.joined(separator: ",\n"))],
             "edges": [\(edges.joined(separator: ",\n"))]}
            """
        return Array(text.utf8)
    }()

    private static let document = (0..<20_000).map { "Fact \($0)." }.joined(separator: "\n")

    private static func load(_ cancellation: Cancellation) throws(GraphLoadError) -> LoadedGraph {
        try GraphLoader.load(sources: [GraphSource(file: "generated.json", bytes: file)], cancellation: cancellation) { _, _ in
            document
        }
    }

    /// Counts the polls of a cancellation that fires at its `limit`-th poll.
    private final class Polls: Sendable {
        let count = Atomic<Int>(0)
        let limit: Int

        init(firingAt limit: Int) { self.limit = limit }

        var cancellation: Cancellation {
            Cancellation { [self] in count.add(1, ordering: .relaxed).newValue >= limit }
        }
        var polled: Int { count.load(ordering: .relaxed) }
    }

    @Test("a fired cancellation stops the load with a 'cancelled' error, in every phase")
    func cancelledInEveryPhase() throws {
        let counted = Polls(firingAt: .max)
        let loaded = try Self.load(counted.cancellation)
        #expect(loaded.graph.nodes.count == 20_000 && loaded.graph.edges.count == 40_000)
        #expect(loaded.warnings.isEmpty)
        let total = counted.polled
        // Decoding, merging, the quote check and the graph's building each poll every few
        // thousand records: 120,000 records and 60,000 quotes give well over 20 polls.
        #expect(total >= 20)
        for limit in Set([1, 2, total / 4, total / 2, 3 * total / 4, total - 1, total]) where limit >= 1 {
            let polls = Polls(firingAt: limit)
            do {
                _ = try Self.load(polls.cancellation)
                Issue.record("the load went on after the cancellation fired at poll \(limit) of \(total)")
            } catch {
                #expect(error.isCancelled)
                #expect(error.diagnostics.map(\.message) == ["the load was cancelled"])
                #expect(error.diagnostics.first?.severity == .error && error.diagnostics.first?.line == nil)
                #expect(error.description == "the graph was not loaded: the load was cancelled")
                // It stops soon after the poll that fired (the graph, built on another thread
                // while quotes are checked, polls a few more times as its phases end).
                #expect(polls.polled <= limit + 8)
            }
        }
    }

    @Test("a load whose cancellation never fires is not cancelled; a failed load is not 'cancelled'")
    func notCancelled() {
        do {
            _ = try GraphLoader.load(sources: [GraphSource(file: "bad.json", bytes: Array("{".utf8))],
                                     cancellation: Cancellation { false })
            Issue.record("loaded a broken file")
        } catch {
            #expect(!error.isCancelled)
            #expect(error.diagnostics.first?.message.hasPrefix("JSON syntax error") == true)
        }
    }
}
