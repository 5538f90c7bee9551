@testable import CaseGraph
import Testing

/// `nodes(ofType:limit:)`, `edges(ofType:limit:)` and the paged timeline pick and order only
/// the rows shown; filtering and sorting everything, by type names and `CaseDate`'s `<`, is the
/// oracle.
@Suite("Listing pages, against filtering and sorting everything")
struct ListingTests {
    private static let nodeTypes = ["person", "event", "operation", "país", "place"]
    private static let edgeTypes = ["knows", "led_to", "paid"]

    /// Random nodes (ids in no index order, some dated, some dates shared) and edges.
    private func randomGraph(seed: UInt64) -> Graph {
        var generator = SeededGenerator(seed: seed)
        let nodeCount = 1 + Int(generator.next() % 300)
        let nodes = (0..<nodeCount).map { index -> Node in
            let type = Self.nodeTypes[Int(generator.next() % UInt64(Self.nodeTypes.count))]
            let year = 1990 + Int(generator.next() % 4), month = Int(generator.next() % 3), day = Int(generator.next() % 3)
            let date = String(year) + (month > 0 ? "-0\(month)" : "") + (month > 0 && day > 0 ? "-1\(day)" : "")
            let dated = generator.next() % 4 != 0
            return Node(id: "n\(generator.next() % 1_000)-\(index)", type: type, name: "N\(index)",
                        properties: dated ? [Property(key: "date", value: .string(date), origin: "doc")] : [])
        }
        let edges = (0..<Int(generator.next() % 500)).map { _ in
            Edge(id: nil, source: Int(generator.next() % UInt64(nodeCount)), target: Int(generator.next() % UInt64(nodeCount)),
                 type: Self.edgeTypes[Int(generator.next() % UInt64(Self.edgeTypes.count))])
        }
        return Graph(nodes: nodes, edges: edges)
    }

    private static let limits = [0, -1, 1, 2, 7, 50, 10_000]

    @Test("nodes of a type, or all, in id order", arguments: [UInt64(1), 2, 3, 4, 5])
    func nodes(seed: UInt64) {
        let graph = randomGraph(seed: seed)
        for type in Self.nodeTypes + [nil, "no such type"] as [String?] {
            let all = graph.nodes.indices.filter { type == nil || graph.nodes.type(of: $0) == type }
                .sorted { graph.nodes[$0].id < graph.nodes[$1].id }
            for limit in Self.limits {
                let page = graph.nodes(ofType: type, limit: limit)
                #expect(page.total == all.count)
                #expect(page.rows == (limit > 0 ? Array(all.prefix(limit)) : all))
            }
        }
    }

    @Test("edges of a type, or all, in edge order", arguments: [UInt64(1), 2, 3])
    func edges(seed: UInt64) {
        let graph = randomGraph(seed: seed)
        for type in Self.edgeTypes + [nil, "no such type"] as [String?] {
            let all = graph.edges.indices.filter { type == nil || graph.edges.type(of: $0) == type }
            for limit in Self.limits {
                let page = graph.edges(ofType: type, limit: limit)
                #expect(page.total == all.count)
                #expect(page.rows == (limit > 0 ? Array(all.prefix(limit)) : all))
            }
        }
    }

    @Test("the timeline's first entries, of the whole graph and around a node", arguments: [UInt64(1), 2, 3, 4])
    func timeline(seed: UInt64) {
        let graph = randomGraph(seed: seed)
        let centres: [NodeIndex?] = [nil, 0, graph.nodes.count - 1]
        for centre in centres {
            let around = centre.map { [$0] + graph.reach(from: $0, depth: 1).nodes.map(Int.init) } ?? Array(graph.nodes.indices)
            let all = around.compactMap { node -> TimelineEntry? in
                guard ["event", "operation"].contains(graph.nodes.type(of: node)), let date = graph.nodes.date(of: node)
                else { return nil }
                return TimelineEntry(node: node, date: date)
            }
            .sorted { $0.date != $1.date ? $0.date < $1.date : graph.nodes[$0.node].id < graph.nodes[$1.node].id }
            #expect(graph.timeline(around: centre) == all)
            for limit in Self.limits {
                let page = graph.timeline(around: centre, limit: limit)
                #expect(page.total == all.count)
                #expect(page.rows == (limit > 0 ? Array(all.prefix(limit)) : all))
            }
        }
    }

    @Test("date keys order as dates do, a missing month or day first")
    func dateKeys() throws {
        let texts = ["0000", "0001-01", "1999", "1999-12", "1999-12-31", "2000", "2000-01", "2000-01-01", "2000-01-02",
                     "2000-02", "2016-02-29", "9999-12-31"]
        let dates = try texts.map { try #require(CaseDate($0)) }
        for first in dates {
            for second in dates {
                #expect((Graph.dateKey(first) < Graph.dateKey(second)) == (first < second))
                #expect(Graph.dateKey(first) < 1 << 32)
            }
        }
    }
}
