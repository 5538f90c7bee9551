import CaseGraph
import Testing

@Suite("Merging files")
struct MergeTests {
    typealias T = TestGraphs

    @Test("nodes that share an id merge aliases, properties and sources; conflicting values keep both")
    func merge() throws {
        let first = T.file(nodes: T.node("ijm", "organisation", name: "IJM", aliases: ["International Justice Mission"],
                                          extra: #", "properties": {"offices": 17, "founded": "1997"}"#))
        let second = T.file(
            nodes: #"    {"id": "ijm", "type": "organisation", "name": "International Justice Mission NL", "aliases": ["IJM Nederland"], "properties": {"offices": 18, "founded": "1997"}, "sources": [{"document": "doc", "quote": "other"}]}"#)
        let graph = try T.load([("a.json", first), ("b.json", second)]).graph
        #expect(graph.nodes.count == 1)
        let node = graph.nodes[0]
        #expect(node.name == "IJM")
        #expect(node.aliases == ["International Justice Mission", "International Justice Mission NL", "IJM Nederland"])
        #expect(node.properties.filter { $0.key == "offices" }.map { "\($0.value.displayText)@\($0.origin)" } == ["17@a.json", "18@b.json"])
        #expect(node.properties.filter { $0.key == "founded" }.count == 1)
        #expect(node.sources.map(\.quote) == ["q", "other"])
        #expect(node.origins == ["a.json", "b.json"])
    }

    @Test("edges may point at nodes declared in another file")
    func crossFileEdges() throws {
        let first = T.file(nodes: T.node("a"))
        let second = T.file(nodes: T.node("b"), edges: T.edge("a", "knows", "b"))
        let graph = try T.load([("1.json", first), ("2.json", second)]).graph
        #expect(graph.edges.count == 1)
        #expect(graph.outgoingEdges(of: try #require(graph.index(ofID: "a"))) == [0])
    }

    @Test("300 files, each with a node and an edge to the previous file's: all of them, in order")
    func manyFiles() throws {
        let files = (0..<300).map { file in
            ("part-\(file).json", T.file(nodes: T.node("n\(file)"), edges: file == 0 ? "" : T.edge("n\(file)", "knows", "n\(file - 1)")))
        }
        let graph = try T.load(files).graph
        #expect(graph.nodes.count == 300)
        #expect(graph.edges.count == 299)
        #expect((0..<300).allSatisfy { graph.nodes.id(of: $0) == "n\($0)" })
        #expect((0..<299).allSatisfy { graph.edges.source(of: $0) == $0 + 1 && graph.edges.target(of: $0) == $0 })
        #expect(graph.nodes[299].origins == ["part-299.json"])
    }

    @Test("a node declared with two different types is an error")
    func typeConflict() {
        let errors = T.errors([("1.json", T.file(nodes: T.node("a", "person"))), ("2.json", T.file(nodes: T.node("a", "group")))])
        #expect(errors.count == 1)
        #expect(errors.first?.file == "2.json")
        #expect(errors.first?.message.contains("has type \"group\" here but \"person\" in 1.json") == true)
    }
}
