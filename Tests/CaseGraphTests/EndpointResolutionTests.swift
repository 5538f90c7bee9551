@testable import CaseGraph
import Testing

/// Edge endpoints are numbered against the file's own nodes as the edges are read
/// (`LocalNodeIDs`); any other spelling goes to the merger by its text. Either way an
/// endpoint is the node whose id equals it as a `String`, in whichever file that node is.
@Suite("Endpoint resolution: own nodes, other files, escapes, canonical equivalents, key order")
struct EndpointResolutionTests {
    static let quote = #""sources": [{"document": "doc", "quote": "q"}]"#

    static func edge(_ members: String) -> String {
        "{" + members + #", "type": "knows", "# + quote + "}"
    }

    /// File a: its own nodes first; edges to its nodes, to file b's, escaped, decomposed,
    /// Kelvin sign, target before source.
    static let fileA = TestGraphs.file(
        nodes: [TestGraphs.node("alice"), TestGraphs.node("caf\u{E9}"), TestGraphs.node("K")].joined(separator: ",\n"),
        edges: [
            edge(#""source": "alice", "target": "bob""#),
            edge(#""target": "alice", "source": "\u0061lice""#),
            edge(#""source": "cafe\#u{301}", "target": "alice""#),
            edge(#""source": "\#u{212A}", "target": "caf\u00e9""#),
            edge(#""target": "carol", "source": "K""#),
        ].joined(separator: ",\n"))

    /// File b: edges before nodes, to its own nodes and file a's.
    static let fileB = """
        {"directed": true, "edges": [
          \(edge(#""source": "bob", "target": "alice""#)),
          \(edge(#""source": "carol", "target": "bob""#))
        ],
        "graph": {"documents": [{"id": "doc", "title": "A document"}]},
        "nodes": [\(TestGraphs.node("bob")), \(TestGraphs.node("carol"))]}
        """

    static let expected: [(String, String)] = [
        ("alice", "bob"), ("alice", "alice"), ("caf\u{E9}", "alice"), ("K", "caf\u{E9}"), ("K", "carol"),
        ("bob", "alice"), ("carol", "bob"),
    ]

    @Test("two files, both orders of sections: every endpoint is the right node")
    func twoFiles() throws {
        let loaded = try GraphLoader.load(sources: [GraphSource(file: "a.json", bytes: Array(Self.fileA.utf8)),
                                                    GraphSource(file: "b.json", bytes: Array(Self.fileB.utf8))])
        let graph = loaded.graph
        let endpoints = graph.edges.indices.map { (graph.nodes[graph.edges.source(of: $0)].id, graph.nodes[graph.edges.target(of: $0)].id) }
        #expect(endpoints.map { "\($0.0)->\($0.1)" } == Self.expected.map { "\($0.0)->\($0.1)" })
    }

    @Test("the fast path's records name the same endpoints as the slow path's, split or not")
    func fragments() throws {
        for text in [Self.fileA, Self.fileB] {
            let bytes = Array(text.utf8)
            let slow = try #require(FastLoaderTests.slow(bytes))
            for splitting in [EdgeSplit.never] + (0..<bytes.count).map({ EdgeSplit.at(.exactly($0)) }) {
                let fast = try #require(try FastGraphDecoder.decode(bytes, file: "f.json", cancellation: .never, splitting: splitting))
                #expect(fast == slow)
            }
        }
    }

    @Test("an endpoint missing everywhere is reported once, with its text")
    func unknown() throws {
        let text = TestGraphs.file(nodes: TestGraphs.node("alice"), edges: Self.edge(#""target": "alise", "source": "\u0061lice""#))
        #expect(throws: GraphLoadError.self) { try GraphLoader.load(sources: [GraphSource(file: "a.json", bytes: Array(text.utf8))]) }
        do {
            _ = try GraphLoader.load(sources: [GraphSource(file: "a.json", bytes: Array(text.utf8))])
        } catch {
            let messages = error.diagnostics.map(\.message)
            #expect(messages.contains { $0.contains("unknown node \"alise\"") && $0.contains("did you mean \"alice\"") })
            #expect(messages.filter { $0.contains("unknown node") }.count == 1)
        }
    }
}
