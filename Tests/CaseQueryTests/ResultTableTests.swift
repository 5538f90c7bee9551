import CaseGraph
@testable import CaseQuery
import Testing

/// The packed result table: cells written piece by piece read back as the texts they were
/// made of; the tables of results against a restatement made with `String`s from the graph's
/// accessors, as the tables were built before they were packed.
@Suite("Result tables")
struct ResultTableTests {
    @Test("numbers are written as String(number) writes them, also at the extremes")
    func numbers() {
        let numbers = [0, 1, 9, 10, 99, 100, 12_345, -1, -10, -987_654_321, Int.max, Int.min, Int.max - 1, Int.min + 1]
        var table = ResultTable(columns: ["n"])
        for number in numbers { table.append(number) }
        #expect(table.rows == numbers.map { [String($0)] })
    }

    @Test("cells made of pieces, bytes and strings read back whole, empty cells included")
    func pieces() {
        var table = ResultTable(columns: ["a", "b", "c"])
        table.appendPiece("Zoë")
        table.appendPiece(" ")
        table.appendPiece(42)
        table.endCell()
        table.endCell()
        Array("界 \u{1B}".utf8).withUnsafeBufferPointer { table.append(utf8: $0) }
        table.append("")
        table.append(-7)
        table.append("last")
        #expect(table.rowCount == 2)
        #expect(table.rows == [["Zoë 42", "", "界 \u{1B}"], ["", "-7", "last"]])
        #expect(ResultTable(columns: ["a", "b", "c"], rows: table.rows) == table)
    }

    /// A graph of hostile names and ids, parallel edges, a self-loop.
    static let graph: Graph = {
        let names = ["Zoë de Vries", "\u{1B}[31mred", "a, \"b\"", String(repeating: "界", count: 80), "e\u{301}", "", "Ali"]
        let nodes = names.enumerated().map { number, name in
            Node(id: number == 4 ? "n-\u{202E}4" : "n\(number)", type: ["person", "event", "place"][number % 3], name: name)
        }
        let edges = [(0, 1, "knows"), (1, 2, "paid"), (0, 2, "knows"), (2, 0, "led_to"), (3, 3, "knows"), (4, 0, "paid"),
                     (5, 4, "knows"), (6, 5, "paid"), (0, 1, "paid")].enumerated().map { number, edge in
            Edge(id: number % 2 == 0 ? "e\(number)" : nil, source: edge.0, target: edge.1, type: edge.2)
        }
        return Graph(nodes: nodes, edges: edges)
    }()

    @Test("a linked table's rows: distance, id, type, name and every via step, as strings would give them")
    func linkedRows() {
        let graph = Self.graph
        var rowsSeen = 0
        for start in graph.nodes.indices {
            let reached = graph.neighbourhood(of: start, depth: 3)
            rowsSeen += reached.count
            let result = QueryResult(statement: "linked", body: .linked(center: start, depth: 3, reached: reached, total: reached.count))
            let expected = reached.map { entry -> [String] in
                let via = entry.via.map { edge -> String in
                    let source = graph.edges.source(of: edge), target = graph.edges.target(of: edge)
                    let forward = target == entry.node && source != entry.node
                    let other = graph.nodes.id(of: forward ? source : target), type = graph.edges.type(of: edge)
                    return forward ? "\(other) -\(type)->" : "\(other) <-\(type)-"
                }
                return [String(entry.distance), graph.nodes.id(of: entry.node), graph.nodes.type(of: entry.node),
                        graph.nodes.name(of: entry.node), via.joined(separator: "; ")]
            }
            #expect(ResultTables.table(for: result, in: graph).rows == expected)
        }
        #expect(rowsSeen >= 20)
    }

    @Test("edge and path tables: ids, endpoints, types, directions, dates and quotes as strings would give them")
    func edgeAndPathRows() {
        let graph = Self.graph
        let edges = Array(graph.edges.indices)
        let edgeTable = ResultTables.table(for: QueryResult(statement: "edges", body: .edges(type: nil, edges: edges, total: edges.count)),
                                           in: graph)
        #expect(edgeTable.rows == edges.map { edge in
            [graph.edges.id(of: edge) ?? "#\(edge)", graph.nodes.id(of: graph.edges.source(of: edge)), graph.edges.type(of: edge),
             graph.nodes.id(of: graph.edges.target(of: edge)), graph.edges.date(of: edge)?.description ?? "",
             graph.edges.firstQuote(of: edge) ?? ""]
        })
        let paths = graph.shortestPaths(from: 6, to: 2, limit: 10)
        #expect(!paths.paths.isEmpty)
        let pathTable = ResultTables.table(for: QueryResult(statement: "path", body: .paths(kind: .path, from: 6, to: 2, result: paths)),
                                           in: graph)
        var expected = [[String]]()
        for (number, path) in paths.paths.enumerated() {
            for (position, hop) in path.hops.enumerated() {
                for edge in hop.edges {
                    expected.append([String(number + 1), String(position + 1), graph.nodes.id(of: hop.from), graph.edges.type(of: edge),
                                     graph.edges.source(of: edge) == hop.from ? "forward" : "backward", graph.nodes.id(of: hop.to), "", ""])
                }
            }
        }
        #expect(pathTable.rows == expected)
    }
}
