import CaseGraph
import CaseQuery
import Foundation
import Testing

/// `linked NODE depth N via TYPES type NODE_TYPES`, typed as a user would, on random small
/// multigraphs: the answer (as JSON) must be the naive set — nodes reached by expanding a set
/// N times over the chosen edge types in either direction, then kept by node type.
@Suite("Oracle: linked statements on random multigraphs")
struct OracleLinkedTests {
    private struct Model {
        var ids: [String]
        var types: [String]
        var edges: [(source: Int, target: Int, type: String)]
        var graph: Graph

        init(seed: UInt64) {
            var state = seed &* 0x9E37_79B9_7F4A_7C15 | 1
            func next(_ bound: Int) -> Int {
                state ^= state << 13
                state ^= state >> 7
                state ^= state << 17
                return Int(state % UInt64(bound))
            }
            let count = 1 + next(12)
            let pool = ["m10", "B", "ab", "a-b", "z", "m1", "aa", "m2", "Z9", "n", "q", "c"]
            var shuffled = pool
            for index in shuffled.indices.reversed() { shuffled.swapAt(index, next(index + 1)) }
            ids = Array(shuffled.prefix(count))
            types = (0..<count).map { _ in ["person", "event", "place"][next(3)] }
            edges = (0..<next(count * 3 + 1)).map { _ in
                let source = next(count)
                return (source, next(5) == 0 ? source : next(count), ["knows", "pays", "led_to"][next(3)])
            }
            let (ids, types) = (ids, types)
            graph = Graph(nodes: ids.indices.map { Node(id: ids[$0], type: types[$0], name: "Name " + ids[$0]) },
                          edges: edges.map { Edge(id: nil, source: $0.source, target: $0.target, type: $0.type) })
        }

        func naive(from start: Int, depth: Int, via: Set<String>?, nodeTypes: Set<String>?) -> [String: Int] {
            var reached = [start: 0]
            for round in 1...max(depth, 1) {
                var grown = reached
                for edge in edges where via?.contains(edge.type) ?? true {
                    if reached[edge.source] != nil && grown[edge.target] == nil { grown[edge.target] = round }
                    if reached[edge.target] != nil && grown[edge.source] == nil { grown[edge.source] = round }
                }
                if grown.count == reached.count { break }
                reached = grown
            }
            reached[start] = nil
            return Dictionary(uniqueKeysWithValues: reached.filter { nodeTypes?.contains(types[$0.key]) ?? true }
                .map { (ids[$0.key], $0.value) })
        }
    }

    @Test("linked ... depth N via ... type ... equals the naive set", arguments: Array(0..<60) as [UInt64])
    func linked(seed: UInt64) throws {
        let model = Model(seed: seed)
        var session = Session(graph: model.graph, options: SessionOptions(format: .json))
        let edgeTypes = Set(model.edges.map(\.type)).sorted(), nodeTypes = Set(model.types).sorted()
        for start in model.ids.indices {
            for depth in [1, 2, 3, 1_000_000] {
                for via in [nil, edgeTypes.first.map { [$0] }, edgeTypes.count > 1 ? Array(edgeTypes.suffix(2)) : nil] as [[String]?] {
                    for typeFilter in [nil, nodeTypes.first.map { [$0] }] as [[String]?] {
                        var statement = "linked \(model.ids[start]) depth \(depth)"
                        if let via { statement += " via " + via.joined(separator: ", ") }
                        if let typeFilter { statement += " type " + typeFilter.joined(separator: ", ") }
                        statement += " limit 0"
                        let outcome = try #require(session.run(statement).first)
                        let output = try #require(outcome.output, "seed \(seed): \(statement): \(outcome.error ?? "")")
                        let document = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
                        let nodes = try #require(document["nodes"] as? [[String: Any]])
                        var answer = [String: Int]()
                        for node in nodes {
                            answer[try #require(node["id"] as? String)] = try #require(node["distance"] as? Int)
                        }
                        let expected = model.naive(from: start, depth: depth, via: via.map(Set.init), nodeTypes: typeFilter.map(Set.init))
                        #expect(answer == expected, "seed \(seed): \(statement)")
                        #expect(document["total"] as? Int == expected.count, "seed \(seed): \(statement)")
                    }
                }
            }
        }
    }
}
