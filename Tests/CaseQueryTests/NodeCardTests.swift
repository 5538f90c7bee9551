import CaseGraph
@testable import CaseQuery
import Testing

@Suite("show: a node's card and its limit")
struct NodeCardTests {
    typealias Support = DOTTestSupport

    /// Node 0 is a hub: 100 `knows` out (to 1...100), a `knows` self-loop, 10 `paid` out (to
    /// 101...110), 3 `led_to` in (from 111...113).
    static let hub: Graph = {
        let nodes = (0...113).map { Support.node(String(format: "n%03d", $0), "person", "N\($0)") }
        var edges = (1...100).map { Support.edge(0, $0, "knows") }
        edges.append(Support.edge(0, 0, "knows"))
        edges += (101...110).map { Support.edge(0, $0, "paid") }
        edges += (111...113).map { Support.edge($0, 0, "led_to") }
        return Graph(nodes: nodes, edges: edges)
    }()

    @Test func withoutALimitEveryEdgeIsListed() {
        let card = NodeCard(node: 0, in: Self.hub, limit: 0)
        #expect(card.outgoing == Self.hub.outgoingEdges(of: 0) && card.incoming == Self.hub.incomingEdges(of: 0))
        #expect(card.total == 115)
        #expect(card.groups.map(\.type) == ["knows", "paid", "knows", "led_to"])
        #expect(card.groups.map(\.isOutgoing) == [true, true, false, false])
        #expect(card.groups.map(\.total) == [101, 10, 1, 3] && card.groups.map(\.listed) == [101, 10, 1, 3])
        #expect(NodeCard(node: 0, in: Self.hub, limit: 115) == card)
    }

    @Test func aLimitGivesEachGroupAShareAndTheRestToTheLargerOnes() {
        // 20 over 4 groups: 5 each, the small groups keep all (1 and 3), the 6 left go to
        // the first group that has more.
        let card = NodeCard(node: 0, in: Self.hub, limit: 20)
        #expect(card.groups.map(\.listed) == [11, 5, 1, 3])
        #expect(card.outgoing.count + card.incoming.count == 20)
        // Each group's first edges in the graph's order (by neighbour id): the self-loop first.
        let out = Self.hub.outgoingEdges(of: 0)
        let knows = out.filter { Self.hub.edges.type(of: $0) == "knows" }, paid = out.filter { Self.hub.edges.type(of: $0) == "paid" }
        #expect(card.outgoing == out.filter { Set(knows.prefix(11) + paid.prefix(5)).contains($0) })
        #expect(Self.hub.edges.target(of: card.outgoing[0]) == 0)
        #expect(card.incoming == Self.hub.incomingEdges(of: 0))
        // More groups than the limit: one edge of each.
        #expect(NodeCard(node: 0, in: Self.hub, limit: 2).groups.map(\.listed) == [1, 1, 1, 1])
    }

    @Test("any limit: every group shows its first edges, no more than the limit when it can")
    func randomStars() {
        var random = SplitMix(seed: 77)
        let types = ["a", "b", "c", "d", "e"]
        for _ in 0..<200 {
            let count = 1 + random.next(below: 60)
            let nodes = (0...count).map { Support.node("n\($0)", "person", "N\($0)") }
            let edges = (1...count).map { other -> Edge in
                let type = types[random.next(below: types.count)]
                return random.next(below: 2) == 0 ? Support.edge(0, other, type) : Support.edge(other, 0, type)
            }
            let graph = Graph(nodes: nodes, edges: edges)
            let limit = random.next(below: 70)
            let card = NodeCard(node: 0, in: graph, limit: limit)
            let listed = card.outgoing.count + card.incoming.count
            let ok = card.total == count
                && (limit == 0 || count <= limit ? listed == count
                    : listed == max(limit, card.groups.count) || listed == limit)
                && card.groups.allSatisfy { $0.listed >= 1 && $0.listed <= $0.total }
                && card.groups.map(\.listed).reduce(0, +) == listed
                && isOrderedSubset(card.outgoing, of: graph.outgoingEdges(of: 0))
                && isOrderedSubset(card.incoming, of: graph.incomingEdges(of: 0))
                && card.groups.allSatisfy { group in
                    let all = (group.isOutgoing ? graph.outgoingEdges(of: 0) : graph.incomingEdges(of: 0))
                        .filter { graph.edges.type(of: $0) == group.type }
                    let shown = (group.isOutgoing ? card.outgoing : card.incoming).filter { graph.edges.type(of: $0) == group.type }
                    return shown == Array(all.prefix(group.listed))
                }
            if !ok {
                Issue.record("count \(count), limit \(limit): \(card.groups)")
                return
            }
        }
    }

    private func isOrderedSubset(_ part: [EdgeIndex], of whole: [EdgeIndex]) -> Bool {
        var rest = whole[...]
        for edge in part {
            guard let index = rest.firstIndex(of: edge) else { return false }
            rest = rest[(index + 1)...]
        }
        return true
    }

    @Test("the card says how many more each cut group has; JSON gives the totals; DOT draws what is listed")
    func formats() throws {
        var session = Session(graph: Self.hub)
        let text = try #require(session.run("show n000 limit 20").first?.output)
        #expect(text.contains("  edges out:\n    knows → N0 (person, n000)\n          → N1 (person, n001)\n"))
        #expect(text.contains("          → N10 (person, n010)\n          … 90 more\n    paid  → N101 (person, n101)\n"))
        #expect(text.contains("          → N105 (person, n105)\n          … 5 more\n  edges in:\n"))
        #expect(!text.contains("← N113 (person, n113)\n           …"))
        #expect(text.hasSuffix("note: showing 20 of 115 edges; add `limit 0` to see all, or `limit N`"))
        session.options.format = .json
        let json = try #require(session.run("show n000 limit 20").first?.output)
        #expect(json.contains(#""outgoing_total":111,"incoming_total":4,"#))
        let result = try Evaluator(graph: Self.hub).evaluate(try Binder(graph: Self.hub).bind(
            try #require(try StatementParser.parse("show n000 limit 20")), source: "show n000 limit 20"))
        let subgraph = try #require(result.subgraph(in: Self.hub, withContext: false))
        // The self-loop is listed both ways: 19 edges, and the hub and 18 others.
        #expect(subgraph.nodes.count == 1 + 10 + 5 + 3 && subgraph.edges.count == 19)
    }
}
