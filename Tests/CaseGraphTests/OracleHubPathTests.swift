import CaseGraph
import Testing

/// Shortest paths on random graphs with hubs (nodes of high degree, where the path listing
/// looks a node up in its few next nodes' runs instead of scanning its own), checked against
/// an enumeration over plain BFS distances from both ends.
@Suite("Oracle: shortest paths through hubs")
struct OracleHubPathTests {
    struct Model {
        let ids: [String]
        let edges: [(source: Int, target: Int, type: String)]
        let graph: Graph

        init(seed: UInt64) {
            var random = SeededGenerator(seed: seed)
            let count = 40
            ids = (0..<count).map { "n\($0 * 7 % count < 10 ? "0" : "")\($0 * 7 % count)" }
            var edges = [(source: Int, target: Int, type: String)]()
            let types = ["knows", "pays"]
            for hub in 0..<3 {
                for _ in 0..<30 {
                    let other = Int.random(in: 0..<count, using: &random)
                    let type = types[Int.random(in: 0..<2, using: &random)]
                    edges.append(Bool.random(using: &random) ? (hub, other, type) : (other, hub, type))
                }
            }
            for _ in 0..<50 {
                edges.append((Int.random(in: 0..<count, using: &random), Int.random(in: 0..<count, using: &random),
                              types[Int.random(in: 0..<2, using: &random)]))
            }
            self.edges = edges
            graph = Graph(nodes: ids.map { Node(id: $0, type: "person", name: $0) },
                          edges: edges.enumerated().map { Edge(id: "e\($0.offset)", source: $0.element.source,
                                                               target: $0.element.target, type: $0.element.type) })
        }

        /// The edges making a step from `from` to `to` in `direction`, in edge order.
        func steps(_ from: Int, _ to: Int, _ direction: TraversalDirection, _ filter: Set<String>?) -> [Int] {
            edges.indices.filter { index in
                let edge = edges[index]
                guard from != to, filter?.contains(edge.type) ?? true else { return false }
                let forward = edge.source == from && edge.target == to, backward = edge.source == to && edge.target == from
                switch direction {
                case .outgoing: return forward
                case .incoming: return backward
                case .both: return forward || backward
                }
            }
        }

        /// `matrix[from][to]`: the edges making that step.
        func stepMatrix(_ direction: TraversalDirection, _ filter: Set<String>?) -> [[[Int]]] {
            ids.indices.map { from in ids.indices.map { to in steps(from, to, direction, filter) } }
        }

        func distances(from start: Int, _ matrix: [[[Int]]]) -> [Int?] {
            var distance = [Int?](repeating: nil, count: ids.count)
            distance[start] = 0
            var frontier = [start]
            while !frontier.isEmpty {
                var next = [Int]()
                for node in frontier {
                    for other in ids.indices where distance[other] == nil && !matrix[node][other].isEmpty {
                        distance[other] = distance[node]! + 1
                        next.append(other)
                    }
                }
                frontier = next
            }
            return distance
        }

        /// Every shortest path, as (nodes, hop edges), in the lexicographic order of node ids.
        func shortestPaths(_ start: Int, _ goal: Int, forward: [[[Int]]], backward: [[[Int]]]) -> [[[Int]]] {
            let fromStart = distances(from: start, forward), toGoal = distances(from: goal, backward)
            guard let length = fromStart[goal] else { return [] }
            var found = [[[Int]]]()
            let order = ids.indices.sorted { ids[$0].utf8.lexicographicallyPrecedes(ids[$1].utf8) }
            func extend(_ path: [Int], _ hops: [[Int]]) {
                guard found.count <= 3000 else { return }
                let last = path[path.count - 1]
                if last == goal { found.append([path] + hops); return }
                for next in order where fromStart[next] == path.count && toGoal[next] == length - path.count {
                    let edges = forward[last][next]
                    if !edges.isEmpty { extend(path + [next], hops + [edges]) }
                }
            }
            extend([start], [])
            return found
        }
    }

    @Test("all shortest paths equal the enumeration, every direction and filter", arguments: Array(UInt64(1)...8))
    func hubs(seed: UInt64) {
        let model = Model(seed: seed)
        for direction in [TraversalDirection.both, .outgoing, .incoming] {
            for filter in [nil, ["knows"]] as [Set<String>?] {
                let forward = model.stepMatrix(direction, filter), backward = model.stepMatrix(direction.reversed, filter)
                var random = SeededGenerator(seed: seed &* 31)
                for _ in 0..<25 {
                    let start = Int.random(in: 0..<model.ids.count, using: &random)
                    let goal = Int.random(in: 0..<model.ids.count, using: &random)
                    let expected = model.shortestPaths(start, goal, forward: forward, backward: backward)
                    guard expected.count <= 3000 else { continue }
                    let found = model.graph.shortestPaths(from: start, to: goal, direction: direction, edgeTypes: filter, limit: 5000)
                    let got = found.paths.map { [$0.nodes] + $0.hops.map(\.edges) }
                    #expect(got == expected, "seed \(seed): \(model.ids[start]) to \(model.ids[goal]), \(direction), \(filter ?? [])")
                    let first = model.graph.shortestPaths(from: start, to: goal, direction: direction, edgeTypes: filter)
                    #expect(first.paths.map { [$0.nodes] + $0.hops.map(\.edges) } == Array(expected.prefix(1)))
                }
            }
        }
    }
}
