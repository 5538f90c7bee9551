import CaseGraph
@testable import CaseQuery
import Testing

@Suite("DOT writer")
struct DOTWriterTests {
    typealias Support = DOTTestSupport

    /// organisation → person → place → country, plus an unknown type, dated and quoted.
    static func smallGraph() -> Graph {
        Graph(nodes: [
            Support.node("zeta", "organisation", "Zeta Org", quote: "Zeta exists."),
            Support.node("alice", "person", "Alice"),
            Support.node("town", "place", "Town"),
            Support.node("land", "country", "Land"),
            Support.node("raid", "operation", "Raid", date: "2016-02"),
            Support.node("thing", "gadget", "Thing"),
        ], edges: [
            Support.edge(0, 1, "employs", quote: "Zeta employs Alice.", date: "2016-02-01"),
            Support.edge(4, 2, "located_in"),
            Support.edge(2, 3, "located_in"),
            Support.edge(0, 4, "carried_out"),
            Support.edge(1, 5, "owns"),
        ])
    }

    static func everything(_ graph: Graph) -> Subgraph {
        Subgraph(nodes: Array(graph.nodes.indices), edges: Array(graph.edges.indices))
    }

    @Test func escapesLabelsAsEscStrings() {
        #expect(DOTText.label("plain") == "\"plain\"")
        #expect(DOTText.label("a\\b") == "\"a\\\\b\"")
        #expect(DOTText.label("say \"hi\"") == "\"say \\\"hi\\\"\"")
        #expect(DOTText.label("one\ntwo\r\nthree\rfour") == "\"one\\ntwo\\nthree\\nfour\"")
        #expect(DOTText.label("\\n") == "\"\\\\n\"")
        #expect(DOTText.label("\u{1B}[31m") == "\"\\\\u{1B}[31m\"")
        #expect(DOTText.label("\u{202E}x") == "\"\\\\u{202E}x\"")
        #expect(DOTText.label("é 台北 <b> {x} a:b") == "\"é 台北 <b> {x} a:b\"")
        #expect(DOTText.quoted("two\nlines") == "\"two\\\\u{A}lines\"")
    }

