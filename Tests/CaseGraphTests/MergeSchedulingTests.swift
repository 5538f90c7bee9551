@testable import CaseGraph
import Testing

/// The merger builds the graph beside the quote check on small graphs and after it on
/// large ones (`GraphMerger.overlapLimit`): the answers are the same either way.
@Suite("Merging: the graph built beside or after the quote check, same answers")
struct MergeSchedulingTests {
    typealias T = TestGraphs

    static func build(_ text: String, overlapLimit: Int) throws -> (Graph?, [GraphDiagnostic]) {
        let fragment = try #require(FastGraphDecoder.decode(Array(text.utf8), file: "f.json"))
        var merger = GraphMerger()
        try merger.add(fragment)
        return try merger.build(readDocument: { _, _ in "q\nSomething else." }, overlapLimit: overlapLimit)
    }

    @Test("same graph and warnings, a quote not found among them")
    func sameAnswers() throws {
        let nodes = [T.node("a"), T.node("b"), T.node("c")].joined(separator: ",\n")
        let edges = [T.edge("a", "knows", "b"), T.edge("b", "knows", "c").replacingOccurrences(of: "\"q\"", with: "\"absent\"")]
        let text = T.file(nodes: nodes, edges: edges.joined(separator: ",\n"),
                          documents: #"{"id": "doc", "title": "A document", "path": "doc.txt"}"#)
        let (beside, besideWarnings) = try Self.build(text, overlapLimit: .max)
        let (after, afterWarnings) = try Self.build(text, overlapLimit: 0)
        let graph = try #require(beside)
        let other = try #require(after)
        #expect(graph.nodes == other.nodes && graph.edges == other.edges && graph.edges.count == 2)
        #expect(graph.outgoingEdges(of: 1) == other.outgoingEdges(of: 1))
        // The id table reached the graph either way.
        #expect(["a", "b", "c"].map { graph.index(ofID: $0) } == [0, 1, 2])
        #expect(["a", "b", "c", "d"].map { other.index(ofID: $0) } == [0, 1, 2, nil])
        #expect(besideWarnings == afterWarnings)
        #expect(afterWarnings.map(\.path) == ["edges[1].sources[0].quote"])
    }

    @Test("enough nodes for the node tables to be built beside the edges' resolution: the same graph")
    func nodeTablesAhead() throws {
        let count = GraphMerger.backgroundNodes + 100
        // Names out of id order, some shared, so the name index and the id ranks have work to do.
        let nodes = (0..<count).map { index in
            let id = "n\((count - index) * 7 % count)"
            return T.node(id, name: "Name \(index % 50) \(id)", aliases: index % 3 == 0 ? ["Alias \(index % 20)"] : [])
        }
        let edges = (0..<count).map { T.edge("n\($0)", "knows", "n\(($0 * 31 + 1) % count)") }
        let text = T.file(nodes: nodes.joined(separator: ",\n"), edges: edges.joined(separator: ",\n"),
                          documents: #"{"id": "doc", "title": "A document", "path": "doc.txt"}"#)
        let (ahead, aheadWarnings) = try Self.build(text, overlapLimit: .max)
        let (after, afterWarnings) = try Self.build(text, overlapLimit: 0)
        let graph = try #require(ahead), other = try #require(after)
        #expect(graph.nodes == other.nodes && graph.edges == other.edges && aheadWarnings == afterWarnings)
        #expect(graph.idRank == other.idRank && graph.names.exactMatches("name 7 n7") == other.names.exactMatches("name 7 n7"))
        #expect(graph.names.search("Name 3").map(\.node) == other.names.search("Name 3").map(\.node))
        #expect((0..<count).allSatisfy { graph.outgoingEdges(of: $0) == other.outgoingEdges(of: $0) })
    }
}
