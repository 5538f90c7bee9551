import CaseGraph
import CaseQuery
import Foundation
import Testing

/// Hostile data and hostile statements: names and quotes holding escape sequences, line
/// breaks and bidi overrides must never reach the terminal raw, in any format or message;
/// unknown, absurd, huge and binary statements get a clear error, never a crash or a hang.
@Suite("Hostile input: statements and the text they show")
struct HostileQueryTests {
    /// An escape sequence that would turn the terminal red, set its title and ring its bell.
    static let ansi = "\u{1B}[31mRED\u{1B}[0m\u{1B}]0;title\u{7}"
    /// Bidi overrides and isolates that would reorder the text around them.
    static let bidi = "\u{202E}evil\u{2066}x\u{2069}\u{200F}"
    /// Line breaks, a tab, NUL, DEL, a C1 control and a line separator.
    static let breaks = "line1\nline2\r\n\tTab\u{0}nul\u{7F}\u{85}c1\u{2028}sep"

    /// A graph whose every text field is hostile, loaded through the JSON loader as a user's
    /// file would be.
    static func hostileGraph() throws -> Graph {
        func json(_ text: String) -> String {
            var out = "\""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                default:
                    if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0x85 || (0x2000...0x206F).contains(scalar.value) {
                        out += String(format: "\\u%04x", scalar.value)
                    } else {
                        out.unicodeScalars.append(scalar)
                    }
                }
            }
            return out + "\""
        }
        let source = { (quote: String) in #"[{"document": "doc", "quote": \#(json(quote))}]"# }
        let text = """
        {"directed": true, "multigraph": true,
         "graph": {"name": \(json("Hostile " + ansi + bidi)), "description": \(json(breaks)),
                   "documents": [{"id": "doc", "title": \(json("Title " + ansi + bidi)), "publisher": \(json(ansi))}]},
         "nodes": [
          {"id": "a", "type": "person", "name": \(json("Alice " + ansi)), "aliases": [\(json(bidi + " alias")), \(json(breaks))],
           "properties": {"note": \(json(ansi + breaks)), "date": "2016-01-01"}, "sources": \(source("quote " + ansi + bidi + breaks))},
          {"id": "b", "type": \(json("event" + ansi)), "name": \(json("Bob " + bidi)), "properties": {"date": "2016-02-02", "country": \(json("NL" + ansi))}, "sources": \(source("q"))},
          {"id": "c", "type": "operation", "name": \(json(breaks)), "properties": {"date": "2016-03-03"}, "sources": \(source("q"))},
          {"id": "nl", "type": "country", "name": \(json("Neder" + ansi)), "sources": \(source("q"))},
          {"id": "d", "type": "person", "name": \(json(#"DOT " \ { } [ ] < > ; -> -- // <b>html</b> &amp; \N \G \l"#)), "sources": \(source(#"dq " \ }"#))}
         ],
         "edges": [
          {"id": "e1", "source": "a", "target": "b", "type": "knows", "properties": {"date": "2016-01-05", "note": \(json(bidi))}, "sources": \(source("edge quote " + ansi + breaks))},
          {"source": "b", "target": "c", "type": "led_to", "sources": \(source("q"))},
          {"source": "c", "target": "a", "type": "led_to", "sources": \(source("q"))},
          {"source": "a", "target": "a", "type": "led_to", "sources": \(source("q"))},
          {"source": "a", "target": "b", "type": "led_to", "sources": \(source("q"))},
          {"source": "a", "target": "nl", "type": "nationality", "sources": \(source("q"))},
          {"source": "d", "target": "a", "type": "knows", "sources": \(source("q"))}
         ]}
        """
        return try GraphLoader.load(sources: [GraphSource(file: "hostile.json", bytes: Array(text.utf8))]).graph
    }

    /// Statements that show every hostile field somewhere.
    static let statements = [
        "stats", "schema", "nodes", "edges", "find alice", "find red", "find \"\u{202E}evil\"", "show a", "show b", "show c",
        "show d", "show nl", "linked a depth 3", "path a to c all", "trace a to c", "trace a to a", "why a and b",
        "why a and a", "timeline", "timeline a", "export dot linked a depth 2 with context by country",
        "export dot trace a to c with context", "nodes person", "edges knows", "help",
        // Errors that quote hostile input back.
        "show \"\u{1B}[31mnobody\"", "find \"\u{202E}\"", "nodes \"ev\u{1B}[1m\"", "show \"line\nbreak\"", "linked a via \"\u{2066}x\"",
        "set format \"\u{1B}[2J\"", "help \"\u{1B}]0;x\u{7}\"", "load \"/nonexistent/\u{1B}[31m.json\"",
        "frobnicate \u{1B}[31m", "\u{1B}[31m", "\u{202E}show a", "show a \u{1B}",
    ]

    /// The first scalar of `text` that must not reach a terminal raw (line feeds are fine).
    static func firstUnsafe(_ text: String) -> Unicode.Scalar? {
        text.unicodeScalars.first { $0 != "\n" && SafeText.isUnsafe($0) }
    }

    @Test("no raw escape, control or bidi character in any output or error, in any format",
          arguments: OutputFormat.allCases)
    func nothingRaw(format: OutputFormat) throws {
        var session = Session(graph: try Self.hostileGraph(), options: SessionOptions(format: format))
        for statement in Self.statements {
            let outcomes = session.run(statement)
            #expect(!outcomes.isEmpty, "\(statement.debugDescription)")
            for outcome in outcomes {
                let text = (outcome.output ?? "") + (outcome.error ?? "")
                #expect(Self.firstUnsafe(text) == nil,
                        "\(format): \(statement.debugDescription) printed raw U+\(String(Self.firstUnsafe(text)?.value ?? 0, radix: 16)): \(text.debugDescription.prefix(300))")
            }
        }
    }

    @Test("with colour on, the only escape sequences are casegraph's own SGR styling")
    func colourIsOurs() throws {
        var session = Session(graph: try Self.hostileGraph(), options: SessionOptions(format: .table, color: true))
        let sgr = try Regex(#"\x{1B}\[[0-9;]*m"#)
        for statement in Self.statements {
            for outcome in session.run(statement) {
                let text = ((outcome.output ?? "") + (outcome.error ?? "")).replacing(sgr, with: "")
                #expect(Self.firstUnsafe(text) == nil, "\(statement.debugDescription): \(text.debugDescription.prefix(300))")
            }
        }
    }

    @Test("the table shows hostile text escaped; JSON escapes it and keeps it exact")
    func escapedForms() throws {
        let graph = try Self.hostileGraph()
        var table = Session(graph: graph)
        let card = try #require(table.run("show a").first?.output)
        #expect(card.contains(#"Alice \u{1B}[31mRED\u{1B}[0m\u{1B}]0;title\u{7}"#))
        #expect(card.contains(#"\u{202E}evil\u{2066}x\u{2069}\u{200F} alias"#))
        #expect(card.contains(#"line1\u{A}line2\u{D}\u{A}\u{9}Tab\u{0}nul\u{7F}\u{85}c1\u{2028}sep"#))
        var json = Session(graph: graph, options: SessionOptions(format: .json))
        let document = try #require(json.run("show a").first?.output)
        #expect(document.contains(#""name":"Alice \u001b[31mRED\u001b[0m\u001b]0;title\u0007""#))
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(document.utf8)) as? [String: Any])
        let node = try #require(parsed["node"] as? [String: Any])
        #expect(node["name"] as? String == "Alice " + Self.ansi)
        #expect(node["aliases"] as? [String] == [Self.bidi + " alias", Self.breaks])
        var csv = Session(graph: graph, options: SessionOptions(format: .csv))
        let rows = try #require(csv.run("nodes").first?.output)
        #expect(rows.split(separator: "\n").count == 6, "one line per row: \(rows)")
    }

    @Test("DOT-breaking characters: every drawing of the hostile graph is accepted by Graphviz",
          .enabled(if: DOTTestSupport.graphvizRequired, "Graphviz is not installed"))
    func dotBreakingCharacters() throws {
        var session = Session(graph: try Self.hostileGraph(), options: SessionOptions(format: .dot))
        for statement in ["nodes", "edges", "show d", "linked d depth 3", "path d to c all", "why a and a", "timeline",
                          "export dot linked a depth 2 with context by country", "export dot trace a to c with context",
                          "find \"DOT \\\" \\\\ {\""] {
            let outcome = try #require(session.run(statement).first)
            let dot = try #require(outcome.output, "\(statement): \(outcome.error ?? "")")
            #expect(dot.hasPrefix("digraph"), "\(statement)")
            try DOTTestSupport.expectGraphvizAccepts(dot)
        }
    }

    @Test("Tab completion never offers text that would reach the terminal raw")
    func completion() throws {
        let completer = StatementCompleter(graph: try Self.hostileGraph())
        let lines = ["show ", "show A", "show \"A", "show \"", "show 'B", "show B", "show l", "show \"l", "show N", "show \u{202E}",
                     "nodes ", "nodes e", "linked a via ", "linked a type ", "why a and ", "show Alice "]
        var offered = 0
        for line in lines {
            let candidates = completer.complete(line: line, cursor: line.utf8.count).candidates
            offered += candidates.count
            for candidate in candidates {
                #expect(Self.firstUnsafe(candidate) == nil, "\(line.debugDescription) offers \(candidate.debugDescription)")
            }
        }
        #expect(offered > 0)
        // Names that are safe to show still complete, quoted as they must be typed.
        #expect(completer.complete(line: "show DOT", cursor: 8).candidates
                == [#""DOT \" \\ { } [ ] < > ; -> -- // <b>html</b> &amp; \\N \\G \\l""#])
    }

    @Test("unknown statements: named, located, with the nearest statement when there is one")
    func unknownStatements() throws {
        var session = Session(graph: try DOTTestSupport.seedGraph())
        #expect(session.run("frobnicate X").first?.error == """
            error: unknown statement 'frobnicate'
              frobnicate X
              ^~~~~~~~~~
              note: statements: find, show, linked, who, path, trace, why, timeline, nodes, edges, stats, schema, warnings, help, load, set, export, quit, exit; type 'help' for details
            """)
        #expect(session.run("shwo ed").first?.error?.hasPrefix("error: unknown statement 'shwo'; did you mean 'show'?\n  shwo ed\n  ^~~~\n") == true)
        #expect(session.run("quit now").first?.error?.hasPrefix("error: expected 'limit' or the end of the statement; found 'now'") == true)
        #expect(session.run(";;;;\n\n  # only a comment").isEmpty)
    }

    @Test("absurd arguments: huge depths are capped, huge numbers and zero depths refused")
    func absurdArguments() throws {
        let graph = try DOTTestSupport.seedGraph()
        var session = Session(graph: graph, options: SessionOptions(format: .json))
        let linked = try #require(session.run("linked ed depth 1000000 limit 0").first?.output)
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(linked.utf8)) as? [String: Any])
        #expect(parsed["total"] as? Int == graph.nodes.count - 1)
        session.options.format = .table
        let cases: [(String, String)] = [
            ("linked ed depth 99999999999999999999", "error: number too large\n  linked ed depth 99999999999999999999\n                  ^~~~~~~~~~~~~~~~~~~~\n  note: the largest number is 9223372036854775807"),
            ("nodes limit 99999999999999999999999", "error: number too large"),
            ("path ed to ijm max 99999999999999999999", "error: number too large"),
            ("linked ed depth 0", "error: depth must be at least 1\n  linked ed depth 0\n                  ^"),
            ("path ed to ijm max 0", "error: max must be at least 1"),
            ("nodes limit -1", "error: expected a number after 'limit'; found '-1'"),
            ("linked ed depth -5", "error: expected a number after 'depth'; found '-5'"),
            ("linked ed depth 3 depth 4", "error: 'depth' is given twice"),
        ]
        for (statement, expected) in cases {
            let error = session.run(statement).first?.error
            #expect(error?.hasPrefix(expected) == true, "\(statement): \(error ?? "no error")")
        }
        let far = try #require(session.run("path ed to ijm max 1000000").first?.output)
        #expect(far.contains("ed") && !far.contains("error"))
    }

    @Test("a 1 MB statement is answered, and its error does not echo the whole megabyte")
    func megabyteStatement() throws {
        var session = Session(graph: try DOTTestSupport.seedGraph())
        let word = String(repeating: "kamsteeg", count: 131_072)
        let found = try #require(session.run("find " + word).first)
        #expect(found.error == nil)
        let shown = try #require(session.run("show " + word).first?.error)
        #expect(shown.hasPrefix("error: no node is called 'kamsteegkamsteeg"))
        #expect(shown.utf8.count < 2_000, "the error is \(shown.utf8.count) bytes")
        let typed = try #require(session.run("nodes " + word).first?.error)
        #expect(typed.hasPrefix("error: unknown node type 'kamsteeg") && typed.utf8.count < 2_000)
        let quoted = try #require(session.run("linked \"" + word).first?.error)
        #expect(quoted.hasPrefix("error: unterminated string: the closing \" is missing") && quoted.utf8.count < 2_000)
    }

    @Test("binary garbage as statements: every one answered, nothing raw, no crash")
    func binaryGarbage() throws {
        var session = Session(graph: try DOTTestSupport.seedGraph())
        for seed in 0..<40 as Range<UInt64> {
            var state = seed &* 0x9E37_79B9_7F4A_7C15 &+ 1
            let bytes = (0..<2_000).map { _ -> UInt8 in
                state ^= state << 13
                state ^= state >> 7
                state ^= state << 17
                return UInt8(truncatingIfNeeded: state)
            }
            let text = String(decoding: bytes, as: UTF8.self)
            for outcome in session.run(text) {
                #expect(outcome.output != nil || outcome.error != nil)
                let shown = (outcome.output ?? "") + (outcome.error ?? "")
                #expect(Self.firstUnsafe(shown) == nil, "seed \(seed): \(shown.debugDescription.prefix(300))")
            }
        }
        #expect(session.graph.nodes.count == 28, "garbage must not change the session's graph")
    }

    @Test("export to a FIFO, or a link to one, is refused and leaves it in place (as /dev/null would be)")
    func exportToSpecialFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cg-hostile-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // Run as root, the atomic rename would replace even /dev/null or the /dev/stdout link
        // with a regular file; a FIFO stands in for such a device here.
        let fifo = folder + "/pipe.dot", link = folder + "/link.dot"
        #expect(mkfifo(fifo, 0o600) == 0)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: fifo)
        var session = Session(graph: try DOTTestSupport.seedGraph())
        for target in [fifo, link] {
            let error = try #require(session.run("export dot linked ed to \"\(target)\"").first?.error, "\(target)")
            #expect(error == "error: cannot write \"\(target)\": not a regular file", "\(error)")
        }
        var status = stat()
        #expect(lstat(fifo, &status) == 0 && (status.st_mode & S_IFMT) == S_IFIFO, "the FIFO is still a FIFO")
        #expect(lstat(link, &status) == 0 && (status.st_mode & S_IFMT) == S_IFLNK, "the link is still a link")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["link.dot", "pipe.dot"], "no temporary file left")
    }

    @Test("load: a file that vanishes or is unreadable fails clearly; the previous graph stays")
    func vanishingGraphFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cg-hostile-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/case.json"
        let seed = try Data(contentsOf: URL(fileURLWithPath: GoldenScriptTests.root + "/graph/taguig-2016.json"))
        try seed.write(to: URL(fileURLWithPath: file))
        var session = Session(graph: try DOTTestSupport.seedGraph())
        let loaded = try #require(session.run("load \"\(file)\"").first)
        #expect(loaded.error == nil && loaded.output?.hasPrefix("loaded \(file): 28 nodes, 53 edges, 1 document") == true)
        let generation = session.graphGeneration
        _ = session.run("linked ed")

        try FileManager.default.removeItem(atPath: file)
        #expect(session.run("load \"\(file)\"").first?.error == """
            error: cannot load '\(file)': 1 error
              note: \(file): error: no such file or folder
              note: the graph loaded before is unchanged
            """)
        // A file that is there but cannot be read (unless we are root, who reads anything).
        try seed.write(to: URL(fileURLWithPath: file))
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: file)
        if FileManager.default.contents(atPath: file) == nil {
            #expect(session.run("load \"\(file)\"").first?.error?.contains(
                "\(file): error: cannot read the file: Permission denied") == true)
        }
        try FileManager.default.removeItem(atPath: file)
        // A file replaced by broken JSON, and by a folder.
        try Data(seed.prefix(500)).write(to: URL(fileURLWithPath: file))
        let broken = try #require(session.run("load \"\(file)\"").first?.error)
        #expect(broken.hasPrefix("error: cannot load '\(file)': 1 error\n  note: \(file):"))
        #expect(broken.contains(": error: JSON syntax error: ") && broken.hasSuffix("note: the graph loaded before is unchanged"))
        try FileManager.default.removeItem(atPath: file)
        try FileManager.default.createDirectory(atPath: file, withIntermediateDirectories: true)
        #expect(session.run("load \"\(file)\"").first?.error?.contains("the folder holds no *.json graph files") == true)
        #expect(session.run("load \"/dev/null\"").first?.error?.contains("/dev/null:1:1: error: JSON syntax error: unexpected end of input") == true)

        #expect(session.graphGeneration == generation)
        #expect(session.graph.nodes.count == 28 && session.graph.edges.count == 53)
        #expect(session.lastResult != nil, "a failed load keeps the last result too")
        #expect(session.run("export dot").first?.error == nil)
    }
}
