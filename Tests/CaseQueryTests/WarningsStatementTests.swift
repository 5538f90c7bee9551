import CaseGraph
@testable import CaseQuery
import Foundation
import Testing

@Suite("warnings: what the load warned of, as a listing")
struct WarningsStatementTests {
    private static let graph = Graph(nodes: [Node(id: "a", type: "person", name: "A")], edges: [])

    /// `count` warnings of alternating kinds, the escape in the first message included.
    private static func warnings(_ count: Int) -> [GraphDiagnostic] {
        (0..<count).map { index in
            GraphDiagnostic(.warning, file: "case.json", line: index + 2, column: index == 0 ? nil : 3,
                            path: "nodes[\(index)].sources", message: index == 0 ? "node \"\u{1B}[31m\" cites no source quote" : "w\(index)",
                            kind: index.isMultiple(of: 2) ? .uncitedNode : .quoteNotFound)
        }
    }

    @Test("as a table: every warning with its place and kind, cut at the limit with a note; escapes shown escaped")
    func table() throws {
        var session = Session(graph: Self.graph, warnings: Self.warnings(7))
        let output = try #require(session.run("warnings limit 3").first?.output)
        let lines = output.split(separator: "\n").map(String.init)
        #expect(lines.first == "load warnings: 7 warnings")
        #expect(lines[1].split(separator: " ").map(String.init) == ["file", "line", "column", "kind", "path", "message"])
        #expect(lines.count == 3 + 3 + 1)
        #expect(lines[3].contains("case.json") && lines[3].contains("uncited_node") && lines[3].contains("\\u{1B}[31m"))
        #expect(!output.contains("\u{1B}"))
        #expect(lines[4].contains("quote_not_found") && lines[4].contains("nodes[1].sources") && lines[4].hasSuffix("w1"))
        #expect(lines.last == "note: showing 3 of 7 warnings; add `limit 0` to see all, or `limit N`")
        let all = try #require(session.run("warnings limit 0").first?.output)
        #expect(all.split(separator: "\n").count == 3 + 7)
        #expect(session.run("warnings").first?.output?.contains("note:") == false)
        var empty = Session(graph: Self.graph)
        #expect(empty.run("warnings").map(\.output) == ["load warnings: 0 warnings"])
    }

    @Test("as JSON and CSV: every field; a warning without a place has null line and column")
    func jsonAndCSV() throws {
        var json = Session(graph: Self.graph, warnings: Self.warnings(3), options: SessionOptions(format: .json))
        let text = try #require(json.run("warnings limit 2").first?.output)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["kind"] as? String == "warnings")
        #expect(object["total"] as? Int == 3)
        let rows = try #require(object["warnings"] as? [[String: Any]])
        #expect(rows.count == 2)
        #expect(rows[0]["column"] is NSNull && rows[0]["line"] as? Int == 2)
        #expect(rows[1]["file"] as? String == "case.json" && rows[1]["column"] as? Int == 3)
        #expect(rows[1]["kind"] as? String == "quote_not_found" && rows[1]["path"] as? String == "nodes[1].sources")
        #expect(rows[1]["message"] as? String == "w1")
        var csv = Session(graph: Self.graph, warnings: Self.warnings(2), options: SessionOptions(format: .csv))
        let table = try #require(csv.run("warnings").first?.output)
        #expect(table.split(separator: "\n").first == "file,line,column,kind,path,message")
        #expect(table.split(separator: "\n").last == "case.json,3,3,quote_not_found,nodes[1].sources,w1")
    }

    @Test("`load` replaces the warnings with the new graph's and shows the first ten of each kind")
    func load() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("casegraph-warnings-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let nodes = (0..<15).map { #"{"id": "n\#($0)", "type": "person", "name": "N\#($0)"}"# }.joined(separator: ",\n")
        let file = folder.appendingPathComponent("case.json")
        try #"{"directed": true, "multigraph": true, "nodes": [\#n\#(nodes)], "edges": []}"#
            .write(to: file, atomically: true, encoding: .utf8)
        var session = Session(graph: Self.graph, warnings: Self.warnings(2))
        let loaded = try #require(session.run("load \"\(file.path)\"").first?.output)
        let lines = loaded.split(separator: "\n").map(String.init)
        #expect(lines.count == 1 + 10 + 2, "\(loaded)")
        #expect(lines[11].hasSuffix("warning: ... and 5 more nodes that cite no source quote"))
        #expect(lines[12] == DiagnosticDigest.listingHint)
        #expect(session.warnings.count == 15 && session.warnings.allSatisfy { $0.kind == .uncitedNode })
        #expect(session.run("warnings limit 0").first?.output?.split(separator: "\n").count == 3 + 15)
    }

    @Test("`warnings` parses alone, takes a limit, and refuses anything else")
    func parsing() {
        var session = Session(graph: Self.graph)
        #expect(session.run("WARNINGS limit 1").first?.failed == false)
        let extra = session.run("warnings of a").first
        #expect(extra?.failed == true)
    }
}
