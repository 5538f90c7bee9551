@testable import CaseGraph
import Testing

/// The adjacency keeps each node's outgoing and incoming steps in one run; these tests pin the
/// orders every reader sees: by neighbour id, then edge index, whatever order the file had.
@Suite("Adjacency: documented neighbour orders")
struct AdjacencyOrderTests {
    /// Nodes created in the order c, a, b (not id order); edges listed out of order, with
    /// parallel edges (0 and 4, 1 and 7) and self-loops (2, 6).
    private func tangle() throws -> Graph {
        try TestGraphs.graph(
            nodes: [("c", "person"), ("a", "person"), ("b", "person")],
            edges: [("c", "knows", "a"), ("b", "pays", "c"), ("a", "knows", "a"), ("c", "knows", "b"),
                    ("c", "pays", "a"), ("a", "led_to", "c"), ("c", "pays", "c"), ("b", "knows", "c")])
    }

    private func ids(_ graph: Graph, _ steps: [Step]) -> [String] {
        steps.map { "\(graph.nodes[$0.neighbour].id)\($0.edge)" }
    }

    @Test("outgoing and incoming edges by neighbour id, then edge index")
    func oneDirection() throws {
        let graph = try tangle()
        graph.checkInvariants()
        let a = try #require(graph.index(ofID: "a")), b = try #require(graph.index(ofID: "b"))
        let c = try #require(graph.index(ofID: "c"))
        #expect(graph.outgoingEdges(of: c) == [0, 4, 3, 6])
        #expect(graph.incomingEdges(of: c) == [5, 1, 7, 6])
        #expect(graph.outgoingEdges(of: a) == [2, 5])
        #expect(graph.incomingEdges(of: a) == [2, 0, 4])
        #expect(graph.outgoingEdges(of: b) == [1, 7])
        #expect(graph.incomingEdges(of: b) == [3])
        #expect(ids(graph, graph.steps(from: c, direction: .outgoing)) == ["a0", "a4", "b3", "c6"])
        #expect(ids(graph, graph.steps(from: c, direction: .incoming)) == ["a5", "b1", "b7", "c6"])
        #expect(ids(graph, graph.steps(from: c, direction: .incoming, edgeTypes: ["pays"])) == ["b1", "c6"])
    }

    @Test("both directions merge the two halves; a self-loop comes once")
    func bothDirections() throws {
        let graph = try tangle()
        let a = try #require(graph.index(ofID: "a")), b = try #require(graph.index(ofID: "b"))
        let c = try #require(graph.index(ofID: "c"))
        #expect(ids(graph, graph.steps(from: c, direction: .both)) == ["a0", "a4", "a5", "b1", "b3", "b7", "c6"])
        #expect(ids(graph, graph.steps(from: a, direction: .both)) == ["a2", "c0", "c4", "c5"])
        #expect(ids(graph, graph.steps(from: b, direction: .both)) == ["c1", "c3", "c7"])
        #expect(graph.edges(between: c, and: a) == [0, 4, 5])
        #expect(graph.edges(between: c, and: c) == [6])
        #expect(graph.edges(between: a, and: a) == [2])
        let reached = graph.neighbourhood(of: c, depth: 1)
        #expect(reached.map(\.node) == [a, b] && reached.map(\.via) == [[0, 4, 5], [1, 3, 7]])
        #expect(graph.reachableCount(from: c, depth: 1) == 2 && graph.reach(from: c, depth: 1, direction: .incoming).count == 2)
        #expect(graph.reach(from: b, depth: 1, direction: .outgoing).nodes == [Int32(c)])
    }

    @Test("every random graph lists its edges out and in by neighbour id, then edge index",
          arguments: OracleSeeds.all)
    func randomGraphs(seed: UInt64) {
        let model = OracleGraph(seed: seed)
        model.graph.checkInvariants()
        for node in model.nodes {
            // Edge indices grow within each neighbour, so the oracle's edges per neighbour in
            // id order give the documented order.
            let byNeighbour = model.nodes.sorted(by: model.idPrecedes)
            let outgoing = byNeighbour.flatMap { model.hopEdges(from: node, to: $0, direction: .outgoing, filter: nil) }
            let incoming = byNeighbour.flatMap { model.hopEdges(from: node, to: $0, direction: .incoming, filter: nil) }
            #expect(model.graph.outgoingEdges(of: node) == outgoing, "\(model) — edges out of \(model.ids[node])")
            #expect(model.graph.incomingEdges(of: node) == incoming, "\(model) — edges into \(model.ids[node])")
        }
    }

