import ArgumentParser
import CaseGraph
import CaseQuery
import Foundation

/// The `casegraph` command: parses flags, loads the graph, and runs statements from `-c`,
/// a script, standard input, or the interactive prompt.
@main
struct CaseGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "casegraph",
        abstract: "Explore an investigative case graph: who is linked to whom, how a tip led to an arrest, with the evidence.",
        discussion: """
            With no --graph, loads $CASEGRAPH_GRAPH, or else the folder graph/ of the current folder. \
            With no -c or -f, reads statements from standard input when it is not a terminal, and otherwise \
            starts the interactive prompt. Type `help` there for the query language.

            Exit status: 0 when every statement succeeded, 1 when one failed, 2 when the graph or the script could not be read, 64 for a usage error.
            """,
        version: CaseGraphVersion.string)

    @Option(name: .long, help: ArgumentHelp("A graph file or folder of *.json files (repeatable).", valueName: "path"))
    var graph: [String] = []

    @Option(name: .short, help: ArgumentHelp("Run a statement and exit (repeatable).", valueName: "statement"))
    var c: [String] = []

    @Option(name: .short, help: ArgumentHelp("Run the statements of a script file (- for standard input) and exit.", valueName: "script"))
    var f: String?

    @Option(name: .long, help: "Output format: table, json, csv or dot.")
    var format: String = "table"

    @Option(name: .long, help: "Rows a result shows at most, unless a statement says `limit N` (0: no limit).")
    var limit: Int = 200

    @Flag(name: .long, help: "Never colour the output (NO_COLOR in the environment does the same).")
    var noColor = false

    @Flag(name: .long, help: "Write how long the load and each statement took, to standard error (as `set timer on`).")
    var timer = false

    mutating func validate() throws {
        guard OutputFormat(rawValue: format.lowercased()) != nil else {
            throw ValidationError("unknown format '\(format)'; use table, json, csv or dot")
        }
        guard limit >= 0 else { throw ValidationError("--limit must be 0 or more") }
    }

    func run() throws {
        // The script is opened before the graph loads: a mistyped name fails at once.
        let script: ScriptInput?
        do throws(ScriptInput.Failure) {
            script = try f.map { path throws(ScriptInput.Failure) in try ScriptInput(path: path) }
        } catch {
            Console.error(error.description)
            throw ExitCode(2)
        }
        let paths = graph.isEmpty ? [ProcessInfo.processInfo.environment["CASEGRAPH_GRAPH"] ?? "graph"] : graph
        let interactive = c.isEmpty && f == nil && Console.inputIsTerminal
        let bytes = Self.totalBytes(of: paths)
        if interactive && Console.errorIsTerminal && bytes >= 64 << 20 {
            Console.error("loading \(paths.map(SafeText.escaped).joined(separator: ", ")) "
                          + "(\(bytes >> 20) MB; Ctrl-C gives up)…")
        }
        let loaded: LoadedGraph
        let clock = ContinuousClock()
        let loadStart = clock.now
        do {
            loaded = try GraphLoader.load(paths: paths)
        } catch {
            Console.error(error.description)
            throw ExitCode(2)
        }
        if timer {
            Console.error(StatementTiming.loadSummary(clock.now - loadStart, nodes: loaded.graph.nodes.count,
                                                      edges: loaded.graph.edges.count))
        }
        if !loaded.warnings.isEmpty && (!interactive || loaded.warnings.count <= REPL.warningsShownAtStart) {
            // The first few of each kind, in one write: a graph may warn a million times.
            Console.error(DiagnosticDigest.warningLines(loaded.warnings).joined(separator: "\n"))
        }
        let wantsColor = !noColor && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        var session = Session(graph: loaded.graph, warnings: loaded.warnings, options: SessionOptions(
            format: OutputFormat(rawValue: format.lowercased()) ?? .table,
            color: wantsColor && Console.outputIsTerminal, defaultLimit: limit, timer: timer))

        if !c.isEmpty || script != nil {
            var batch = Batch()
            for statement in c { batch.run(statement, in: &session) }
            if let script { batch.run(script, in: &session) }
            Self.exit(status: batch.failed ? 1 : 0)
        } else if !Console.inputIsTerminal {
            var batch = Batch()
            do throws(ScriptInput.Failure) {
                batch.run(try ScriptInput(standardInputNamed: "<stdin>"), in: &session)
            } catch {
                Console.error(error.description)
                Self.exit(status: 2)
            }
            Self.exit(status: batch.failed ? 1 : 0)
        } else {
            var repl = REPL(session: session, warnings: loaded.warnings)
            repl.run()  // the terminal is restored when it returns
            Self.exit(status: 0)
        }
    }

    /// Ends the process with `status`, the graph still in memory: the system takes the memory
    /// back at once, where taking the graph apart value by value took 2.6 % of the run's CPU on a
    /// graph of five million edges (about 0.6 s, by perf). Everything is written already (each
    /// output is one `write`, unbuffered).
    private static func exit(status: Int32) -> Never {
        Foundation.exit(status)
    }

    /// The size of the files a load would read: each file, and the `*.json` files of each folder.
    private static func totalBytes(of paths: [String]) -> Int {
        let files = FileManager.default
        func size(_ path: String) -> Int { (try? files.attributesOfItem(atPath: path)[.size] as? Int) ?? 0 }
        return paths.reduce(0) { total, path in
            var isFolder: ObjCBool = false
            guard files.fileExists(atPath: path, isDirectory: &isFolder) else { return total }
            guard isFolder.boolValue else { return total + size(path) }
            let names = (try? files.contentsOfDirectory(atPath: path)) ?? []
            return total + names.filter { $0.hasSuffix(".json") }.reduce(0) { $0 + size(path + "/" + $1) }
        }
    }
}