    @Test func wrapsLongNamesAtSpaces() {
        #expect(DOTText.wrapped("short name", width: 24) == "short name")
        #expect(DOTText.wrapped("Rescue operations by IJM-trained authorities without IJM involvement", width: 24)
                == "Rescue operations by\nIJM-trained authorities\nwithout IJM involvement")
        #expect(DOTText.wrapped("Averyveryverylongsingleword and more", width: 10) == "Averyveryverylongsingleword\nand more")
    }

    @Test func stylesKnownAndUnknownTypes() {
        #expect(NodeStyle.forType("person") == NodeStyle(shape: "ellipse", style: "filled", fillColor: "#FDD0A2"))
        #expect(Set(NodeStyle.known.values.map(\.fillColor)).count == NodeStyle.known.count)
        #expect(NodeStyle.stableHash("") == 0xcbf2_9ce4_8422_2325)
        #expect(NodeStyle.stableHash("a") == 0xaf63_dc4c_8601_ec8c)
        let gadget = NodeStyle.forType("gadget")
        #expect(gadget == NodeStyle.forType("gadget"))
        #expect(gadget.style == "filled,dashed")
        #expect(NodeStyle.known["gadget"] == nil)
    }

    @Test func writesOpaqueQuotedNodeIDsInIDOrder() throws {
        let graph = Self.smallGraph()
        let dot = DOTWriter.write(Self.everything(graph), of: graph, options: DOTOptions(title: "nodes"))
        #expect(dot.hasPrefix("digraph \"casegraph\" {\n"))
        #expect(dot.hasSuffix("}\n"))
        #expect(dot.contains("rankdir=\"LR\""))
        #expect(dot.contains("label=\"nodes\""))
        // Sorted by id: alice, land, raid, thing, town, zeta.
        let declared = dot.split(separator: "\n").filter { $0.hasPrefix("  \"n") && !$0.contains("->") }
        #expect(declared.map { $0.split(separator: " ")[0] } == (0..<6).map { "\"n\($0)\"" })
        #expect(declared[0].contains("label=\"Alice\""))
        #expect(declared[2].contains("label=\"Raid\\n2016-02\""))
        #expect(declared[5].contains("tooltip=\"Zeta exists.\""))
        #expect(declared[5].contains("shape=\"box\", style=\"rounded,filled\", fillcolor=\"#9ECAE1\""))
        try Support.expectGraphvizAccepts(dot)
    }

    @Test func labelsEdgesWithTypeDateAndQuote() {
        let graph = Self.smallGraph()
        let dot = DOTWriter.write(Self.everything(graph), of: graph, options: DOTOptions())
        #expect(dot.contains("  \"n5\" -> \"n0\" [label=\"employs\\n2016-02-01\", tooltip=\"Zeta employs Alice.\"];"))
        #expect(dot.contains("  \"n2\" -> \"n4\" [label=\"located_in\"];"))
    }

    @Test func listsThePresentTypesInALegend() {
        let graph = Self.smallGraph()
        let dot = DOTWriter.write(Subgraph(nodes: [1, 5], edges: []), of: graph, options: DOTOptions())
        #expect(dot.contains("subgraph \"cluster_legend\" {"))
        #expect(dot.contains("\"legend_0\" [label=\"gadget\""))
        #expect(dot.contains("\"legend_1\" [label=\"person\""))
        #expect(!dot.contains("\"legend_2\""))
        #expect(!dot.contains("\"legend_0\" ->"))
    }

    @Test func isDeterministic() throws {
        let graph = Self.smallGraph()
        let forward = Subgraph(nodes: [0, 1, 2, 3, 4, 5], edges: [0, 1, 2, 3, 4], highlightedNodes: [0, 4])
        let backward = Subgraph(nodes: [5, 4, 3, 2, 1, 0], edges: [4, 3, 2, 1, 0, 1], highlightedNodes: [4, 0])
        let options = DOTOptions(byCountry: true, title: "t")
        let first = DOTWriter.write(forward, of: graph, options: options)
        #expect(first == DOTWriter.write(forward, of: graph, options: options))
        #expect(first == DOTWriter.write(backward, of: graph, options: options))
        let hostile = Support.hostileGraph()
        #expect(DOTWriter.write(Self.everything(hostile), of: hostile, options: options)
                == DOTWriter.write(Self.everything(hostile), of: hostile, options: options))
    }

    @Test func addsMissingEndpointsAndDropsInvalidIndices() {
        let graph = Self.smallGraph()
        let dot = DOTWriter.write(Subgraph(nodes: [99, -1], edges: [0, 42]), of: graph, options: DOTOptions())
        #expect(dot.contains("label=\"Alice\""))
        #expect(dot.contains("label=\"Zeta Org\""))
        #expect(dot.contains("\"n1\" -> \"n0\""))
        #expect(!dot.contains("\"n2\""))
    }

    @Test func highlightsTheAnswerAndFadesTheRest() throws {
        let graph = Self.smallGraph()
        let subgraph = Subgraph(nodes: [0, 1, 4], edges: [0, 3], highlightedNodes: [0, 1], highlightedEdges: [0])
        let dot = DOTWriter.write(subgraph, of: graph, options: DOTOptions())
        let lines = dot.split(separator: "\n").map(String.init)
        let alice = try #require(lines.first { $0.contains("label=\"Alice\"") })
        let raid = try #require(lines.first { $0.contains("label=\"Raid") })
        let employs = try #require(lines.first { $0.contains("label=\"employs") })
        let carried = try #require(lines.first { $0.contains("label=\"carried_out") })
        #expect(alice.contains("color=\"#C0392B\", penwidth=\"3\""))
        #expect(raid.contains("fillcolor=\"#FC927255\", color=\"#BBBBBB\", fontcolor=\"#888888\""))
        #expect(employs.contains("color=\"#C0392B\", fontcolor=\"#C0392B\", penwidth=\"2.5\""))
        #expect(carried.contains("color=\"#BBBBBB\""))
        let plain = DOTWriter.write(Subgraph(nodes: [0, 1], edges: [0]), of: graph, options: DOTOptions())
        #expect(!plain.contains("penwidth"))
        #expect(!plain.contains("#BBBBBB"))
        try Support.expectGraphvizAccepts(dot)
    }

    @Test func clustersByCountryThroughLocatedInChains() throws {
        let graph = Self.smallGraph()
        let dot = DOTWriter.write(Self.everything(graph), of: graph, options: DOTOptions(byCountry: true, title: "x"))
        let lines = dot.split(separator: "\n").map(String.init)
        let start = try #require(lines.firstIndex(of: "  subgraph \"cluster_country_0\" {"))
        let end = try #require(lines[start...].firstIndex(of: "  }"))
        let cluster = lines[start...end].joined(separator: "\n")
        #expect(cluster.contains("label=\"Land\", style=\"rounded,filled\""))
        for name in ["Land", "Town", "Raid\\n2016-02"] { #expect(cluster.contains("label=\"\(name)\"")) }
        for name in ["Alice", "Zeta Org", "Thing"] { #expect(!cluster.contains("label=\"\(name)\"")) }
        #expect(!dot.contains("cluster_country_1"))
        #expect(lines.contains { $0.hasPrefix("  \"n0\" [label=\"Alice\"") })
        try Support.expectGraphvizAccepts(dot)
    }

    @Test func choosesTheNearestCountryAndSurvivesCycles() {
        let graph = Graph(nodes: [
            Support.node("a", "place", "A"), Support.node("b", "place", "B"),
            Support.node("far", "country", "Far"), Support.node("near", "country", "Near"),
        ], edges: [
            Support.edge(0, 1, "located_in"), Support.edge(1, 0, "located_in"),
            Support.edge(1, 2, "located_in"), Support.edge(0, 3, "located_in"),
        ])
        #expect(CountryClusters.country(of: 0, in: graph) == 3)
        #expect(CountryClusters.country(of: 1, in: graph) == 2)
        #expect(CountryClusters.country(of: 2, in: graph) == 2)
        let loop = Graph(nodes: [Support.node("x", "place", "X"), Support.node("y", "place", "Y")],
                         edges: [Support.edge(0, 1, "located_in"), Support.edge(1, 0, "located_in")])
        #expect(CountryClusters.country(of: 0, in: loop) == nil)
    }
}
