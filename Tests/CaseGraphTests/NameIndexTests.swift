import CaseGraph
import Testing

@Suite("Name index and search")
struct NameIndexTests {
    private func graph() throws -> Graph {
        let text = TestGraphs.file(nodes: [
            TestGraphs.node("ijm", "organisation", name: "International Justice Mission", aliases: ["IJM"]),
            TestGraphs.node("ijm-nl", "organisation", name: "IJM Nederland", aliases: ["IJM in Nederland"]),
            TestGraphs.node("zoe", "person", name: "Zoë de Vries"),
            TestGraphs.node("police", "organisation", name: "Dutch police", aliases: ["Nederlandse politie"]),
        ].joined(separator: ",\n"))
        return try TestGraphs.load([("n.json", text)]).graph
    }

    @Test("exact matches ignore case, diacritics and extra spaces")
    func exact() throws {
        let graph = try graph()
        #expect(graph.names.exactMatches("  NEDERLANDSE   politie ").map { graph.nodes[$0].id } == ["police"])
        #expect(graph.names.exactMatches("zoe DE vries").map { graph.nodes[$0].id } == ["zoe"])
        #expect(graph.names.exactMatches("ijm").map { graph.nodes[$0].id } == ["ijm"])
    }

    @Test("exact matches find a name written in another Unicode normalization form")
    func normalization() {
        // Hangul keeps its syllables through folding; precomposed and conjoining jamo forms
        // are canonically equivalent but differ in bytes.
        let graph = Graph(nodes: [Node(id: "seoul", type: "place", name: "\u{C11C}\u{C6B8}"),
                                  Node(id: "kim", type: "person", name: "Kim", aliases: ["\u{1100}\u{1175}\u{11B7}"])],
                          edges: [])
        #expect(graph.names.exactMatches("\u{1109}\u{1165}\u{110B}\u{116E}\u{11AF}") == [0])
        #expect(graph.names.exactMatches("\u{C11C}\u{C6B8}") == [0])
        #expect(graph.names.exactMatches("\u{AE40}") == [1])
        #expect(graph.names.exactMatches("\u{AE41}").isEmpty)
    }

    @Test("search ranks exact, then prefix, then substring, then fuzzy")
    func ranking() throws {
        let graph = try graph()
        let hits = graph.names.search("IJM")
        #expect(hits.map { graph.nodes[$0.node].id } == ["ijm", "ijm-nl"])
        #expect(hits.map(\.match) == [.exact, .prefix])
        #expect(graph.names.search("Vries").first?.match == .substring)
        let fuzzy = graph.names.search("Nederlandse polite")
        #expect(fuzzy.first.map { graph.nodes[$0.node].id } == "police")
        #expect(fuzzy.first?.match == .fuzzy(distance: 1))
        #expect(graph.names.search("").isEmpty)
    }

    @Test("edit distance and suggestions")
    func distance() {
        #expect(EditDistance.between("kitten", "sitting") == 3)
        #expect(EditDistance.between("kitten", "sitting", limit: 2) == nil)
        #expect(EditDistance.between("", "abc") == 3)
        #expect(EditDistance.between("abc", "") == 3)
        #expect(EditDistance.suggestions(for: "lnked", among: ["linked", "path", "find"]) == ["linked"])
    }

    @Test("text folding and terminal-safe escaping")
    func folding() {
        #expect(TextFolding.fold("  Zoë\tDE  Vriés ") == "zoe de vries")
        #expect(SafeText.escaped("a\u{1B}[31mb\u{202E}c\n") == "a\\u{1B}[31mb\\u{202E}c\\u{A}")
        #expect(SafeText.escaped("Zoë") == "Zoë")
    }

    @Test("a search polls its cancellation while ranking too: cancelled at any poll, it returns no hits")
    func cancelledRanking() {
        // 12,000 nodes whose names all hold an "a": 12,000 hits to rank for "a".
        let nodes = (0..<12_000).map { Node(id: "n\($0)", type: "person", name: "name \(($0 * 7_919) % 12_000)") }
        let graph = Graph(nodes: nodes, edges: [])
        final class Polls: @unchecked Sendable {
            var count = 0
            var firing = Int.max
        }
        let polls = Polls()
        let cancellation = Cancellation { polls.count += 1; return polls.count >= polls.firing }
        let all = graph.names.search("a", limit: .max, cancellation: cancellation)
        #expect(all.count == 12_000)
        let total = polls.count
        // The scan polls about once per 4,096 of its 12,000 hits, and so does the ranking's
        // gathering of the 12,000 nodes; both check once more when they end.
        #expect(total >= 2 * (12_000 / Cancellation.interval) + 2, "only \(total) polls")
        // Fired at any poll, the search returns nothing.
        for firing in 1...total {
            polls.count = 0
            polls.firing = firing
            let hits = graph.names.search("a", limit: .max, cancellation: cancellation)
            #expect(polls.count >= firing ? hits.isEmpty : hits == all, "fired at poll \(firing) of \(polls.count)")
        }
    }
}