    /// Random endpoints, one in `oneIn` at the first `hubs` nodes, and a random id order.
    static func hubbed(
        _ generator: inout SeededGenerator, nodes: Int, edges: Int, hubs: UInt64, oneIn: UInt64
    ) -> (sources: [Int32], targets: [Int32], rank: [Int32], nodeOfRank: [Int32]) {
        let endpoints = (0..<(2 * edges)).map { _ in
            Int32(generator.next() % oneIn == 0 ? generator.next() % hubs : generator.next() % UInt64(nodes))
        }
        var rank = Array(0..<Int32(nodes))
        for index in rank.indices.reversed() { rank.swapAt(index, Int(generator.next() % UInt64(index + 1))) }
        var nodeOfRank = rank
        for (node, position) in rank.enumerated() { nodeOfRank[Int(position)] = Int32(node) }
        return (Array(endpoints[..<edges]), Array(endpoints[edges...]), rank, nodeOfRank)
    }

    @Test("built on two threads, the adjacency is the one built on one, hubs and self-loops included",
          arguments: [UInt64(1), 2, 3])
    func sharedBuild(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let nodes = 2_000 + Int(generator.next() % 3_000), edgeCount = Int(generator.next() % 40_000)
        // A third of the edges at a few hubs, so that one part of the runs holds most slots.
        let (sources, targets, rank, nodeOfRank) = Self.hubbed(&generator, nodes: nodes, edges: edgeCount, hubs: 4, oneIn: 3)
        let alone = Adjacency(nodeCount: nodes, sources: sources, targets: targets, idRank: rank, nodeOfRank: nodeOfRank, parallel: false)
        let shared = Adjacency(nodeCount: nodes, sources: sources, targets: targets, idRank: rank, nodeOfRank: nodeOfRank, parallel: true)
        #expect(shared.bounds == alone.bounds)
        #expect(shared.neighbours == alone.neighbours)
        #expect(shared.edges == alone.edges)
        let none = Adjacency(nodeCount: 3, sources: [], targets: [], idRank: [0, 1, 2], nodeOfRank: [0, 1, 2], parallel: true)
        #expect(none.bounds == [0, 0, 0, 0, 0, 0, 0] && none.neighbours.isEmpty)
    }

    @Test("hubs of thousands of edges (sorted by radix) list them by neighbour id rank, then edge index")
    func hubRuns() {
        var generator = SeededGenerator(seed: 11)
        let nodes = 3_000, edgeCount = 24_000
        // Half of the endpoints at three hubs: runs of about 4,000 slots each side.
        let (sources, targets, rank, nodeOfRank) = Self.hubbed(&generator, nodes: nodes, edges: edgeCount, hubs: 3, oneIn: 2)
        let adjacency = Adjacency(nodeCount: nodes, sources: sources, targets: targets, idRank: rank, nodeOfRank: nodeOfRank,
                                  parallel: false)
        for side in 0..<2 {
            let (own, other) = side == 0 ? (sources, targets) : (targets, sources)
            var expected = [[Int32]](repeating: [], count: nodes)
            for edge in 0..<edgeCount { expected[Int(own[edge])].append(Int32(edge)) }
            for node in 0..<nodes {
                let slots = Int(adjacency.bounds[2 * node + side])..<Int(adjacency.bounds[2 * node + side + 1])
                let order = expected[node].sorted { (rank[Int(other[Int($0)])], $0) < (rank[Int(other[Int($1)])], $1) }
                #expect(Array(adjacency.edges[slots]) == order, "node \(node), side \(side)")
                #expect(Array(adjacency.neighbours[slots]) == order.map { other[Int($0)] }, "node \(node), side \(side)")
            }
        }
        #expect((0..<3).allSatisfy { hub in expected(hub, sources) >= RadixSort.minimumCount })
        func expected(_ node: Int, _ column: [Int32]) -> Int { column.count { $0 == Int32(node) } }
    }
}
