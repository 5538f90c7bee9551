import CaseGraph
@testable import CaseQuery
import Foundation
import Testing

/// Running Graphviz's tools from tests, and the graphs the DOT tests draw.
enum DOTTestSupport {
    /// The output of a finished tool.
    struct Run {
        var status: Int32
        var output: String
        var errors: String
    }

    /// True when tests needing Graphviz should run: it is installed, or this is CI (where
    /// Graphviz is installed, so a missing `dot` must fail rather than skip).
    static var graphvizRequired: Bool {
        tool("dot") != nil || ProcessInfo.processInfo.environment["CI"] != nil
    }

    /// The path of a Graphviz tool on PATH.
    static func tool(_ name: String) -> String? {
        GraphvizRenderer.executable(named: name, searchPath: ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
    }

    /// Runs `name arguments` with `input` on stdin; every stream goes through a file, so
    /// nothing can block. Returns nil when the tool is missing — a failure under `CI`, where
    /// Graphviz must be installed; elsewhere the Graphviz check is skipped.
    static func run(_ name: String, _ arguments: [String], input: String,
                    sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Run? {
        guard let path = tool(name) else {
            if ProcessInfo.processInfo.environment["CI"] != nil {
                Issue.record("Graphviz's `\(name)` is not installed (apt-get install graphviz)",
                             sourceLocation: sourceLocation)
            }
            return nil
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("casegraph-dot-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputURL = folder.appendingPathComponent("in"), outputURL = folder.appendingPathComponent("out")
        let errorURL = folder.appendingPathComponent("err")
        try Data(input.utf8).write(to: inputURL)
        _ = FileManager.default.createFile(atPath: outputURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errorURL.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.standardInput = try FileHandle(forReadingFrom: inputURL)
        process.standardOutput = try FileHandle(forWritingTo: outputURL)
        process.standardError = try FileHandle(forWritingTo: errorURL)
        try process.run()
        process.waitUntilExit()
        return Run(status: process.terminationStatus,
                   output: String(decoding: try Data(contentsOf: outputURL), as: UTF8.self),
                   errors: String(decoding: try Data(contentsOf: errorURL), as: UTF8.self))
    }

    /// Expects Graphviz to draw `dot` as SVG without error.
    static func expectGraphvizAccepts(_ dot: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        guard let run = try run("dot", ["-Tsvg"], input: dot, sourceLocation: sourceLocation) else { return }
        #expect(run.status == 0, "dot -Tsvg failed: \(run.errors)", sourceLocation: sourceLocation)
        #expect(run.output.contains("<svg"), sourceLocation: sourceLocation)
    }

    /// The seed case graph, `graph/taguig-2016.json`.
    static func seedGraph() throws -> Graph {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return try GraphLoader.load(paths: [root.appendingPathComponent("graph").path]).graph
    }

    static func node(_ id: String, _ type: String, _ name: String, quote: String? = nil, date: String? = nil) -> Node {
        Node(id: id, type: type, name: name,
             properties: date.map { [Property(key: "date", value: .string($0), origin: "test")] } ?? [],
             sources: quote.map { [SourceCitation(document: "doc", quote: $0)] } ?? [])
    }

    static func edge(_ source: Int, _ target: Int, _ type: String, quote: String? = nil, date: String? = nil) -> Edge {
        Edge(id: nil, source: source, target: target, type: type,
             properties: date.map { [Property(key: "date", value: .string($0), origin: "test")] } ?? [],
             sources: quote.map { [SourceCitation(document: "doc", quote: $0)] } ?? [])
    }

    /// Names that break naive DOT writers, each a whole node name.
    static let hostileNames: [String] = [
        "say \"hi\"", "back\\slash", "trailing\\", "\\\\n literal", "two\nlines", "crlf\r\nend", "café é",
        "台北 東京", "a -> b", "{", "}", "<b>x</b>", "a:b:c", "node", "edge", "graph", "digraph", "subgraph",
        "strict", "\u{1B}[31mred", "\u{202E}evil", "\\N \\G \\l", "\"", "\\", "", "  spaced  ",
    ]

    /// One node per hostile name (their types hostile too), chained by edges whose types,
    /// dates and quotes are hostile as well.
    static func hostileGraph() -> Graph {
        let types = ["organisation", "person", "my \"odd\" type", "node", "<i>t</i>"]
        let nodes = hostileNames.enumerated().map { index, name in
            node("id-\(index)-\(name)", types[index % types.count], name, quote: "quote \"\(name)\" \\ end")
        }
        let edges = (1..<nodes.count).map { index in
            edge(index - 1, index, index % 2 == 0 ? "led_to" : "edge -> \"x\"", quote: hostileNames[index], date: "2016-02-01")
        }
        return Graph(nodes: nodes, edges: edges)
    }

    /// The text an escString value shows: `\\` → `\`, `\n` → newline, `\"` → `"`.
    static func shownText(ofEscString value: String) -> String {
        var result = ""
        var escaping = false
        for character in value {
            if escaping {
                switch character {
                case "n": result.append("\n")
                default: result.append(character)
                }
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        return result
    }
}
