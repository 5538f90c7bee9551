import CaseGraph
@testable import CaseQuery
import Testing

@Suite("Export: the subgraph of a result")
struct ExportSubgraphTests {
    typealias Support = DOTTestSupport

    /// a → b → c → d, a → e, e → c, f alone.
    static let graph = Graph(nodes: [
        Support.node("a", "person", "A"), Support.node("b", "person", "B"), Support.node("c", "event", "C", date: "2016"),
        Support.node("d", "place", "D"), Support.node("e", "event", "E", date: "2015"), Support.node("f", "group", "F"),
    ], edges: [
        Support.edge(0, 1, "knows"), Support.edge(1, 2, "led_to"), Support.edge(2, 3, "located_in"),
        Support.edge(0, 4, "carried_out"), Support.edge(4, 2, "led_to"),
    ])

    static func subgraph(_ body: ResultBody, withContext: Bool = false) -> Subgraph? {
        QueryResult(statement: "s", body: body).subgraph(in: graph, withContext: withContext)
    }

    @Test func linkedDrawsTheCentreReachedNodesAndViaEdges() {
        let reached = Self.graph.neighbourhood(of: 0, depth: 2)
        let subgraph = Self.subgraph(.linked(center: 0, depth: 2, reached: reached, total: reached.count))
        #expect(subgraph == Subgraph(nodes: [0, 1, 4, 2], edges: [0, 1, 3, 4]))
    }

    @Test func pathsDrawTheirHopsAndWithContextTheNeighbours() {
        let paths = Self.graph.shortestPaths(from: 0, to: 3, direction: .outgoing, limit: 10)
        let body = ResultBody.paths(kind: .trace, from: 0, to: 3, result: paths)
        #expect(Self.subgraph(body) == Subgraph(nodes: [0, 1, 2, 3, 4], edges: [0, 1, 2, 3, 4]))
        let single = Self.graph.shortestPaths(from: 1, to: 3, direction: .outgoing)
        let context = Self.subgraph(.paths(kind: .trace, from: 1, to: 3, result: single), withContext: true)
        #expect(context?.nodes.sorted() == [0, 1, 2, 3, 4])
        #expect(context?.edges == [0, 1, 2, 3, 4])
        #expect(context?.highlightedNodes == [1, 2, 3])
        #expect(context?.highlightedEdges == [1, 2])
        let none = Self.graph.shortestPaths(from: 0, to: 5)
        #expect(Self.subgraph(.paths(kind: .path, from: 0, to: 5, result: none)) == Subgraph(nodes: [0, 5], edges: []))
    }

    @Test func cardWhyNodesEdgesTimelineAndSearch() {
        #expect(Self.subgraph(.card(NodeCard(node: 2, in: Self.graph, limit: 0))) == Subgraph(nodes: [2, 1, 3, 4], edges: [1, 2, 4]))
        #expect(Self.subgraph(.why(0, 1, edges: [0])) == Subgraph(nodes: [0, 1], edges: [0]))
        #expect(Self.subgraph(.nodes(type: nil, nodes: [0, 1, 3], total: 3)) == Subgraph(nodes: [0, 1, 3], edges: [0]))
        #expect(Self.subgraph(.edges(type: "led_to", edges: [1, 4], total: 2)) == Subgraph(nodes: [1, 2, 4], edges: [1, 4]))
        let entries = Self.graph.timeline()
        #expect(Self.subgraph(.timeline(center: nil, entries: entries, total: entries.count))
                == Subgraph(nodes: [4, 2], edges: [4]))
        let hits = Self.graph.names.search("A")
        #expect(Self.subgraph(.search(text: "A", hits: hits))?.nodes == hits.map(\.node))
        #expect(Self.subgraph(.search(text: "A", hits: hits))?.edges == [])
    }

    @Test func resultsWithoutNodesHaveNoSubgraph() throws {
        #expect(Self.subgraph(.stats(Self.graph.statistics)) == nil)
        #expect(Self.subgraph(.schema(nodeTypes: [], edgeTypes: [])) == nil)
        #expect(Self.subgraph(.help("help")) == nil)
        #expect(Self.subgraph(.message("loaded")) == nil)
        for body in [ResultBody.help("x"), .nodes(type: "nothing", nodes: [], total: 0)] {
            do {
                _ = try Exporter.export(QueryResult(statement: "s", body: body), of: Self.graph, format: .dot,
                                        withContext: false, byCountry: false, file: nil)
                Issue.record("export of \(body) must fail")
            } catch {
                #expect(error.kind == .invalidArgument)
                #expect(error.message == "this result has no nodes to draw")
            }
        }
    }

    @Test func imagesNeedAFile() {
        for format in [ExportFormat.svg, .png] {
            do {
                _ = try Exporter.export(QueryResult(statement: "s", body: .card(NodeCard(node: 0, in: Self.graph, limit: 0))), of: Self.graph, format: format,
                                        withContext: false, byCountry: false, file: nil)
                Issue.record("export \(format) without a file must fail")
            } catch {
                #expect(error.kind == .invalidArgument)
                #expect(error.message == "export \(format.rawValue) needs `to FILE`")
            }
        }
    }
}
