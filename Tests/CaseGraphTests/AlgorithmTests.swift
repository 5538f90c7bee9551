import CaseGraph
import Testing

@Suite("Neighbourhoods, paths and timelines")
struct AlgorithmTests {
    /// a → b → d, a → c → d, d → e, f → a; and a parallel edge a → b.
    private func diamond() throws -> Graph {
        try TestGraphs.graph(
            nodes: [("a", "person"), ("b", "person"), ("c", "group"), ("d", "event"), ("e", "place"), ("f", "person")],
            edges: [("a", "knows", "b"), ("a", "knows", "c"), ("b", "led_to", "d"), ("c", "led_to", "d"),
                    ("d", "located_in", "e"), ("f", "knows", "a"), ("a", "pays", "b")])
    }

    private func ids(_ graph: Graph, _ nodes: [NodeIndex]) -> [String] { nodes.map { graph.nodes[$0].id } }

    @Test("neighbourhood by depth, with distances and via edges, ordered by distance then id")
    func neighbourhood() throws {
        let graph = try diamond()
        let a = try #require(graph.index(ofID: "a"))
        let reached = graph.neighbourhood(of: a, depth: 2)
        #expect(reached.map { "\(graph.nodes[$0.node].id)@\($0.distance)" } == ["b@1", "c@1", "f@1", "d@2"])
        let b = try #require(reached.first)
        #expect(b.via.map { graph.edges[$0].type } == ["knows", "pays"])
        let d = try #require(reached.last)
        #expect(d.via.count == 2)
    }

    @Test("neighbourhood restricted to edge types and direction")
    func filtered() throws {
        let graph = try diamond()
        let a = try #require(graph.index(ofID: "a"))
        #expect(ids(graph, graph.neighbourhood(of: a, depth: 3, edgeTypes: ["knows"]).map(\.node)) == ["b", "c", "f"])
        #expect(ids(graph, graph.neighbourhood(of: a, depth: 5, direction: .outgoing).map(\.node)) == ["b", "c", "d", "e"])
        #expect(graph.neighbourhood(of: a, depth: 1_000_000).count == 5)
    }

    @Test("shortest paths: smallest ids first, all of them on request, parallel edges as one hop")
    func paths() throws {
        let graph = try diamond()
        let a = try #require(graph.index(ofID: "a")), e = try #require(graph.index(ofID: "e"))
        let one = graph.shortestPaths(from: a, to: e)
        #expect(one.paths.map { ids(graph, $0.nodes) } == [["a", "b", "d", "e"]])
        #expect(one.paths.first?.hops.first?.edges.count == 2)
        let all = graph.shortestPaths(from: a, to: e, limit: 10)
        #expect(all.paths.map { ids(graph, $0.nodes) } == [["a", "b", "d", "e"], ["a", "c", "d", "e"]])
        #expect(!all.truncated)
        let capped = graph.shortestPaths(from: a, to: e, limit: 1)
        #expect(capped.truncated)
    }

    @Test("trace follows edge direction; path ignores it")
    func direction() throws {
        let graph = try diamond()
        let e = try #require(graph.index(ofID: "e")), f = try #require(graph.index(ofID: "f"))
        #expect(graph.shortestPaths(from: e, to: f, direction: .outgoing).paths.isEmpty)
        #expect(graph.shortestPaths(from: f, to: e, direction: .outgoing).paths.first?.length == 4)
        #expect(graph.shortestPaths(from: e, to: f, direction: .both).paths.first?.length == 4)
        #expect(graph.shortestPaths(from: f, to: e, direction: .outgoing, maximumLength: 3).paths.isEmpty)
        #expect(graph.shortestPaths(from: f, to: f).paths.first?.length == 0)
    }

    @Test("self-loops and cycles do not confuse traversal")
    func cycles() throws {
        let graph = try TestGraphs.graph(nodes: [("a", "event"), ("b", "event")],
                                         edges: [("a", "led_to", "a"), ("a", "led_to", "b"), ("b", "led_to", "a")])
        let a = try #require(graph.index(ofID: "a")), b = try #require(graph.index(ofID: "b"))
        #expect(graph.neighbourhood(of: a, depth: 3).map(\.node) == [b])
        #expect(graph.shortestPaths(from: a, to: b, direction: .outgoing).paths.first?.length == 1)
        #expect(graph.steps(from: a, direction: .both).filter { $0.neighbour == a }.count == 1)
    }

    @Test("timeline: dated events and operations in date order, precision-aware")
    func timeline() throws {
        let text = TestGraphs.file(nodes: [
            TestGraphs.node("late", "event", extra: #", "properties": {"date": "2016-02-01"}"#),
            TestGraphs.node("year", "operation", extra: #", "properties": {"date": "2016"}"#),
            TestGraphs.node("month", "event", extra: #", "properties": {"date": "2016-02"}"#),
            TestGraphs.node("person", "person", extra: #", "properties": {"date": "2015"}"#),
            TestGraphs.node("undated", "event"),
        ].joined(separator: ",\n"), edges: TestGraphs.edge("person", "attended", "late"))
        let graph = try TestGraphs.load([("t.json", text)]).graph
        #expect(ids(graph, graph.timeline().map(\.node)) == ["year", "month", "late"])
        let person = try #require(graph.index(ofID: "person"))
        #expect(ids(graph, graph.timeline(around: person).map(\.node)) == ["late"])
    }

    @Test("dates: precision, validity, order")
    func dates() {
        #expect(CaseDate("2016-02-29") != nil)
        #expect(CaseDate("2015-02-29") == nil)
        #expect(CaseDate("2016-2-1") == nil)
        // The byte fast path and the general parser agree on the edges of each form.
        for (text, expected) in [("0000", "0000"), ("2016-13", nil), ("2016-00", nil), ("2016-12-31", "2016-12-31"),
                                 ("2016-12-32", nil), ("1900-02-29", nil), ("2000-02-29", "2000-02-29"), ("2016-1a", nil),
                                 ("2016-01-", nil), ("2016--01", nil), ("\u{661}\u{662}\u{663}\u{664}", nil), ("20160", nil),
                                 ("2016-04-31", nil), ("2016-04-30", "2016-04-30")] as [(String, String?)] {
            #expect(CaseDate(text)?.description == expected, "\(text)")
        }
        #expect(CaseDate("16") == nil)
        #expect(CaseDate("2016-02-01T10:00") == nil)
        #expect(CaseDate("2016")?.description == "2016")
        if let year = CaseDate("2016"), let month = CaseDate("2016-01"), let day = CaseDate("2016-01-01") {
            #expect(year < month && month < day)
        }
    }
}
