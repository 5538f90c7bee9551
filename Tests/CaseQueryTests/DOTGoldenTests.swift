import CaseGraph
@testable import CaseQuery
import Foundation
import Testing

/// The headline exports of the seed graph, compared with `Goldens/*.dot`.
///
/// Run with `UPDATE_GOLDENS=1` to (re)write the golden files instead of comparing.
@Suite("DOT golden files")
struct DOTGoldenTests {
    typealias Support = DOTTestSupport

    static let goldens = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens")

    static func linkedIJM(_ graph: Graph) throws -> QueryResult {
        let ijm = try #require(graph.index(ofID: "ijm"))
        let reached = graph.neighbourhood(of: ijm, depth: 1)
        return QueryResult(statement: "linked ijm",
                           body: .linked(center: ijm, depth: 1, reached: reached, total: reached.count))
    }

    static func traceDutchPoliceToArrest(_ graph: Graph) throws -> QueryResult {
        let from = try #require(graph.index(ofID: "dutch-police"))
        let to = try #require(graph.index(ofID: "arrest-taguig"))
        let paths = graph.shortestPaths(from: from, to: to, direction: .outgoing)
        return QueryResult(statement: "trace dutch-police to arrest-taguig",
                           body: .paths(kind: .trace, from: from, to: to, result: paths))
    }

    /// Compares `text` with the golden file `name`, or writes it under `UPDATE_GOLDENS=1`.
    static func checkGolden(_ text: String, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let url = goldens.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1" {
            try FileManager.default.createDirectory(at: goldens, withIntermediateDirectories: true)
            try AtomicFile.write(Array(text.utf8), to: url.path)
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record("missing golden \(name); run with UPDATE_GOLDENS=1 to write it", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        guard expected != text else { return }
        Issue.record("\(name) differs from its golden file:\n\(lineDiff(expected: expected, actual: text))",
                     sourceLocation: sourceLocation)
    }

    /// The lines that differ, `-` expected and `+` actual, by position.
    static func lineDiff(expected: String, actual: String) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var report = [String]()
        for line in 0..<max(old.count, new.count) {
            let left = line < old.count ? String(old[line]) : nil, right = line < new.count ? String(new[line]) : nil
            guard left != right else { continue }
            if let left { report.append("\(line + 1) - \(left)") }
            if let right { report.append("\(line + 1) + \(right)") }
        }
        return report.prefix(40).joined(separator: "\n")
    }

    @Test func linkedIJMMatchesItsGolden() throws {
        let graph = try Support.seedGraph()
        let result = try Self.linkedIJM(graph)
        guard case .text(let dot) = try Exporter.export(result, of: graph, format: .dot, withContext: false,
                                                        byCountry: false, file: nil)
        else { Issue.record("export dot without a file must return text"); return }
        try Self.checkGolden(dot, "linked-ijm.dot")
        #expect(dot.contains("label=\"International Justice\\nMission\""))
        #expect(!dot.contains("penwidth"))
        try Support.expectGraphvizAccepts(dot)
    }

    @Test func linkedIJMByCountryMatchesItsGolden() throws {
        let graph = try Support.seedGraph()
        let result = try Self.linkedIJM(graph)
        guard case .text(let dot) = try Exporter.export(result, of: graph, format: .dot, withContext: false,
                                                        byCountry: true, file: nil)
        else { Issue.record("export dot without a file must return text"); return }
        try Self.checkGolden(dot, "linked-ijm-by-country.dot")
        #expect(dot.contains("label=\"the Philippines\", style=\"rounded,filled\""))
        #expect(dot.contains("label=\"Netherlands\", style=\"rounded,filled\""))
        try Support.expectGraphvizAccepts(dot)
    }

    @Test func traceWithContextMatchesItsGolden() throws {
        let graph = try Support.seedGraph()
        let result = try Self.traceDutchPoliceToArrest(graph)
        guard case .text(let dot) = try Exporter.export(result, of: graph, format: .dot, withContext: true,
                                                        byCountry: false, file: nil)
        else { Issue.record("export dot without a file must return text"); return }
        try Self.checkGolden(dot, "trace-dutch-police-arrest-taguig-context.dot")
        #expect(dot.contains("label=\"trace dutch-police to arrest-taguig\""))
        #expect(dot.split(separator: "\n").filter { $0.contains("penwidth=\"3\"") }.count == 3)
        #expect(dot.split(separator: "\n").filter { $0.contains("penwidth=\"2.5\"") }.count == 2)
        try Support.expectGraphvizAccepts(dot)
    }

    @Test(.enabled(if: Support.graphvizRequired, "Graphviz is not installed"))
    func rendersTheTraceToSVGAndPNG() throws {
        let graph = try Support.seedGraph()
        let result = try Self.traceDutchPoliceToArrest(graph)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("casegraph-dot-render")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for format in [ExportFormat.svg, .png] {
            let path = folder.appendingPathComponent("trace.\(format.rawValue)").path
            let outcome = try Exporter.export(result, of: graph, format: format, withContext: true,
                                              byCountry: true, file: path)
            guard case .wrote(let written, let nodes, let edges, let bytes) = outcome else {
                Issue.record("export \(format) to a file must write it")
                continue
            }
            #expect(written == path)
            #expect(nodes > 3 && edges > 2)
            let data = try #require(FileManager.default.contents(atPath: path))
            #expect(data.count == bytes)
            let head = Array(data.prefix(8))
            if format == .png {
                #expect(head == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
            } else {
                #expect(String(decoding: data, as: UTF8.self).contains("<svg"))
            }
        }
    }
}
