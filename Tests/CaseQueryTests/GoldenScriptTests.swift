import CaseGraph
import CaseQuery
import Foundation
import Testing

/// Golden query scripts: `Scripts/*.cgq` hold statements (lines starting with `> `) each
/// followed by the output it must print (standard output, then standard error), run on the
/// seed graph. `## ` lines are comments. Run with `UPDATE_GOLDENS=1` to rewrite the
/// expectations after a deliberate change — then read the diff.
@Suite("Golden query scripts")
struct GoldenScriptTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Scripts")
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    static var scripts: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".cgq") }.sorted()
    }

    struct Case {
        var statement: String
        var expected: [String]
        var comments: [String]
    }

    static func parse(_ text: String) -> [Case] {
        var cases = [Case]()
        var comments = [String]()
        for line in text.components(separatedBy: "\n") {
            if line.hasPrefix("## ") || line == "##" {
                comments.append(line)
            } else if line.hasPrefix("> ") {
                cases.append(Case(statement: String(line.dropFirst(2)), expected: [], comments: comments))
                comments = []
            } else if !cases.isEmpty {
                cases[cases.count - 1].expected.append(line)
            }
        }
        return cases.map { item in
            var item = item
            while item.expected.last == "" { item.expected.removeLast() }
            return item
        }
    }

    static func output(of outcomes: [StatementOutcome]) -> [String] {
        outcomes.flatMap { outcome in
            [outcome.output, outcome.error].compactMap { $0 }.flatMap { $0.components(separatedBy: "\n") }
        }
    }

    @Test("every script prints what it expects", arguments: scripts)
    func script(_ name: String) throws {
        #expect(!Self.scripts.isEmpty)
        let path = Self.folder.appendingPathComponent(name).path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let cases = Self.parse(text)
        #expect(!cases.isEmpty, "\(name) holds no statements")
        var session = Session(graph: try GraphLoader.load(paths: [Self.root + "/graph"]).graph)
        var rewritten = [String]()
        var mismatches = [String]()
        for item in cases {
            let actual = Self.output(of: session.run(item.statement))
            if actual != item.expected {
                mismatches.append("> \(item.statement)\n--- expected\n\(item.expected.joined(separator: "\n"))\n--- actual\n\(actual.joined(separator: "\n"))")
            }
            rewritten += item.comments + ["> " + item.statement] + actual + [""]
        }
        if ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1" {
            try rewritten.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        } else {
            #expect(mismatches.isEmpty, "\(name): \(mismatches.count) mismatches\n\(mismatches.joined(separator: "\n\n"))")
        }
    }
}
