import CaseGraph
import Foundation
import Testing

@Suite("Loader validation: every problem, with its place")
struct LoaderValidationTests {
    typealias T = TestGraphs

    private func only(_ files: [(String, String)], containing text: String) -> [GraphDiagnostic] {
        T.errors(files).filter { $0.message.contains(text) }
    }

    @Test("a JSON syntax error names file, line and column")
    func syntaxError() {
        let errors = T.errors([("bad.json", "{\n  \"nodes\": [\n    {\"id\": \"a\",, }\n  ]\n}")])
        #expect(errors.count == 1)
        let error = errors[0]
        #expect(error.file == "bad.json")
        #expect(error.line == 3)
        #expect(error.column == 16)
        #expect(error.description.hasPrefix("bad.json:3:16: error: JSON syntax error"))
    }

    @Test("missing, empty and wrongly typed fields")
    func fields() {
        let file = T.file(nodes: [
            #"    {"id": "a", "type": "person"}"#,
            #"    {"id": "", "type": "person", "name": "B"}"#,
            #"    {"id": "c", "type": 7, "name": "C"}"#,
        ].joined(separator: ",\n"))
        let errors = T.errors([("f.json", file)])
        #expect(errors.contains { $0.path == "nodes[0].name" && $0.message == "missing required field \"name\"" && $0.line == 5 })
        #expect(errors.contains { $0.path == "nodes[1].id" && $0.message == "\"id\" must not be empty" })
        #expect(errors.contains { $0.path == "nodes[2].type" && $0.message == "expected a string, found number" })
    }

    @Test("duplicate ids within a file, with both places")
    func duplicateIDs() {
        let file = T.file(nodes: [T.node("a"), T.node("a")].joined(separator: ",\n"))
        let errors = only([("f.json", file)], containing: "duplicate node id")
        #expect(errors.count == 1)
        #expect(errors.first?.path == "nodes[1].id")
        #expect(errors.first?.message.contains("first declared at nodes[0] (line 5)") == true)
    }

    @Test("edges to unknown nodes suggest the nearest id")
    func danglingEdge() {
        let file = T.file(nodes: [T.node("alice"), T.node("bob")].joined(separator: ",\n"),
                          edges: T.edge("alice", "knows", "bobb"))
        let errors = T.errors([("f.json", file)])
        #expect(errors.count == 1)
        #expect(errors.first?.path == "edges[0].target")
        #expect(errors.first?.message == "edge refers to unknown node \"bobb\"; did you mean \"bob\"?")
        #expect(errors.first?.line == 9)
    }

