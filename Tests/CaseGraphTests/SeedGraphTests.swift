import CaseGraph
import Foundation
import Testing

@Suite("The seed case graph")
struct SeedGraphTests {
    @Test("loads with the expected counts and no warnings")
    func counts() throws {
        let loaded = try TestGraphs.seed()
        let statistics = loaded.graph.statistics
        #expect(statistics.nodeCount == 28)
        #expect(statistics.edgeCount == 53)
        #expect(statistics.documentCount == 1)
        let byType = Dictionary(uniqueKeysWithValues: statistics.nodesByType.map { ($0.type, $0.count) })
        #expect(byType == ["group": 7, "event": 6, "organisation": 5, "person": 3, "operation": 3, "country": 2, "place": 2])
        #expect(loaded.warnings.isEmpty, "\(loaded.warnings)")
    }

    @Test("the chain from the 2016-02-01 arrest to the Taguig arrest follows edge direction")
    func causalChain() throws {
        let graph = try TestGraphs.seed().graph
        let start = try #require(graph.index(ofID: "arrest-ed-2016"))
        let goal = try #require(graph.index(ofID: "arrest-taguig"))
        #expect(graph.nodes[start].date == CaseDate("2016-02-01"))
        let result = graph.shortestPaths(from: start, to: goal, direction: .outgoing)
        let path = try #require(result.paths.first)
        #expect(path.hops.allSatisfy { hop in hop.edges.allSatisfy { graph.edges[$0].source == hop.from } })
        #expect(path.nodes.map { graph.nodes[$0].id } == ["arrest-ed-2016", "abuse-discovery", "dutch-police-tip", "arrest-taguig"])
        // And the police reach the arrest along edge direction too.
        let police = try #require(graph.index(ofID: "dutch-police"))
        #expect(!graph.shortestPaths(from: police, to: goal, direction: .outgoing).paths.isEmpty)
        // Against edge direction there is no chain back.
        #expect(graph.shortestPaths(from: goal, to: start, direction: .outgoing).paths.isEmpty)
    }

    @Test("every quote occurs verbatim in its document")
    func quotesAreVerbatim() throws {
        let graph = try TestGraphs.seed().graph
        let document = try #require(graph.documents.first)
        // The graph keeps no text: read the local copy as the loader does.
        let path = try #require(document.path)
        let base = URL(fileURLWithPath: document.origin).deletingLastPathComponent()
        let text = try String(contentsOf: base.appendingPathComponent(path), encoding: .utf8)
        let citations = graph.nodes.flatMap(\.sources) + graph.edges.flatMap(\.sources)
        #expect(!citations.isEmpty)
        for citation in citations {
            #expect(citation.document == document.id)
            #expect(text.contains(citation.quote), "not verbatim: \(citation.quote)")
        }
        #expect(graph.edges.allSatisfy { !$0.sources.isEmpty })
    }

    @Test("Dutch names, case and diacritics find their nodes")
    func dutchAliases() throws {
        let graph = try TestGraphs.seed().graph
        func ids(_ text: String) -> [String] { graph.names.exactMatches(text).map { graph.nodes[$0].id } }
        #expect(ids("nederlandse POLITIE") == ["dutch-police"])
        #expect(ids("Filipijnse autoriteiten") == ["philippine-authorities"])
        #expect(ids("IJM") == ["ijm"])
        #expect(ids("de filipijnen") == ["philippines"])
        let kamsteeg = graph.names.search("Kamsteeg").first.map { graph.nodes[$0.node].id }
        #expect(kamsteeg == "henk-jan-kamsteeg")
        let accented = graph.names.search("Kämsteeg").first.map { graph.nodes[$0.node].id }
        #expect(accented == "henk-jan-kamsteeg")
    }
}
