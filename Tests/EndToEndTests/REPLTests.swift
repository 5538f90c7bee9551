import Foundation
import Testing

/// The REPL in a real terminal, through tmux: what a user sees and types.
@Suite("The REPL in a real terminal", .serialized)
struct REPLTests {
    private func start(home given: String? = nil, graph: String = "\(Executable.root)/graph", seconds: Double = 10,
                       historyLimit: Int = 2000) throws -> (Tmux, home: String) {
        let home = try given ?? Executable.temporaryFolder()
        let tmux = try Tmux(command: "\(Executable.path) --graph \(Tmux.shellQuoted(graph))",
                            environment: ["HOME": home, "TERM": "xterm-256color", "LANG": "C.UTF-8", "NO_COLOR": "1"],
                            ownedFolder: given == nil ? home : nil, historyLimit: historyLimit)
        try tmux.waitFor("casegraph>", seconds: seconds)
        return (tmux, home)
    }

    @Test("a statement runs and the prompt comes back; Ctrl-D exits and writes history 0600")
    func statementAndExit() throws {
        try #require(Tmux.isAvailable, "tmux is not installed")
        let (tmux, home) = try start()
        defer { tmux.kill() }
        try tmux.enter("linked IJM")
        let screen = try tmux.waitFor("linked to International Justice Mission (ijm), depth 1")
        #expect(screen.contains("ijm-netherlands"))
        try tmux.waitForPrompt()
        try tmux.send("C-d")
        let deadline = Date().addingTimeInterval(5)
        while tmux.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        #expect(!tmux.isRunning)
        let historyPath = home + "/.casegraph_history"
        let attributes = try FileManager.default.attributesOfItem(atPath: historyPath)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(try String(contentsOfFile: historyPath, encoding: .utf8).contains("linked IJM"))
    }

    @Test("Tab completes statements and entity names, quoting names with spaces")
    func completion() throws {
        try #require(Tmux.isAvailable, "tmux is not installed")
        let (tmux, _) = try start()
        defer { tmux.kill() }
        try tmux.send("lin", literal: true)
        try tmux.send("Tab")
        try tmux.waitFor("casegraph> linked")
        try tmux.send("Henk", literal: true)
        try tmux.send("Tab")
        try tmux.waitFor("casegraph> linked \"Henk Jan Kamsteeg\"")
        try tmux.send("Enter")
        try tmux.waitFor("linked to Henk Jan Kamsteeg (henk-jan-kamsteeg)")
    }

    @Test("Ctrl-C cancels the line and the REPL goes on; errors point at the mistake")
    func interruptAndErrors() throws {
        try #require(Tmux.isAvailable, "tmux is not installed")
        let (tmux, _) = try start()
        defer { tmux.kill() }
        try tmux.send("show something half typed", literal: true)
        try tmux.send("C-c")
        try tmux.enter("linked IJM dpeth 2")
        let screen = try tmux.waitFor("did you mean 'depth'?")
        #expect(screen.contains("^"))
        #expect(tmux.isRunning)
        try tmux.enter("stats")
        try tmux.waitFor("28 nodes, 53 edges")
    }

