import CaseGraph
import Testing
@testable import CaseQuery

/// The statement of `text`, which must parse.
func parsed(_ text: String) throws -> ParsedStatement {
    try #require(try StatementParser.parse(text))
}

/// The statement proper of `text`, which must parse.
func statement(_ text: String) throws -> Statement {
    try parsed(text).statement
}

/// The error parsing `text` gives, or nil when it parses.
func parseError(_ text: String) -> QueryError? {
    do {
        _ = try StatementParser.parse(text)
        return nil
    } catch {
        return error
    }
}

/// A location in one-line text: `column` counts characters, `offset` bytes.
func location(_ offset: Int, _ column: Int, line: Int = 1) -> CaseQuery.SourceLocation {
    CaseQuery.SourceLocation(offset: offset, line: line, column: column)
}

extension Statement {
    var linked: LinkedStatement? { if case .linked(let value) = self { value } else { nil } }
    var path: PathStatement? { if case .path(let value) = self { value } else { nil } }
    var trace: PathStatement? { if case .trace(let value) = self { value } else { nil } }
    var export: ExportStatement? { if case .export(let value) = self { value } else { nil } }
    var shown: NodeReference? { if case .show(let value) = self { value } else { nil } }
    var found: String? { if case .find(let value) = self { value.value } else { nil } }
    var why: (NodeReference, NodeReference)? { if case .why(let first, let second) = self { (first, second) } else { nil } }
}

/// A small graph shaped like the seed case.
let seedLikeGraph: Graph = {
    let nodes = [
        Node(id: "ijm", type: "organisation", name: "International Justice Mission", aliases: ["IJM"]),
        Node(id: "ijm-netherlands", type: "organisation", name: "IJM Netherlands", aliases: ["IJM in Nederland"]),
        Node(id: "dutch-police", type: "organisation", name: "Dutch police", aliases: ["Nederlandse politie"]),
        Node(id: "henk-jan-kamsteeg", type: "person", name: "Henk Jan Kamsteeg", aliases: ["Kamsteeg"]),
        Node(id: "ed", type: "person", name: "E.D.", aliases: ["49-year-old Dutchman E.D."]),
        Node(id: "man-34", type: "person", name: "34-year-old man", aliases: ["oom"]),
        Node(id: "zoe", type: "person", name: "Zoë de Vries"),
        Node(id: "philippine-authorities", type: "organisation", name: "Philippine authorities",
             aliases: ["Filipijnse autoriteiten"]),
        Node(id: "taguig", type: "place", name: "Taguig"),
        Node(id: "trial", type: "event", name: "Trial against the perpetrator"),
        Node(id: "everything", type: "group", name: "all"),
    ]
    let edges = [
        Edge(id: nil, source: 3, target: 1, type: "works_for"),
        Edge(id: nil, source: 1, target: 0, type: "part_of"),
        Edge(id: nil, source: 2, target: 5, type: "carried_out"),
        Edge(id: nil, source: 0, target: 6, type: "cares_for"),
        Edge(id: nil, source: 5, target: 9, type: "led_to"),
        Edge(id: nil, source: 8, target: 7, type: "located_in"),
    ]
    return Graph(nodes: nodes, edges: edges)
}()

/// Compile-only: the front end's public values cross concurrency domains.
@Test func frontEndValuesAreSendable() {
    func requireSendable<T: Sendable>(_: T.Type) {}
    requireSendable(ScriptItem.self)
    requireSendable(StatementCompleter.self)
    requireSendable(ParsedStatement.self)
    requireSendable(QueryError.self)
}
