@testable import CaseGraph
import Testing

/// The flat neighbourhood (`reach`, `reachableCount`) and the paged one (`neighbourhood(…,
/// nodeTypes:limit:)`) on random multigraphs, checked against the naive set expansion and
/// Floyd–Warshall (see ``OracleGraph``).
@Suite("Oracle: flat and paged neighbourhoods on random multigraphs")
struct OracleReachTests {
    static let depths = [0, 1, 2, 3, 1_000_000]

    @Test("reach holds exactly the nodes within depth, each once, grouped by Floyd–Warshall distance",
          arguments: OracleSeeds.all)
    func reach(seed: UInt64) {
        let model = OracleGraph(seed: seed)
        for direction in OracleGraph.directions {
            for filter in model.filters {
                let distance = model.floydWarshall(direction: direction, filter: filter)
                for start in model.nodes {
                    for depth in Self.depths {
                        let context = "\(model) — from \(model.ids[start]), \(direction), via \(filter.map { $0.sorted() } ?? []), depth \(depth)"
                        let reach = model.graph.reach(from: start, depth: depth, direction: direction, edgeTypes: filter)
                        var expected = [Int: Int]()
                        for node in model.nodes where node != start {
                            if let hops = distance[start][node], hops <= depth { expected[node] = hops }
                        }
                        var found = [Int: Int]()
                        for hops in 0...(reach.maximumDistance + 1) {
                            for node in reach.nodes(atDistance: hops) {
                                #expect(found[Int(node)] == nil, "\(model.ids[Int(node)]) listed twice: \(context)")
                                found[Int(node)] = hops
                            }
                        }
                        #expect(found == expected, "\(context)")
                        #expect(reach.count == expected.count && reach.nodes.count == expected.count, "\(context)")
                        #expect(reach.maximumDistance == (expected.values.max() ?? 0), "\(context)")
                        #expect(reach.start == start)
                        #expect(model.graph.reachableCount(from: start, depth: depth, direction: direction, edgeTypes: filter)
                                == expected.count, "\(context)")
                        if direction == .both && depth > 0 {
                            let naive = model.naiveNeighbourhood(of: start, depth: depth, direction: .both, filter: filter)
                            #expect(found == naive, "naive: \(context)")
                        }
                    }
                }
            }
        }
    }

    @Test("a page is the prefix of the full neighbourhood among the node types asked for, with its total",
          arguments: OracleSeeds.all)
    func page(seed: UInt64) {
        let model = OracleGraph(seed: seed)
        // The same graph with three node types, so that a type filter leaves gaps.
        let types = ["person", "event", "place"]
        let graph = Graph(nodes: NodeList(model.graph.nodes.enumerated().map { index, node in
            var typed = node
            typed.type = types[index % types.count]
            return typed
        }), edges: model.graph.edges)
        let typeFilters: [Set<String>?] = [nil, ["event"], ["person", "place"], ["absent"]]
        for direction in OracleGraph.directions {
            for filter in model.filters {
                for start in model.nodes {
                    for depth in Self.depths {
                        let full = graph.neighbourhood(of: start, depth: depth, direction: direction, edgeTypes: filter)
                        for nodeTypes in typeFilters {
                            let kept = full.filter { nodeTypes?.contains(graph.nodes[$0.node].type) ?? true }
                            for limit in [0, 1, 2, 3, 5, Int.max] {
                                let page = graph.neighbourhood(of: start, depth: depth, direction: direction, edgeTypes: filter,
                                                               nodeTypes: nodeTypes, limit: limit)
                                let context = "\(model) — from \(model.ids[start]), \(direction), depth \(depth), types \(nodeTypes.map { $0.sorted() } ?? []), limit \(limit)"
                                #expect(page.total == kept.count, "\(context)")
                                #expect(page.reached == Array(kept.prefix(limit)), "\(context)")
                            }
                        }
                    }
                }
            }
        }
    }

    @Test("partial selection moves the k smallest keys to the front", arguments: Array(UInt64(0)..<200))
    func partialSelection(seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        let count = Int.random(in: 0...300, using: &random)
        // Distinct keys; some runs sorted or reversed, the orders quickselect finds hardest.
        var keys = Array(Set((0..<count).map { _ in UInt64.random(in: 0...1_000_000, using: &random) }))
        switch seed % 4 {
        case 0: keys.sort()
        case 1: keys.sort(by: >)
        default: keys.shuffle(using: &random)
        }
        let sorted = keys.sorted()
        for k in [0, 1, 2, keys.count / 2, max(keys.count - 1, 0), keys.count, keys.count + 3] {
            var moved = keys
            PartialSelection.moveSmallest(k, of: &moved)
            #expect(moved.sorted() == sorted, "seed \(seed), k \(k): keys lost or duplicated")
            let front = min(max(k, 0), keys.count)
            #expect(moved.prefix(front).sorted() == Array(sorted.prefix(front)), "seed \(seed), k \(k)")
        }
    }
}
