import Foundation
import Testing

@Suite("Batch use: -c, -f, pipes, formats, exit status")
struct BatchTests {
    @Test("casegraph -c stats on the bundled graph")
    func stats() throws {
        let run = try Executable.run(["-c", "stats"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Taguig 2016: 28 nodes, 53 edges, 1 document"))
        #expect(run.stdout.contains("organisation  5"))
        #expect(run.stdout.contains("led_to"))
        #expect(run.stderr.isEmpty)
    }

    @Test("--timer: the load's and each statement's time on standard error; standard output stays clean JSON")
    func timer() throws {
        let run = try Executable.run(["--timer", "--format", "json", "-c", "linked ijm depth 2"])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 2, "\(run.stderr)")
        #expect(lines.first?.range(of: #"^time: load [0-9.]+ (µs|ms|s) \(28 nodes, 53 edges\)$"#, options: .regularExpression) != nil)
        #expect(lines.last?.range(of: #"^time: [0-9.]+ (µs|ms|s) \(bind .*, evaluate .*, format .*\)$"#,
                                  options: .regularExpression) != nil)
        let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        #expect(json?["kind"] as? String == "linked")
        let quiet = try Executable.run(["-c", "set timer on", "-c", "stats", "-c", "set timer off", "-c", "stats"])
        #expect(quiet.stderr.split(separator: "\n").filter { $0.hasPrefix("time: ") }.count == 2, "\(quiet.stderr)")
    }

    @Test("--version and --help")
    func versionAndHelp() throws {
        let version = try Executable.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines).range(of: #"^\d+\.\d+\.\d+$"#, options: .regularExpression) != nil)
        let help = try Executable.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("--graph") && help.stdout.contains("-c") && help.stdout.contains("--format"))
    }

    @Test("CASEGRAPH_GRAPH and --graph choose the graph")
    func graphChoice() throws {
        let elsewhere = try Executable.temporaryFolder()
        defer { Executable.removeFolder(elsewhere) }
        let fromEnvironment = try Executable.run(["-c", "stats"], directory: elsewhere,
                                                 environment: ["CASEGRAPH_GRAPH": Executable.root + "/graph"])
        #expect(fromEnvironment.status == 0 && fromEnvironment.stdout.contains("28 nodes"))
        let missing = try Executable.run(["-c", "stats"], directory: elsewhere)
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("graph: error: no such file or folder"))
    }

    @Test("a broken graph: every problem named with its place, non-zero exit")
    func brokenGraph() throws {
        let folder = try Executable.temporaryFolder()
        defer { Executable.removeFolder(folder) }
        let valid = #"{"directed": true, "multigraph": true, "graph": {"documents": [{"id": "d", "title": "T"}]},"#
        try (valid + """

          "nodes": [
            {"id": "a", "type": "person", "name": "A", "sources": [{"document": "d", "quote": "q"}]},
            {"id": "a", "type": "person", "name": "A again", "sources": [{"document": "d", "quote": "q"}]}
          ],
          "edges": [
            {"source": "a", "target": "ghost", "type": "knows", "sources": [{"document": "d", "quote": "q"}]}
          ]
        }
        """).write(toFile: folder + "/one.json", atomically: true, encoding: .utf8)
        try "{\"nodes\": [\n  {\"id\": \"b\" \"type\": \"person\"}\n]}".write(toFile: folder + "/two.json", atomically: true, encoding: .utf8)
        let run = try Executable.run(["--graph", folder, "-c", "stats"])
        #expect(run.status != 0)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("one.json:4:5: error: nodes[1].id: duplicate node id \"a\""))
        #expect(run.stderr.contains("one.json:7:5: error: edges[0].target: edge refers to unknown node \"ghost\""))
        #expect(run.stderr.contains("two.json:2:14: error: JSON syntax error"))
    }

    @Test("many load warnings: the first ten of each kind on stderr, the rest counted; `warnings` lists them all")
    func manyWarnings() throws {
        let folder = try Executable.temporaryFolder()
        defer { Executable.removeFolder(folder) }
        let nodes = (0..<30).map { #"    {"id": "n\#($0)", "type": "person", "name": "N\#($0)"}"# }.joined(separator: ",\n")
        try "{\"directed\": true, \"multigraph\": true, \"nodes\": [\n\(nodes)\n], \"edges\": []}"
            .write(toFile: folder + "/case.json", atomically: true, encoding: .utf8)
        let run = try Executable.run(["--graph", folder, "-c", "stats"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("30 nodes"))
        let lines = run.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 12, "\(run.stderr)")
        #expect(lines.first?.hasPrefix(folder + "/case.json:2:5: warning: nodes[0].sources: node \"n0\" cites no source quote") == true, "\(run.stderr)")
        #expect(lines.dropFirst(10).first?.hasSuffix("warning: ... and 20 more nodes that cite no source quote") == true)
        #expect(lines.last == "note: the statement `warnings limit 0` lists every warning")
        let listed = try Executable.run(["--graph", folder, "--format", "json", "-c", "warnings limit 0"])
        let object = try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [String: Any]
        let rows = object?["warnings"] as? [[String: Any]]
        #expect(rows?.count == 30 && object?["total"] as? Int == 30)
        #expect(rows?.last?["line"] as? Int == 31 && rows?.last?["kind"] as? String == "uncited_node")
    }

    @Test("a failing statement goes to stderr with a caret, the run goes on, the status is 1")
    func failingStatement() throws {
        let run = try Executable.run(["-c", "lnked IJM", "-c", "stats"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("did you mean 'linked'?"))
        #expect(run.stderr.contains("^"))
        #expect(run.stdout.contains("28 nodes"))
    }

    @Test("statements piped on stdin and from a script file")
    func pipeAndScript() throws {
        let piped = try Executable.run([], input: "stats\nlinked IJM limit 2\n")
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(piped.stdout.contains("28 nodes") && piped.stdout.contains("linked to International Justice Mission"))
        #expect(!piped.stdout.contains("casegraph>"))
        let folder = try Executable.temporaryFolder()
        defer { Executable.removeFolder(folder) }
        try "# a script\nfind Kamsteeg;\nwhy ijm and henk-jan-kamsteeg\n".write(toFile: folder + "/s.cgq", atomically: true, encoding: .utf8)
        let script = try Executable.run(["-f", folder + "/s.cgq"])
        #expect(script.status == 0, "\(script.stderr)")
        #expect(script.stdout.contains("henk-jan-kamsteeg"))
    }

    @Test("--format json writes one parseable document per statement")
    func json() throws {
        let run = try Executable.run(["--format", "json", "-c", "linked IJM", "-c", "trace dutch-police to arrest-taguig"])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(first["kind"] as? String == "linked")
        #expect((first["center"] as? [String: Any])?["id"] as? String == "ijm")
        let second = try #require(try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any])
        let paths = try #require(second["paths"] as? [[String: Any]])
        let nodes = try #require(paths.first?["nodes"] as? [[String: Any]])
        #expect(nodes.first?["id"] as? String == "dutch-police")
        #expect(nodes.last?["id"] as? String == "arrest-taguig")
    }

    @Test("a listing of megabytes streams out whole: one parseable JSON document, every CSV row, every table line per statement")
    func largeListingsStreamWhole() throws {
        let folder = try Executable.temporaryFolder()
        defer { Executable.removeFolder(folder) }
        let count = 15_000
        let cited = #""sources": [{"document": "doc", "quote": "Zoë knows."}]"#
        let nodes = (0..<count).map { #"{"id": "n\#($0)", "type": "person", "name": "Zoë Nguyễn \#($0) 台北", \#(cited)}"# }
        let edges = (0..<count).map {
            #"{"id": "e\#($0)", "source": "n\#($0)", "target": "n\#(($0 + 1) % count)", "type": "knows", \#(cited)}"#
        }
        let graph = #"{"graph": {"documents": [{"id": "doc", "title": "Notes"}]}, "nodes": [\#(nodes.joined(separator: ",\n"))], "#
            + #""edges": [\#(edges.joined(separator: ",\n"))]}"#
        try graph.write(toFile: folder + "/ring.json", atomically: true, encoding: .utf8)

        let json = try Executable.run(["--graph", folder + "/ring.json", "--format", "json", "-c", "nodes limit 0", "-c", "edges limit 0"])
        #expect(json.status == 0, "\(json.stderr)")
        let documents = json.stdout.split(separator: "\n")
        #expect(documents.count == 2)
        #expect(json.stdout.utf8.count > 3 << 20)  // several chunks of a megabyte
        for (document, key) in zip(documents, ["nodes", "edges"]) {
            let parsed = try #require(try JSONSerialization.jsonObject(with: Data(document.utf8)) as? [String: Any])
            #expect((parsed[key] as? [Any])?.count == count)
        }
        // A script (and the same through a pipe): each statement's output before the next one's.
        try "stats\nedges limit 0\nnodes limit 3\n".write(toFile: folder + "/s.cgq", atomically: true, encoding: .utf8)
        for run in [try Executable.run(["--graph", folder + "/ring.json", "--format", "json", "-f", folder + "/s.cgq"]),
                    try Executable.run(["--graph", folder + "/ring.json", "--format", "json"], input: "stats\nedges limit 0\nnodes limit 3\n")] {
            #expect(run.status == 0, "\(run.stderr)")
            let kinds = try run.stdout.split(separator: "\n").map { line in
                try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])["kind"] as? String
            }
            #expect(kinds == ["stats", "edges", "nodes"])
        }
        let csv = try Executable.run(["--graph", folder + "/ring.json", "--format", "csv", "-c", "edges limit 0", "-c", "stats"])
        #expect(csv.status == 0, "\(csv.stderr)")
        let lines = csv.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "edge,source,type,target,date,quote")
        #expect(lines.count == 1 + count + 4 + 1)  // header and rows; stats: header, 2 types, documents; the final break
        #expect(lines.contains("e14999,n14999,knows,n0,,Zoë knows."))
        // As tables, in a script: the heading, every row aligned, the next statement after the last row.
        try "edges limit 0\nnodes limit 2\n".write(toFile: folder + "/t.cgq", atomically: true, encoding: .utf8)
        let table = try Executable.run(["--graph", folder + "/ring.json", "-f", folder + "/t.cgq"])
        #expect(table.status == 0, "\(table.stderr)")
        let rows = table.stdout.split(separator: "\n")
        #expect(rows.first == "all edges: 15000 edges" && rows.count == 3 + count + 5 + 1)
        #expect(rows.contains("e14999  n14999  knows  n0" + String(repeating: " ", count: 12) + "Zoë knows."))
        #expect(rows[3 + count] == "all nodes: 15000 nodes" && rows.last?.hasPrefix("note: showing 2 of 15000 nodes") == true)
    }

    @Test("the seed graph file reads in networkx and passes the graph checker")
    func networkx() throws {
        let run = try Executable.run(
            ["python3", Executable.root + "/Tests/Python/check_graph.py", Executable.root + "/graph/taguig-2016.json"],
            program: "/usr/bin/env")
        let text = run.stdout + run.stderr
        #expect(run.status == 0, "\(text)")
        #expect(text.contains(" passed, 0 failed"))
    }
}
