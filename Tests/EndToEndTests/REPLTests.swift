import Foundation
import Testing

/// The REPL in a real terminal, through tmux: what a user sees and types.
@Suite("The REPL in a real terminal", .serialized)
struct REPLTests {
    private func start(home given: String? = nil) throws -> (Tmux, home: String) {
        let home = try given ?? Executable.temporaryFolder()
        let tmux = try Tmux(command: "\(Executable.path) --graph \(Executable.root)/graph",
                            environment: ["HOME": home, "TERM": "xterm-256color", "LANG": "C.UTF-8", "NO_COLOR": "1"])
        try tmux.waitFor("casegraph>")
        return (tmux, home)
    }

    @Test("a statement runs and the prompt comes back; Ctrl-D exits and writes history 0600")
    func statementAndExit() throws {
        try #require(Tmux.isAvailable, "tmux is not installed")
        let (tmux, home) = try start()
        defer { tmux.kill() }
        try tmux.send("linked IJM", literal: true)
        try tmux.send("Enter")
        let screen = try tmux.waitFor("linked to International Justice Mission (ijm), depth 1")
        #expect(screen.contains("ijm-netherlands"))
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
        try tmux.send("linked IJM dpeth 2", literal: true)
        try tmux.send("Enter")
        let screen = try tmux.waitFor("did you mean 'depth'?")
        #expect(screen.contains("^"))
        #expect(tmux.isRunning)
        try tmux.send("stats", literal: true)
        try tmux.send("Enter")
        try tmux.waitFor("28 nodes, 53 edges")
    }

    @Test("Ctrl-R finds an earlier statement; a diacritic types and runs")
    func reverseSearchAndUTF8() throws {
        try #require(Tmux.isAvailable, "tmux is not installed")
        let (tmux, _) = try start()
        defer { tmux.kill() }
        try tmux.send("find Kämsteeg", literal: true)
        try tmux.send("Enter")
        try tmux.waitFor("henk-jan-kamsteeg")
        try tmux.send("nodes country", literal: true)
        try tmux.send("Enter")
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
        try tmux.send("show \"Henk Jan", literal: true)
        try tmux.send("Enter")
        try tmux.waitFor("...>")
        try tmux.send("Kamsteeg\"", literal: true)
        try tmux.send("Enter")
        try tmux.waitFor("(person, id henk-jan-kamsteeg)")
    }

    @Test("Up-arrow recalls a statement typed in an earlier run")
    func historyAcrossRuns() throws {
        try #require(Tmux.isAvailable, "tmux is not installed")
        let (first, home) = try start()
        try first.send("nodes country", literal: true)
        try first.send("Enter")
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
}
