import CaseGraph
import Dispatch
import Synchronization
import Testing

/// Traversals on one shared graph from many threads at once: each takes its own scratch
/// buffers from the graph's pool (or makes one when all are taken), so every answer equals the
/// one the same query gives alone.
@Suite("Concurrent traversals share a graph's scratch pool safely")
struct ConcurrentTraversalTests {
    /// A graph of a few hundred nodes in a ring with chords, so neighbourhoods and paths overlap.
    static func ringGraph(nodes count: Int) -> Graph {
        let nodes = (0..<count).map { Node(id: "n\($0)", type: "person", name: "Person \($0)") }
        var edges = [Edge]()
        for index in 0..<count {
            edges.append(Edge(id: nil, source: index, target: (index + 1) % count, type: "knows"))
            if index % 7 == 0 { edges.append(Edge(id: nil, source: index, target: (index * 13 + 5) % count, type: "pays")) }
        }
        return Graph(name: "ring", description: nil, documents: [], nodes: nodes, edges: edges)
    }

    @Test("reach, counts and shortest paths from 8 threads equal the answers computed one at a time")
    func sameAnswers() {
        let graph = Self.ringGraph(nodes: 300)
        let queries = (0..<400).map { ($0 % 300, ($0 * 37 + 11) % 300, 1 + $0 % 4) }
        @Sendable func answer(_ query: (Int, Int, Int)) -> [Int] {
            let reach = graph.reach(from: query.0, depth: query.2)
            let count = graph.reachableCount(from: query.0, depth: query.2, direction: .outgoing)
            let path = graph.shortestPaths(from: query.0, to: query.1).paths.first?.length ?? -1
            return [reach.count, reach.maximumDistance, count, path] + reach.nodes.map(Int.init).sorted()
        }
        let expected = queries.map(answer)
        let results = Mutex([[Int]?](repeating: nil, count: queries.count))
        DispatchQueue.concurrentPerform(iterations: 8) { worker in
            for index in stride(from: worker, to: queries.count, by: 8) {
                let result = answer(queries[index])
                results.withLock { $0[index] = result }
            }
        }
        let found = results.withLock { $0 }
        for index in queries.indices {
            #expect(found[index] == expected[index], "query \(index): \(queries[index])")
        }
    }
}
