@testable import CaseGraph
import Testing

/// `statistics` and `edgeTypeUsage` count by type codes; plain dictionaries of the type
/// strings are the oracle.
@Suite("Counts by type, against dictionaries of the type names")
struct StatisticsTests {
    /// Seeds 4 and 5 give every node a type of its own; with 5, too many for the flat table of
    /// `edgeTypeUsage`, which then counts in a dictionary.
    @Test(arguments: [UInt64(1), 2, 3, 4, 5])
    func sameAsDictionaries(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let nodeTypes = ["person", "event", "organisation", "Zoë's type", "país", "x"]
        let edgeTypes = ["knows", "led_to", "paid", "member_of"]
        let nodeCount = seed == 5 ? 1_100 : 1 + Int(generator.next() % 200)
        let nodes = (0..<nodeCount).map { index in
            Node(id: "n\(index)", type: seed >= 4 ? "t\(index)" : nodeTypes[Int(generator.next() % UInt64(nodeTypes.count))],
                 name: "N\(index)")
        }
        let edges = (0..<(seed == 5 ? 3_000 : Int(generator.next() % 600))).map { _ in
            Edge(id: nil, source: Int(generator.next() % UInt64(nodeCount)), target: Int(generator.next() % UInt64(nodeCount)),
                 type: edgeTypes[Int(generator.next() % UInt64(edgeTypes.count))])
        }
        let graph = Graph(nodes: nodes, edges: edges)

        func counted(_ values: [String]) -> [TypeCount] {
            Dictionary(values.map { ($0, 1) }, uniquingKeysWith: +).sorted { $0.key < $1.key }
                .map { TypeCount(type: $0.key, count: $0.value) }
        }
        let statistics = graph.statistics
        #expect(statistics.nodesByType == counted(nodes.map(\.type)))
        #expect(statistics.edgesByType == counted(edges.map(\.type)))
        #expect(statistics.nodeCount == nodes.count && statistics.edgeCount == edges.count)

        var usage = [[String]: Int]()
        for edge in edges { usage[[edge.type, nodes[edge.source].type, nodes[edge.target].type], default: 0] += 1 }
        let expected = usage.map { EdgeTypeUsage(edgeType: $0.key[0], fromType: $0.key[1], toType: $0.key[2], count: $0.value) }
            .sorted { ($0.edgeType, $0.fromType, $0.toType) < ($1.edgeType, $1.fromType, $1.toType) }
        #expect(graph.edgeTypeUsage == expected)
    }
}
