import CaseGraph
import Testing

/// Neighbourhoods and steps on random multigraphs, checked against Floyd–Warshall and a
/// naive set expansion (see ``OracleGraph``).
@Suite("Oracle: neighbourhoods and steps on random multigraphs")
struct OracleNeighbourhoodTests {
    @Test("neighbourhood distances equal Floyd–Warshall, in every direction and edge-type filter",
          arguments: OracleSeeds.all)
    func distances(seed: UInt64) {
        let model = OracleGraph(seed: seed)
        let graph = model.graph
        for direction in OracleGraph.directions {
            for filter in model.filters {
                let distance = model.floydWarshall(direction: direction, filter: filter)
                for start in model.nodes {
                    for depth in [1, 2, 3, model.ids.count, 1_000_000] {
                        let reached = graph.neighbourhood(of: start, depth: depth, direction: direction, edgeTypes: filter)
                        let expected = model.nodes.filter { $0 != start && (distance[start][$0].map { $0 <= depth } ?? false) }
                        let context = "\(model) — from \(model.ids[start]), \(direction), via \(filter.map { $0.sorted() } ?? []), depth \(depth)"
                        #expect(Set(reached.map(\.node)) == Set(expected), "\(context)")
                        #expect(reached.count == expected.count, "a node is listed twice: \(context)")
                        for node in reached {
                            #expect(node.distance == distance[start][node.node], "distance of \(model.ids[node.node]): \(context)")
                        }
                        // Ordered by distance, then by id.
                        for (first, second) in zip(reached, reached.dropFirst()) {
                            #expect(first.distance < second.distance
                                    || (first.distance == second.distance && model.idPrecedes(first.node, second.node)),
                                    "order \(model.ids[first.node]) before \(model.ids[second.node]): \(context)")
                        }
                    }
                }
            }
        }
    }

    @Test("linked ... depth N equals the naive set expansion", arguments: OracleSeeds.all)
    func naiveSet(seed: UInt64) {
        let model = OracleGraph(seed: seed)
        for filter in model.filters {
            for start in model.nodes {
                for depth in [1, 2, 4, 1_000_000] {
                    let naive = model.naiveNeighbourhood(of: start, depth: depth, direction: .both, filter: filter)
                    let reached = model.graph.neighbourhood(of: start, depth: depth, edgeTypes: filter)
                    #expect(Dictionary(uniqueKeysWithValues: reached.map { ($0.node, $0.distance) }) == naive,
                            "\(model) — linked \(model.ids[start]) depth \(depth) via \(filter.map { $0.sorted() } ?? [])")
                }
            }
        }
    }

    @Test("the via edges of a node at distance d are exactly the qualifying edges from nodes at d-1",
          arguments: OracleSeeds.all)
    func via(seed: UInt64) {
        let model = OracleGraph(seed: seed)
        for direction in OracleGraph.directions {
            for filter in model.filters {
                let distance = model.floydWarshall(direction: direction, filter: filter)
                for start in model.nodes {
                    for node in model.graph.neighbourhood(of: start, depth: .max, direction: direction, edgeTypes: filter) {
                        let previous = model.nodes.filter { distance[start][$0] == node.distance - 1 }
                        let expected = previous.flatMap {
                            model.hopEdges(from: $0, to: node.node, direction: direction, filter: filter)
                        }
                        #expect(node.via == Array(Set(expected)).sorted(),
                                "\(model) — \(model.ids[node.node]) from \(model.ids[start]), \(direction), via \(filter.map { $0.sorted() } ?? [])")
                    }
                }
            }
        }
    }

    @Test("steps are the qualifying edges, each once, ordered by neighbour id then edge index",
          arguments: OracleSeeds.all)
    func steps(seed: UInt64) {
        let model = OracleGraph(seed: seed)
        for direction in OracleGraph.directions {
            for filter in model.filters {
                for node in model.nodes {
                    let steps = model.graph.steps(from: node, direction: direction, edgeTypes: filter)
                    var expected = [[Int]]()
                    for neighbour in model.nodes.sorted(by: model.idPrecedes) {
                        for edge in model.hopEdges(from: node, to: neighbour, direction: direction, filter: filter) {
                            expected.append([neighbour, edge])
                        }
                    }
                    #expect(steps.map { [$0.neighbour, $0.edge] } == expected, "\(model) — steps from \(model.ids[node]), \(direction)")
                }
            }
        }
    }

    @Test("every random graph passes its own invariant checks and counts its edges once a side",
          arguments: OracleSeeds.all)
    func invariants(seed: UInt64) {
        let model = OracleGraph(seed: seed)
        model.graph.checkInvariants()
        var outgoing = 0, incoming = 0
        for node in model.nodes {
            outgoing += model.graph.outgoingEdges(of: node).count
            incoming += model.graph.incomingEdges(of: node).count
            for other in model.nodes {
                #expect(model.graph.edges(between: node, and: other)
                        == Array(Set(model.hopEdges(from: node, to: other, direction: .both, filter: nil))).sorted(),
                        "\(model) — edges between \(model.ids[node]) and \(model.ids[other])")
            }
        }
        #expect(outgoing == model.edgeList.count && incoming == model.edgeList.count, "\(model)")
    }
}
