import CaseGraph
import Synchronization
import Testing

/// Many shortest-path queries on one graph, which reuse its scratch buffers and working
/// arrays, with cancelled searches and listings and other traversals in between: every
/// answer must equal the one a graph that never answered anything gives.
@Suite("Oracle: shortest paths on a graph reused across many queries")
struct OraclePathReuseTests {
    /// Two grids (one 70×70, one 75×75, not connected), each edge in a random direction with
    /// a random type: big enough that a search or a listing is polled for cancellation.
    struct Model {
        let nodes: [Node]
        let edges: [Edge]
        let grids: [(offset: Int, side: Int)] = [(0, 70), (4900, 75)]

        init(seed: UInt64) {
            var random = SeededGenerator(seed: seed)
            var nodes = [Node](), edges = [Edge]()
            for (offset, side) in [(0, 70), (4900, 75)] {
                for index in 0..<side * side {
                    nodes.append(Node(id: "n\(offset + index)", type: "place", name: "n\(offset + index)"))
                }
                for row in 0..<side {
                    for column in 0..<side {
                        let here = offset + row * side + column
                        for there in [column + 1 < side ? here + 1 : nil, row + 1 < side ? here + side : nil].compactMap({ $0 }) {
                            let forward = Bool.random(using: &random)
                            edges.append(Edge(id: "e\(edges.count)", source: forward ? here : there, target: forward ? there : here,
                                              type: Bool.random(using: &random) ? "road" : "rail"))
                        }
                    }
                }
            }
            self.nodes = nodes
            self.edges = edges
        }

        /// A graph that has answered nothing yet.
        func freshGraph() -> Graph { Graph(nodes: nodes, edges: edges) }
    }

    /// Fires at the `limit`-th poll.
    final class Polls: Sendable {
        let count = Atomic<Int>(0)
        let limit: Int
        init(firingAt limit: Int) { self.limit = limit }
        var cancellation: Cancellation { Cancellation { [self] in count.add(1, ordering: .relaxed).newValue >= limit } }
    }

    @Test("answers after cancelled searches, cancelled listings and other traversals equal a fresh graph's",
          arguments: [1, 2, 3] as [UInt64])
    func reuse(seed: UInt64) {
        let model = Model(seed: seed)
        let graph = model.freshGraph()
        var random = SeededGenerator(seed: seed &* 977)
        let directions: [TraversalDirection] = [.both, .outgoing, .incoming]
        for round in 0..<24 {
            // Something that leaves the scratch dirty: a listing cancelled among very many
            // shortest paths, a search cancelled while expanding a whole grid, or a neighbourhood.
            let polls = Polls(firingAt: round % 3 == 0 ? Int.random(in: 1...3, using: &random) : 1)
            switch round % 3 {
            case 0:
                let answer = graph.shortestPaths(from: 0, to: 4899, limit: .max, cancellation: polls.cancellation)
                // Cancelled in the search (nothing found) or in the listing (a partial list).
                #expect(answer.truncated || answer.paths.isEmpty)
            case 1:
                let answer = graph.shortestPaths(from: 4900, to: 7, cancellation: polls.cancellation)
                #expect(answer.paths.isEmpty)
            default:
                _ = graph.neighbourhood(of: Int.random(in: 0..<model.nodes.count, using: &random), depth: 4)
            }
            #expect(polls.count.load(ordering: .relaxed) > 0 || round % 3 == 2, "round \(round) was never polled")
            // Then a few ordinary questions, each checked against a graph used for nothing else.
            for _ in 0..<2 {
                let grid = model.grids[Int.random(in: 0..<2, using: &random)]
                let start = grid.offset + Int.random(in: 0..<grid.side * grid.side, using: &random)
                let goal = Bool.random(using: &random) ? grid.offset + Int.random(in: 0..<grid.side * grid.side, using: &random)
                                                      : Int.random(in: 0..<model.nodes.count, using: &random)
                let direction = directions[Int.random(in: 0..<3, using: &random)]
                let filter: Set<String>? = Bool.random(using: &random) ? nil : ["road"]
                let limit = Int.random(in: 1...3, using: &random)
                let found = graph.shortestPaths(from: start, to: goal, direction: direction, edgeTypes: filter, limit: limit)
                let expected = model.freshGraph().shortestPaths(from: start, to: goal, direction: direction,
                                                                edgeTypes: filter, limit: limit)
                #expect(found == expected, "seed \(seed), round \(round): n\(start) to n\(goal), \(direction), \(filter ?? []), limit \(limit)")
            }
        }
    }
}