    @Test("Ctrl-R finds an earlier statement; a diacritic types and runs")
    func reverseSearchAndUTF8() throws {
        try #require(Tmux.isAvailable, "tmux is not installed")
        let (tmux, _) = try start()
        defer { tmux.kill() }
        try tmux.enter("find Kämsteeg")
        try tmux.waitFor("henk-jan-kamsteeg")
        try tmux.enter("nodes country")
        try tmux.waitFor("country nodes: 2 nodes")
        try tmux.send("C-r")
        try tmux.send("Kä", literal: true)
        try tmux.waitFor("find Kämsteeg")
        try tmux.send("Enter")
        let deadline = Date().addingTimeInterval(10)
        var runs = 0
        while Date() < deadline {
            runs = try tmux.screen().components(separatedBy: "find \"Kämsteeg\":").count - 1
            if runs >= 2 { break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        #expect(runs == 2, "the recalled statement ran again: \((try? tmux.screen()) ?? "")")
    }

    @Test("a line left open by a quote continues on the next line")
    func continuation() throws {
        try #require(Tmux.isAvailable, "tmux is not installed")
        let (tmux, _) = try start()
        defer { tmux.kill() }
        try tmux.enter("show \"Henk Jan")
        try tmux.waitFor("...>")
        try tmux.enter("Kamsteeg\"")
        try tmux.waitFor("(person, id henk-jan-kamsteeg)")
    }

    @Test("set timer on: each later statement's time under its output; off stops it")
    func timer() throws {
        try #require(Tmux.isAvailable, "tmux is not installed")
        let (tmux, _) = try start()
        defer { tmux.kill() }
        try tmux.enter("set timer on")
        try tmux.waitFor("timer: on")
        try tmux.enter("stats")
        let screen = try tmux.waitFor("format ")
        #expect(screen.range(of: #"time: [0-9.]+ (µs|ms|s) \(bind [0-9.]+ (µs|ms|s), evaluate"#, options: .regularExpression) != nil)
        try tmux.enter("set timer off")
        let after = try tmux.waitFor("timer: off")
        #expect(after.components(separatedBy: "time: ").count == 2, "\(after)")
    }

    @Test("Up-arrow recalls a statement typed in an earlier run")
    func historyAcrossRuns() throws {
        try #require(Tmux.isAvailable, "tmux is not installed")
        let home = try Executable.temporaryFolder()
        defer { Executable.removeFolder(home) }
        let (first, _) = try start(home: home)
        try first.enter("nodes country")
        try first.waitFor("country nodes: 2 nodes")
        try first.send("C-d")
        let deadline = Date().addingTimeInterval(5)
        while first.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        first.kill()
        let (second, _) = try start(home: home)
        defer { second.kill() }
        try second.send("Up")
        try second.waitFor("casegraph> nodes country")
        try second.send("Enter")
        try second.waitFor("country nodes: 2 nodes")
    }

    @Test("Ctrl-C stops a long statement — while it runs, formats or prints — and the REPL goes on")
    func interruptLongStatement() throws {
        try #require(Tmux.isAvailable, "tmux is not installed")
        let folder = try Executable.temporaryFolder()
        defer { Executable.removeFolder(folder) }
        let tmux = try startLongListing(in: folder)
        defer { tmux.kill() }
        try tmux.send("C-c")
        // Cancelled while computing or formatting, or cut while printing: either way a note
        // and the prompt, well before the 150,000 rows could have been shown.
        let notes = ["error: cancelled", "the rest of the output was not shown"]
        let deadline = Date().addingTimeInterval(20)
        var screen = try tmux.screen()
        while !notes.contains(where: screen.contains) && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
            screen = try tmux.screen()
        }
        #expect(notes.contains(where: screen.contains), "\(screen)")
        #expect(!screen.contains("n149999"))
        try tmux.send("C-l")
        try tmux.enter("show n149999")
        try tmux.waitFor("Event number 149999 of the long chain", seconds: 20)
    }

    @Test("Ctrl-D typed while a long statement runs and prints ends the REPL once the answer is shown")
    func endOfInputTypedAhead() throws {
        try #require(Tmux.isAvailable, "tmux is not installed")
        let folder = try Executable.temporaryFolder()
        defer { Executable.removeFolder(folder) }
        let tmux = try startLongListing(in: folder)
        defer { tmux.kill() }
        try tmux.send("C-d")
        let deadline = Date().addingTimeInterval(90)
        while tmux.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        #expect(!tmux.isRunning, "the REPL still runs: \((try? tmux.screen()) ?? "")")
    }

    /// The REPL on a chain of 150,000 events (written into `folder`), 0.3 s into
    /// `linked n0 depth 1000000 limit 0`, which walks it all and lists every node: seconds to
    /// compute, format and print in a debug build.
    private func startLongListing(in folder: String) throws -> Tmux {
        let (tmux, _) = try start(graph: try Self.writeLongChain(in: folder), seconds: 120)
        try tmux.enter("linked n0 depth 1000000 limit 0")
        Thread.sleep(forTimeInterval: 0.3)
        return tmux
    }

    private static func writeLongChain(in folder: String) throws -> String {
        let count = 150_000
        var json = #"{"directed": true, "multigraph": true, "graph": {"name": "Chain", "documents": [{"id": "d", "title": "T"}]}, "nodes": ["#
        json += (0..<count).map { #"{"id": "n\#($0)", "type": "event", "name": "Event number \#($0) of the long chain"}"# }
            .joined(separator: ",\n")
        json += #"], "edges": ["#
        json += (1..<count).map { #"{"source": "n\#($0 - 1)", "target": "n\#($0)", "type": "led_to", "sources": [{"document": "d", "quote": "q"}]}"# }
            .joined(separator: ",\n")
        json += "]}"
        let file = folder + "/chain.json"
        try json.write(toFile: file, atomically: true, encoding: .utf8)
        return file
    }

    @Test("a listing of megabytes reaches the terminal whole and in order, a chunk at a time")
    func longListingInChunks() throws {
        try #require(Tmux.isAvailable, "tmux is not installed")
        // 40,000 rows of about 50 columns: two chunks of a megabyte and the rest.
        let count = 40_000
        var json = #"{"directed": true, "multigraph": true, "graph": {"name": "Many", "documents": [{"id": "d", "title": "T"}]}, "nodes": ["#
        json += (0..<count).map { #"{"id": "n\#($0)", "type": "event", "name": "Event \#($0) of the many events of this graph", "sources": [{"document": "d", "quote": "q"}]}"# }
            .joined(separator: ",\n")
        json += #"], "edges": []}"#
        let folder = try Executable.temporaryFolder()
        defer { Executable.removeFolder(folder) }
        let file = folder + "/many.json"
        try json.write(toFile: file, atomically: true, encoding: .utf8)
        let batch = try Executable.run(["--graph", file, "-c", "nodes limit 0"])
        #expect(batch.status == 0 && batch.stdout.utf8.count > 2 << 20)
        let (tmux, _) = try start(graph: file, seconds: 60, historyLimit: count + 1000)
        defer { tmux.kill() }
        try tmux.enter("nodes limit 0")
        let deadline = Date().addingTimeInterval(60)
        var shown = ""
        repeat {
            Thread.sleep(forTimeInterval: 0.2)
            shown = try tmux.history()
        } while shown.components(separatedBy: "\ncasegraph>").count < 3 && Date() < deadline
        // What the REPL printed between the statement and the next prompt is the batch output.
        let lines = shown.components(separatedBy: "\n")
        let start = try #require(lines.firstIndex { $0.hasPrefix("casegraph> nodes limit 0") })
        let end = try #require(lines[(start + 1)...].firstIndex { $0.hasPrefix("casegraph>") })
        let printed = lines[(start + 1)..<end].map { $0.replacingOccurrences(of: " +$", with: "", options: .regularExpression) }
        let expected = batch.stdout.components(separatedBy: "\n").dropLast()
            .map { $0.replacingOccurrences(of: " +$", with: "", options: .regularExpression) }
        #expect(printed.count == expected.count, "\(printed.count) lines shown, \(expected.count) printed in batch use")
        #expect(Array(printed) == Array(expected))
    }
}
