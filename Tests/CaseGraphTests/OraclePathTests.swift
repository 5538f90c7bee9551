import CaseGraph
import Testing

/// Shortest paths on random multigraphs, checked against Floyd–Warshall and an exhaustive
/// enumeration of simple paths (see ``OracleGraph``).
@Suite("Oracle: shortest paths on random multigraphs")
struct OraclePathTests {
    @Test("all shortest paths equal the brute-force enumeration, in id order; each hop is real",
          arguments: OracleSeeds.all)
    func allShortestPaths(seed: UInt64) {
        let model = OracleGraph(seed: seed)
        for direction in OracleGraph.directions {
            for filter in model.filters {
                let distance = model.floydWarshall(direction: direction, filter: filter)
                for start in model.nodes {
                    for goal in model.nodes {
                        let context = "\(model) — \(model.ids[start]) to \(model.ids[goal]), \(direction), via \(filter.map { $0.sorted() } ?? [])"
                        let found = model.graph.shortestPaths(from: start, to: goal, direction: direction,
                                                              edgeTypes: filter, limit: .max)
                        #expect(!found.truncated, "\(context)")
                        guard let length = distance[start][goal] else {
                            #expect(found.paths.isEmpty, "a path where Floyd–Warshall finds none: \(context)")
                            continue
                        }
                        let expected = model.simplePaths(from: start, to: goal, maximumLength: length,
                                                         direction: direction, filter: filter)
                            .filter { $0.count - 1 == length }
                            .sorted(by: model.precedes)
                        #expect(found.paths.map(\.nodes) == expected, "\(context)")
                        for path in found.paths {
                            #expect(path.length == length && path.nodes.count == length + 1, "\(context)")
                            #expect(path.nodes.first == start && path.nodes.last == goal, "\(context)")
                            #expect(path.hops.map(\.from) == Array(path.nodes.dropLast())
                                    && path.hops.map(\.to) == Array(path.nodes.dropFirst()), "\(context)")
                            for hop in path.hops {
                                // Every qualifying parallel edge is in the hop, each along the direction.
                                #expect(hop.edges == model.hopEdges(from: hop.from, to: hop.to, direction: direction, filter: filter),
                                        "hop \(model.ids[hop.from])→\(model.ids[hop.to]): \(context)")
                                for edge in hop.edges {
                                    let (source, target) = (model.graph.edges[edge].source, model.graph.edges[edge].target)
                                    switch direction {
                                    case .outgoing: #expect(source == hop.from && target == hop.to, "\(context)")
                                    case .incoming: #expect(source == hop.to && target == hop.from, "\(context)")
                                    case .both: #expect(Set([source, target]) == Set([hop.from, hop.to]), "\(context)")
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    @Test("the first shortest path is the smallest by ids; a limit keeps a prefix and says so",
          arguments: OracleSeeds.all)
    func limits(seed: UInt64) {
        let model = OracleGraph(seed: seed)
        for direction in OracleGraph.directions {
            for start in model.nodes {
                for goal in model.nodes {
                    let context = "\(model) — \(model.ids[start]) to \(model.ids[goal]), \(direction)"
                    let all = model.graph.shortestPaths(from: start, to: goal, direction: direction, limit: .max).paths
                    if let smallest = all.min(by: { model.precedes($0.nodes, $1.nodes) }) {
                        #expect(all.first == smallest, "\(context)")
                    }
                    for limit in [1, 2, 3] {
                        let capped = model.graph.shortestPaths(from: start, to: goal, direction: direction, limit: limit)
                        #expect(capped.paths == Array(all.prefix(limit)), "limit \(limit): \(context)")
                        #expect(capped.truncated == (all.count > limit), "limit \(limit): \(context)")
                    }
                }
            }
        }
    }

    @Test("maximumLength hides exactly the paths longer than it", arguments: OracleSeeds.all)
    func maximumLength(seed: UInt64) {
        let model = OracleGraph(seed: seed)
        for direction in OracleGraph.directions {
            let distance = model.floydWarshall(direction: direction, filter: nil)
            for start in model.nodes {
                for goal in model.nodes {
                    for maximum in [1, 2, 3] {
                        let found = model.graph.shortestPaths(from: start, to: goal, direction: direction,
                                                              maximumLength: maximum, limit: .max)
                        let reachable = distance[start][goal].map { $0 <= maximum } ?? false
                        #expect(found.paths.isEmpty == !reachable,
                                "\(model) — \(model.ids[start]) to \(model.ids[goal]), \(direction), max \(maximum)")
                    }
                }
            }
        }
    }

    @Test("a trace from A to B is a path from B to A read backwards", arguments: OracleSeeds.all)
    func reversal(seed: UInt64) {
        let model = OracleGraph(seed: seed)
        for start in model.nodes {
            for goal in model.nodes {
                let forward = model.graph.shortestPaths(from: start, to: goal, direction: .outgoing, limit: .max)
                let backward = model.graph.shortestPaths(from: goal, to: start, direction: .incoming, limit: .max)
                #expect(Set(forward.paths.map(\.nodes)) == Set(backward.paths.map { Array($0.nodes.reversed()) }),
                        "\(model) — \(model.ids[start]) to \(model.ids[goal])")
            }
        }
    }
}
