import Foundation
import Testing

/// Hostile input through the executable, where exit codes and standard error matter: bad
/// graph files, hostile names, binary garbage, huge statements and a graph file that
/// vanishes during a session.
@Suite("Hostile input through the executable")
struct HostileInputTests {
    /// The first byte sequence in `text` that must not reach a terminal raw: C0 controls other
    /// than line feed, DEL, C1 controls, bidi marks, embeddings, overrides and isolates, and
    /// line or paragraph separators.
    static func firstUnsafe(_ text: String) -> Unicode.Scalar? {
        text.unicodeScalars.first { scalar in
            switch scalar.value {
            case 0x0A: return false
            case 0x00...0x1F, 0x7F...0x9F, 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029:
                return true
            default: return false
            }
        }
    }

    static func expectNothingRaw(_ run: Executable.Run, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for (stream, text) in [("stdout", run.stdout), ("stderr", run.stderr)] {
            let unsafe = firstUnsafe(text)
            #expect(unsafe == nil, "\(what): raw U+\(String(unsafe?.value ?? 0, radix: 16, uppercase: true)) on \(stream): \(text.debugDescription.prefix(300))",
                    sourceLocation: sourceLocation)
        }
    }

    /// A graph file whose names, aliases, types, properties and quotes hold escape sequences,
    /// line breaks and bidi overrides (written as JSON escapes, as an exporter would).
    static let hostileGraph = #"""
    {"directed": true, "multigraph": true,
     "graph": {"name": "Hostile \u001b[31mRED\u001b]0;title\u0007", "documents": [{"id": "doc", "title": "T\u202eevil"}]},
     "nodes": [
      {"id": "a", "type": "person", "name": "Alice \u001b[2J\u001b[31mRED", "aliases": ["\u202eevil\u2066x\u2069", "two\nlines\r\n\ttab\u0000nul\u0085"],
       "properties": {"note": "\u001b]8;;http://x\u0007link", "date": "2016-01-01"}, "sources": [{"document": "doc", "quote": "quote \u001b[5m\u2028sep"}]},
      {"id": "b", "type": "event\u001b[1m", "name": "Bob \u200f\u061c", "properties": {"date": "2016-02-02"}, "sources": [{"document": "doc", "quote": "q"}]},
      {"id": "nl", "type": "country", "name": "NL \"quoted\" \\ {dot} <b>", "sources": [{"document": "doc", "quote": "q"}]}
     ],
     "edges": [
      {"source": "a", "target": "b", "type": "knows", "properties": {"note": "\u009b31m"}, "sources": [{"document": "doc", "quote": "edge \u001b[31m\nquote"}]},
      {"source": "a", "target": "a", "type": "knows", "sources": [{"document": "doc", "quote": "self"}]},
      {"source": "b", "target": "a", "type": "led_to", "sources": [{"document": "doc", "quote": "cycle"}]},
      {"source": "a", "target": "nl", "type": "nationality", "sources": [{"document": "doc", "quote": "q"}]}
     ]}
    """#

    static let script = """
    stats
    schema
    nodes
    edges
    find alice
    show a
    show b
    show nl
    linked a depth 1000000
    path a to nl all
    trace b to nl
    why a and a
    timeline a
    export dot linked a with context by country
    show "\u{1B}[31mnobody"
    nodes "\u{202E}x"
    frobnicate \u{1B}]0;pwned\u{7}
    """

    @Test("hostile names and quotes never reach stdout or stderr raw, in any format",
          arguments: ["table", "json", "csv", "dot"])
    func hostileNames(format: String) throws {
        let folder = try Executable.temporaryFolder()
        defer { Executable.removeFolder(folder) }
        try Self.hostileGraph.write(toFile: folder + "/hostile.json", atomically: true, encoding: .utf8)
        // `export` writes DOT text whatever the format, so the JSON run leaves it out.
        let script = format == "json" ? Self.script.split(separator: "\n").filter { !$0.hasPrefix("export") }.joined(separator: "\n")
            : Self.script
        let run = try Executable.run(["--graph", folder + "/hostile.json", "--format", format], input: script)
        #expect(run.status == 1, "some statements fail, none crashes: \(run.stderr.prefix(500))")
        #expect(run.stderr.contains("error: no node is called '\\u{1B}[31mnobody'"))
        #expect(run.stderr.contains("error: unknown statement 'frobnicate'"))
        Self.expectNothingRaw(run, format)
        if format == "json" {
            for line in run.stdout.split(separator: "\n") {
                #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) != nil, "not JSON: \(line.prefix(200))")
            }
        }
    }

    @Test("NO_COLOR empty, output to a file: still no escape sequence at all")
    func noColourOnAPipe() throws {
        let folder = try Executable.temporaryFolder()
        defer { Executable.removeFolder(folder) }
        try Self.hostileGraph.write(toFile: folder + "/hostile.json", atomically: true, encoding: .utf8)
        let run = try Executable.run(["--graph", folder + "/hostile.json", "-c", "show a", "-c", "show \u{1B}[31m"],
                                     environment: ["NO_COLOR": ""])
        #expect(run.stdout.contains("Alice \\u{1B}[2J\\u{1B}[31mRED"))
        #expect(!run.stdout.contains("\u{1B}") && !run.stderr.contains("\u{1B}"))
    }

    @Test("bad graph files: exit status 2, one located message each, nothing on stdout")
    func badGraphFiles() throws {
        let folder = try Executable.temporaryFolder()
        defer { Executable.removeFolder(folder) }
        let seed = try Data(contentsOf: URL(fileURLWithPath: Executable.root + "/graph/taguig-2016.json"))
        let files: [(String, Data, String)] = [
            ("bom.json", Data([0xEF, 0xBB, 0xBF]) + seed,
             "bom.json:1:1: error: JSON syntax error: byte-order mark at start of file is not allowed in JSON"),
            ("deep.json", Data(String(repeating: "[", count: 100_000).utf8),
             "deep.json:1:513: error: JSON syntax error: nesting deeper than 512 levels"),
            ("utf8.json", Data(#"{"nodes": ["#.utf8) + Data([0x22, 0xC3, 0x28, 0x22]),
             "utf8.json:1:13: error: JSON syntax error: invalid UTF-8 byte 0xC3 (incomplete sequence)"),
            ("nul.json", Data(#"{"nodes": "#.utf8) + Data([0]),
             "nul.json:1:11: error: JSON syntax error: expected a value, found '\\u{00}'"),
            ("truncated.json", seed.prefix(1000),
             "truncated.json:28:31: error: JSON syntax error: unexpected end of input, expected a value"),
            ("empty.json", Data(), "empty.json:1:1: error: JSON syntax error: unexpected end of input, expected a value"),
        ]
        for (name, bytes, message) in files {
            try bytes.write(to: URL(fileURLWithPath: folder + "/" + name))
            let run = try Executable.run(["--graph", folder + "/" + name, "-c", "stats"])
            #expect(run.status == 2, "\(name): \(run.stderr)")
            #expect(run.stdout.isEmpty, "\(name)")
            #expect(run.stderr.contains(folder + "/" + message), "\(name): \(run.stderr)")
            Self.expectNothingRaw(run, name)
        }
    }

    @Test("file names holding escapes are shown escaped: --graph, -f, and files inside a graph folder")
    func hostileFileNames() throws {
        let folder = try Executable.temporaryFolder()
        defer { Executable.removeFolder(folder) }
        let graph = try Executable.run(["--graph", folder + "/\u{1B}[31mcase\u{202E}.json", "-c", "stats"])
        #expect(graph.status == 2)
        #expect(graph.stderr.contains("/\\u{1B}[31mcase\\u{202E}.json: error: no such file or folder"), "\(graph.stderr)")
        Self.expectNothingRaw(graph, "--graph")
        let script = try Executable.run(["-f", folder + "/\u{1B}]0;x\u{7}.cgq"])
        #expect(script.status == 2)
        #expect(script.stderr.contains("error: cannot read the script"))
        Self.expectNothingRaw(script, "-f")
        // A broken file with a hostile name inside the graph folder: the name is data too.
        try "{\"nodes\": [".write(toFile: folder + "/\u{1B}[2Jbroken.json", atomically: true, encoding: .utf8)
        let inside = try Executable.run(["--graph", folder, "-c", "stats"])
        #expect(inside.status == 2)
        #expect(inside.stderr.contains("/\\u{1B}[2Jbroken.json:1:12: error: JSON syntax error: unexpected end of input"), "\(inside.stderr)")
        Self.expectNothingRaw(inside, "folder")
    }

    @Test("binary garbage on stdin: errors, exit status 1, no crash and nothing raw")
    func binaryGarbage() throws {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        let bytes = (0..<20_000).map { _ -> UInt8 in
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return UInt8(truncatingIfNeeded: state)
        }
        let folder = try Executable.temporaryFolder()
        defer { Executable.removeFolder(folder) }
        try Data(bytes).write(to: URL(fileURLWithPath: folder + "/garbage.cgq"))
        let run = try Executable.run(["-f", folder + "/garbage.cgq"])
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("error: "))
        Self.expectNothingRaw(run, "garbage")
        // NUL bytes inside statements are shown, not swallowed.
        try Data("show ed\u{0}x\nstats\u{0}\n".utf8).write(to: URL(fileURLWithPath: folder + "/nul.cgq"))
        let nul = try Executable.run(["-f", folder + "/nul.cgq"])
        #expect(nul.status == 1 && nul.stderr.hasPrefix("error: no node is called 'ed\\u{0}x'"), "\(nul.stderr)")
        #expect(nul.stderr.contains("error: unknown statement 'stats\\u{0}'; did you mean 'stats'?"))
    }

    @Test("a 1 MB statement: answered, with a bounded error")
    func megabyteStatement() throws {
        let folder = try Executable.temporaryFolder()
        defer { Executable.removeFolder(folder) }
        let word = String(repeating: "x", count: 1_048_576)
        try ("show " + word + "\nstats\n").write(toFile: folder + "/big.cgq", atomically: true, encoding: .utf8)
        let run = try Executable.run(["-f", folder + "/big.cgq"])
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("error: no node is called 'xxxx") && run.stderr.utf8.count < 2_000, "\(run.stderr.utf8.count) bytes")
        #expect(run.stdout.contains("Taguig 2016: 28 nodes, 53 edges"), "the statement after it still runs")
    }

    @Test("a graph file that vanishes mid-session: load fails clearly, the previous graph stays")
    func vanishingGraphFile() throws {
        let folder = try Executable.temporaryFolder()
        defer { Executable.removeFolder(folder) }
        let small = #"""
        {"directed": true, "multigraph": true, "graph": {"name": "Small", "documents": [{"id": "d", "title": "T"}]},
         "nodes": [{"id": "x", "type": "person", "name": "X", "sources": [{"document": "d", "quote": "q"}]}], "edges": []}
        """#
        try small.write(toFile: folder + "/small.json", atomically: true, encoding: .utf8)
        // Loaded, then gone: the second load fails and stats still shows the small graph.
        let script = """
        load \(folder)/small.json
        stats
        load \(folder)/gone.json
        stats
        load /dev/null
        show x
        """
        let run = try Executable.run([], input: script)
        #expect(run.status == 1)
        #expect(run.stdout.components(separatedBy: "Small: 1 node, 0 edges, 1 document").count == 3, "\(run.stdout)")
        #expect(run.stderr.contains("error: cannot load '\(folder)/gone.json': 1 error\n  --> <stdin>:3:1\n  note: \(folder)/gone.json: error: no such file or folder\n  note: the graph loaded before is unchanged"))
        #expect(run.stderr.contains("error: cannot load '/dev/null': 1 error\n  --> <stdin>:5:1\n  note: /dev/null:1:1: error: JSON syntax error"))
        #expect(run.stdout.contains("X  (person, id x)"))
    }
}