    @Test("malformed dates, unknown documents, missing evidence, bad edge types, duplicate keys")
    func otherClasses() {
        let nodes = [
            T.node("a", "event", extra: #", "properties": {"date": "2016-13-01"}"#),
            #"    {"id": "b", "type": "person", "name": "B", "sources": [{"document": "dco", "quote": "x"}]}"#,
            #"    {"id": "c", "type": "person", "name": "C", "name": "C2"}"#,
        ].joined(separator: ",\n")
        let edges = [
            #"    {"source": "a", "target": "b", "type": "led_to"}"#,
            T.edge("a", "Tipped Off", "b"),
        ].joined(separator: ",\n")
        let errors = T.errors([("f.json", T.file(nodes: nodes, edges: edges))])
        #expect(errors.contains { $0.path == "nodes[0].properties.date" && $0.message.hasPrefix("malformed date \"2016-13-01\"") })
        #expect(errors.contains { $0.path == "nodes[1].sources[0].document" && $0.message.contains("unknown document \"dco\"; did you mean \"doc\"?") })
        #expect(errors.contains { $0.path == "nodes[2].name" && $0.message.contains("duplicate key") })
        #expect(errors.contains { $0.path == "edges[0].sources" && $0.message == "every edge must cite at least one source quote" })
        #expect(errors.contains { $0.path == "edges[1].type" && $0.message.contains("did you mean \"tipped_off\"?") })
        #expect(errors.filter { $0.severity == .error }.count == 5)
    }

    @Test("errors in several files are all reported, and nothing loads")
    func severalFiles() {
        let good = T.file(nodes: T.node("a"))
        let bad = T.file(nodes: T.node("b"), edges: T.edge("b", "knows", "zed"))
        let errors = T.errors([("1.json", good), ("2.json", "[1, 2"), ("3.json", bad)])
        #expect(errors.map(\.file) == ["2.json", "3.json"])
    }

    @Test("the top level must be an object with nodes and edges")
    func topLevel() {
        #expect(T.errors([("f.json", "[]")]).first?.message.contains("top level must be an object") == true)
        #expect(T.errors([("f.json", "{}")]).map(\.path) == ["nodes"])
    }

    @Test("directed and multigraph must be booleans")
    func flags() {
        let errors = T.errors([("f.json", #"{"directed": "yes", "multigraph": 1, "nodes": [], "edges": []}"#)])
        #expect(errors.map(\.path) == ["directed", "multigraph"])
        #expect(errors.first?.message == "expected true or false, found string")
    }

    @Test("missing files and empty folders are errors")
    func missingFiles() {
        do {
            _ = try GraphLoader.load(paths: ["/nonexistent/graph.json"])
            Issue.record("loaded a missing file")
        } catch {
            #expect(error.diagnostics.first?.message == "no such file or folder")
        }
    }

    @Test("quotes not found in their document are warnings")
    func quoteNotInDocument() throws {
        let file = T.file(nodes: T.node("a"), documents: #"{"id": "doc", "title": "A", "path": "doc.txt"}"#)
        let loaded = try T.load([("f.json", file)], documentText: "Something else entirely.")
        #expect(loaded.warnings.contains { $0.severity == .warning && $0.message.hasPrefix("quote not found verbatim") })
    }

    @Test("a missing quote's warning names that citation: its quote and its place among the record's sources")
    func missingQuoteCitation() throws {
        let node = #"    {"id": "a", "type": "person", "name": "A", "sources": [{"document": "doc", "quote": "q"}, {"document": "doc", "quote": "node quote absent"}]}"#
        let edge = #"    {"source": "a", "target": "b", "type": "knows", "sources": [{"document": "doc", "quote": "q"}, {"document": "doc", "quote": "edge quote absent"}]}"#
        let file = T.file(nodes: node + ",\n" + T.node("b"), edges: edge,
                          documents: #"{"id": "doc", "title": "A", "path": "doc.txt"}"#)
        let warnings = try T.load([("f.json", file)], documentText: "q").warnings
            .filter { $0.message.hasPrefix("quote not found verbatim") }
        #expect(warnings.map(\.path) == ["nodes[0].sources[1].quote", "edges[0].sources[1].quote"])
        #expect(warnings.map(\.message) == [#"quote not found verbatim in document "doc": "node quote absent""#,
                                            #"quote not found verbatim in document "doc": "edge quote absent""#])
    }

    @Test("terminal escapes in ids are shown escaped in messages")
    func escapedMessages() {
        let file = T.file(nodes: T.node("a"), edges: T.edge("a", "knows", "\\u001b[31mred"))
        let message = T.errors([("f.json", file)]).first?.message ?? ""
        #expect(message.contains("\\u{1B}[31mred"))
        #expect(!message.contains("\u{1B}"))
    }
}

@Suite("Quote warnings keep their place")
struct QuoteWarningOrderTests {
    @Test("missing quotes and unknown documents are reported in record and citation order")
    func order() {
        let sources = #"[{"document": "doc", "quote": "absent one"}, {"document": "dok", "quote": "x"}, {"document": "doc", "quote": "Present line."}, {"document": "doc", "quote": "absent two"}]"#
        let nodes = [#"    {"id": "a", "type": "person", "name": "A", "sources": \#(sources)}"#,
                     #"    {"id": "b", "type": "person", "name": "B", "sources": \#(sources)}"#].joined(separator: ",\n")
        let edges = #"    {"source": "a", "target": "b", "type": "knows", "sources": \#(sources)}"#
        let file = TestGraphs.file(nodes: nodes, edges: edges, documents: #"{"id": "doc", "title": "A", "path": "doc.txt"}"#)
        do {
            _ = try TestGraphs.load([("f.json", file)], documentText: "Present line.\nOther.")
            Issue.record("loaded a graph citing an unknown document")
        } catch {
            let listed = error.diagnostics.map { "\($0.severity) \($0.path ?? "")" }
            let perRecord = { (record: String) in
                ["warning \(record).sources[0].quote", "error \(record).sources[1].document", "warning \(record).sources[3].quote"]
            }
            #expect(listed == perRecord("nodes[0]") + perRecord("nodes[1]") + perRecord("edges[0]"))
        }
    }
}

@Suite("Merge diagnostics point at their record")
struct MergePlaceTests {
    @Test("line and column of records after the file's bytes are gone, on one-line and multi-line files")
    func places() {
        // Records after multi-byte text on the same line: columns count characters.
        let node = { (id: String) in #"{"id": "\#(id)", "type": "person", "name": "Zoë ☃ \#(id)", "sources": [{"document": "doc", "quote": "q"}]}"# }
        let edge = { (target: String) in #"{"source": "a", "target": "\#(target)", "type": "knows", "sources": [{"document": "doc", "quote": "q"}]}"# }
        let oneLine = #"{"graph": {"documents": [{"id": "doc", "title": "T"}]}, "nodes": [\#(node("a")), \#(node("b"))], "edges": [\#(edge("b")), \#(edge("nowhere"))]}"#
        let multiLine = oneLine.replacingOccurrences(of: "}, {", with: "},\r\n  {").replacingOccurrences(of: "[{\"source", with: "[\n{\"source")
        for text in [oneLine, multiLine] {
            let bytes = Array(text.utf8)
            let table = LineTable(bytes)
            let expected = table.location(ofOffset: bytes.firstRange(of: Array(#"{"source": "a", "target": "nowhere""#.utf8))?.lowerBound ?? -1)
            let errors = TestGraphs.errors([("f.json", text)])
            #expect(errors.count == 1)
            #expect(errors.first?.path == "edges[1].target")
            #expect(errors.first?.line == expected.line && errors.first?.column == expected.column, "\(errors)")
        }
    }
}
