@testable import CaseGraph
import Testing

private typealias T = TestGraphs

@Suite("Diagnostic digests: the first of each kind, the rest counted")
struct DiagnosticDigestTests {
    private static func diagnostic(_ severity: GraphDiagnostic.Severity, _ kind: GraphDiagnostic.Kind, line: Int,
                                   file: String = "f.json") -> GraphDiagnostic {
        GraphDiagnostic(severity, file: file, line: line, column: 1, path: "nodes[\(line)]", message: "m\(line)", kind: kind)
    }

    @Test("each kind shows its first perSort in the order given; the kinds with more get a line each, in order")
    func firstOfEachKind() {
        var diagnostics = [GraphDiagnostic]()
        for line in 0..<60 {
            switch line % 4 {
            case 0, 1: diagnostics.append(Self.diagnostic(.warning, .uncitedNode, line: line))  // 30
            case 2 where line < 12: diagnostics.append(Self.diagnostic(.warning, .quoteNotFound, line: line))  // 3
            case 2: diagnostics.append(Self.diagnostic(.error, .general, line: line))  // 12
            default: diagnostics.append(Self.diagnostic(.warning, .general, line: line))  // 15
            }
        }
        let digest = DiagnosticDigest(diagnostics, perSort: 10)
        var expected = [GraphDiagnostic]()
        var seen = [String: Int]()
        for diagnostic in diagnostics {
            let key = "\(diagnostic.severity)-\(diagnostic.kind)"
            seen[key, default: 0] += 1
            if seen[key, default: 0] <= 10 { expected.append(diagnostic) }
        }
        #expect(digest.shown == expected)
        #expect(digest.shown.count == 10 + 3 + 10 + 10)
        #expect(digest.omissions.map(\.count) == [20, 5, 2])
        #expect(digest.omissions.map(\.kind) == [.uncitedNode, .general, .general])
        #expect(digest.omissions.map(\.severity) == [.warning, .warning, .error])
        #expect(!digest.isComplete)
        #expect(digest.lines.count == digest.shown.count + 3)
        #expect(digest.lines.suffix(3) == [
            "f.json: warning: ... and 20 more nodes that cite no source quote",
            "f.json: warning: ... and 5 more warnings",
            "f.json: error: ... and 2 more errors",
        ])
    }

    @Test("few enough, or perSort 0: everything, nothing counted")
    func complete() {
        let diagnostics = (0..<5).map { Self.diagnostic(.warning, .uncitedNode, line: $0) }
        for perSort in [0, -1, 5, 100] {
            let digest = DiagnosticDigest(diagnostics, perSort: perSort)
            #expect(digest.shown == diagnostics && digest.isComplete)
            #expect(digest.lines == diagnostics.map(\.description))
        }
        #expect(DiagnosticDigest([], perSort: 1).lines.isEmpty)
    }

    @Test("one left out is said in the singular; the file is that of the first left out, escaped")
    func singular() {
        let diagnostics = [Self.diagnostic(.warning, .quoteNotFound, line: 1, file: "a.json"),
                           Self.diagnostic(.warning, .quoteNotFound, line: 2, file: "b\u{1B}.json")]
        let digest = DiagnosticDigest(diagnostics, perSort: 1)
        #expect(digest.lines.last == "b\\u{1B}.json: warning: ... and 1 more quote not found verbatim in its document")
        for kind in GraphDiagnostic.Kind.allCases {
            let one = DiagnosticDigest.Omission(severity: .warning, kind: kind, file: "f", count: 1).description
            let two = DiagnosticDigest.Omission(severity: .warning, kind: kind, file: "f", count: 2).description
            #expect(one != two && one.hasPrefix("f: warning: ... and 1 more "))
        }
    }

    @Test("a load's warnings carry their kind; a failed load lists its first 20 errors and counts the rest")
    func loadKinds() throws {
        let uncited = (0..<25).map { #"    {"id": "n\#($0)", "type": "person", "name": "N\#($0)"}"# }
        let file = T.file(nodes: (uncited + [T.node("a")]).joined(separator: ",\n"),
                          documents: #"{"id": "doc", "title": "A", "path": "doc.txt"}"#)
        let warnings = try T.load([("f.json", file)], documentText: nil).warnings
        #expect(warnings.filter { $0.kind == .uncitedNode }.count == 25)
        #expect(warnings.filter { $0.kind == .unreadableDocument }.count == 1)
        #expect(warnings.allSatisfy { $0.kind != .general })
        let quoted = try T.load([("f.json", file)], documentText: "other text").warnings
        #expect(quoted.filter { $0.kind == .quoteNotFound }.map(\.path) == ["nodes[25].sources[0].quote"])

        let dangling = (0..<30).map { T.edge("a", "knows", "missing\($0)") }.joined(separator: ",\n")
        do {
            _ = try T.load([("f.json", T.file(nodes: T.node("a"), edges: dangling))])
            Issue.record("a graph with dangling edges loaded")
        } catch {
            let lines = error.description.split(separator: "\n").map(String.init)
            #expect(lines.first == "the graph was not loaded: 30 errors")
            #expect(lines.count == 1 + 20 + 1)
            #expect(lines.last == "f.json: error: ... and 10 more errors")
        }
    }

    @Test("diagnostics in file order: by the files' order, line and column; one place keeps its order")
    func fileOrder() {
        func at(_ file: String, _ line: Int?, _ column: Int?, _ message: String) -> GraphDiagnostic {
            GraphDiagnostic(.warning, file: file, line: line, column: column, message: message)
        }
        let given = [at("b", 3, 1, "b3"), at("a", 2, 5, "a2-5"), at("x", 1, 1, "x"), at("a", 2, 5, "a2-5 again"),
                     at("a", nil, nil, "a whole"), at("b", 1, 9, "b1"), at("a", 2, 1, "a2-1")]
        let ordered = GraphLoader.inFileOrder(given, files: ["a", "b"])
        #expect(ordered.map(\.message) == ["a whole", "a2-1", "a2-5", "a2-5 again", "b1", "b3", "x"])
        let sorted = [at("a", 1, 1, "1"), at("a", 1, 1, "2"), at("b", 0, 0, "3")]
        #expect(GraphLoader.inFileOrder(sorted, files: ["a", "b"]) == sorted)
    }
    @Test("a diagnostic kept in parts reads, compares and hashes as the same diagnostic written out; setting a part replaces it")
    func parts() {
        let id = "n-\u{1B}[31m-a-long-identifier"
        var inParts = GraphDiagnostic(.warning, file: "f.json", line: 3, column: 5,
                                      path: .record(.nodes, index: 12, suffix: ".sources"), message: .uncitedNode(id: id), kind: .uncitedNode)
        let written = GraphDiagnostic(.warning, file: "f.json", line: 3, column: 5, path: "nodes[12].sources",
                                      message: "node \"n-\\u{1B}[31m-a-long-identifier\" cites no source quote", kind: .uncitedNode)
        #expect(inParts.path == "nodes[12].sources" && inParts.message == written.message)
        #expect(inParts == written && inParts.hashValue == written.hashValue && Set([inParts, written]).count == 1)
        #expect(inParts.description == "f.json:3:5: warning: nodes[12].sources: node \"n-\\u{1B}[31m-a-long-identifier\" cites no source quote")
        let documentPath = GraphDiagnostic(.error, file: "f.json", line: nil, column: nil,
                                           path: .record(.documents, index: 0, suffix: ""), message: .text("m"), kind: .general)
        #expect(documentPath.path == "graph.documents[0]" && documentPath.description == "f.json: error: graph.documents[0]: m")
        inParts.path = nil
        inParts.message = "other"
        #expect(inParts.description == "f.json:3:5: warning: other" && inParts != written)
    }
}
