import CaseGraph
import CaseQuery
import Testing

@Suite("Binder: names resolved against the graph")
struct BinderTests {
    private let graph = Graph(nodes: [
        Node(id: "ijm", type: "organisation", name: "International Justice Mission", aliases: ["IJM"]),
        Node(id: "ijm-nl", type: "organisation", name: "IJM Nederland"),
        Node(id: "zoe", type: "person", name: "Zoë de Vries", aliases: ["Zoë"]),
        Node(id: "zoe-2", type: "person", name: "Zoe de Vries"),
        Node(id: "kamsteeg", type: "person", name: "Henk Jan Kamsteeg"),
    ], edges: [
        Edge(id: "e1", source: 2, target: 0, type: "works_for"),
        Edge(id: "e2", source: 4, target: 1, type: "works_for"),
    ])

    private func bind(_ text: String) throws(QueryError) -> BoundStatement {
        guard let parsed = try StatementParser.parse(text) else { throw QueryError(.syntax, "empty") }
        return try Binder(graph: graph).bind(parsed, source: text).statement
    }

    private func failure(_ text: String) -> QueryError? {
        do {
            _ = try bind(text)
            return nil
        } catch {
            return error
        }
    }

    @Test("an exact id, name or alias wins over partial matches")
    func exactWins() throws {
        #expect(try bind("show IJM") == .show(0))
        #expect(try bind("show ijm-nl") == .show(1))
        #expect(try bind("show international justice MISSION") == .show(0))
    }

    @Test("a unique partial match resolves; several are an ambiguity listing ids and types")
    func partial() throws {
        #expect(try bind("show Kamsteeg") == .show(4))
        let ambiguous = try #require(failure("show Nederland Mission"))
        #expect(ambiguous.kind == .unknownName)
        let several = try #require(failure("show de Vries"))
        #expect(several.kind == .ambiguousName)
        #expect(several.notes.contains { $0.contains("id zoe,") || $0.contains("id zoe)") })
        #expect(several.notes.contains { $0.contains("id zoe-2") })
    }

    @Test("diacritics are ignored, so two nodes can equally match")
    func diacritics() throws {
        let error = try #require(failure("show zoe de vries"))
        #expect(error.kind == .ambiguousName)
        #expect(error.message == "'zoe de vries' equally matches 2 nodes")
        #expect(try bind("show zoe") == .show(2))
    }

    @Test("unknown names suggest the nearest, with a range under the name")
    func unknown() throws {
        let error = try #require(failure("linked Kamstaag depth 2"))
        #expect(error.kind == .unknownName)
        #expect(error.notes.first?.contains("Henk Jan Kamsteeg") == true)
        #expect(error.range?.lowerBound.column == 8)
        #expect(error.range?.upperBound.column == 16)
    }

    @Test("edge and node types are checked; plurals are accepted")
    func types() throws {
        guard case .linked(let linked) = try bind("linked IJM via WORKS_FOR type persons") else {
            Issue.record("not a linked statement")
            return
        }
        #expect(linked.edgeTypes == ["works_for"])
        #expect(linked.nodeTypes == ["person"])
        #expect(failure("linked IJM via work_for")?.notes.first == "did you mean 'works_for'?")
        #expect(failure("nodes peple")?.kind == .unknownName)
    }

    @Test("absurd depths are kept as asked (evaluation bounds them), zero is refused")
    func depth() throws {
        guard case .linked(let linked) = try bind("linked IJM depth 1000000") else {
            Issue.record("not a linked statement")
            return
        }
        #expect(linked.depth == 1_000_000)
        var session = Session(graph: graph)
        #expect(session.run("linked zoe depth 1000000").first?.output?.contains("depth 1000000: 1 node") == true)
        #expect(failure("linked IJM depth 0")?.message == "depth must be at least 1")
    }

    @Test("path and trace bind to the same statement with their direction")
    func paths() throws {
        guard case .path(let path) = try bind("trace zoe to IJM via works_for"),
              case .path(let other) = try bind("path zoe to IJM max 3 all")
        else {
            Issue.record("not path statements")
            return
        }
        #expect(path.kind == .trace && path.from == 2 && path.to == 0 && path.edgeTypes == ["works_for"])
        #expect(other.kind == .path && other.maximumLength == 3 && other.all)
    }
}
