import Foundation
import Testing

/// Scripts from pipes, FIFOs and standard input: each statement answered as soon as it is
/// whole, errors placed in the script, unreadable scripts named with the reason.
@Suite("Script input")
struct ScriptInputTests {
    /// A shell script that feeds casegraph through a FIFO held open, sends `stats`, and waits
    /// (up to 60 s) for its answer before it sends the next statement and closes the FIFO: it
    /// prints ANSWERED only when the answer came while the input was still open.
    static let conversation = """
        set -e
        cd "$2"
        mkfifo in
        case "$3" in
          stdin) "$1" --graph "$4" < in > out 2> err & ;;
          script) "$1" --graph "$4" -f in > out 2> err & ;;
          dash) "$1" --graph "$4" -f - < in > out 2> err & ;;
        esac
        exec 3> in
        echo 'stats' >&3
        answered=no
        for i in $(seq 600); do
          if grep -q 'node type' out; then answered=yes; break; fi
          sleep 0.1
        done
        printf 'show "nobody\\n at all"\\nnodes limit 1\\n' >&3
        exec 3>&-
        wait $! || echo "status $?"
        [ "$answered" = yes ] && echo ANSWERED
        cat out err
        """

    @Test("a statement on a pipe is answered before the input ends", arguments: ["stdin", "script", "dash"])
    func answersAsStatementsArrive(_ mode: String) throws {
        let folder = try Executable.temporaryFolder()
        defer { Executable.removeFolder(folder) }
        let run = try Executable.run(["-c", Self.conversation, "sh", Executable.path, folder, mode, Executable.root + "/graph"],
                                     program: "/bin/sh")
        #expect(run.stdout.hasPrefix("status 1\nANSWERED\n"), "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("note: showing 1 of 28 nodes"))
        let name = mode == "script" ? "in" : "<stdin>"
        #expect(run.stdout.contains("error: no node is called 'nobody\\u{A} at all'\n  --> \(name):2:6\n"), "\(run.stdout)")
    }

    @Test("errors of a script say the script's line and column")
    func errorsArePlaced() throws {
        let folder = try Executable.temporaryFolder()
        defer { Executable.removeFolder(folder) }
        try "stats\n# a comment\nstats; linked ijm deth 2\nlinked \\\n  ijm dpth 2\nshow \"ed\n".write(
            toFile: folder + "/q.cgq", atomically: true, encoding: .utf8)
        let run = try Executable.run(["-f", folder + "/q.cgq"])
        #expect(run.status == 1)
        #expect(run.stdout.hasPrefix("Taguig 2016: 28 nodes"))
        let places = run.stderr.split(separator: "\n").filter { $0.hasPrefix("  --> ") }
        #expect(places == ["  --> \(folder)/q.cgq:3:19", "  --> \(folder)/q.cgq:5:7", "  --> \(folder)/q.cgq:6:6"],
                "\(run.stderr)")
        // The same through standard input; `-c` statements have no script to point into.
        let piped = try Executable.run([], input: "stats\nlinked ijm deth 2\n")
        #expect(piped.stderr.contains("  --> <stdin>:2:12\n"), "\(piped.stderr)")
        let command = try Executable.run(["-c", "linked ijm deth 2"])
        #expect(!command.stderr.contains("-->"))
    }

    @Test("a graph file from a pipe loads (its documents' local copies are not found there)")
    func graphFromAPipe() throws {
        let run = try Executable.run(["-c", "\"$1\" --graph /dev/stdin -c stats < \"$2\" | head -1; \"$1\" --graph <(cat \"$2\") -c 'nodes limit 1' 2>&1",
                                      "sh", Executable.path, Executable.root + "/graph/taguig-2016.json"], program: "/bin/bash")
        #expect(run.stdout.hasPrefix("Taguig 2016: 28 nodes, 53 edges, 1 document\n"), "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("/dev/fd/"), "\(run.stdout)")
        #expect(run.stdout.contains("note: showing 1 of 28 nodes"))
    }

    @Test("a script that cannot be read is named with the reason, before the graph loads")
    func unreadableScripts() throws {
        let folder = try Executable.temporaryFolder()
        defer { Executable.removeFolder(folder) }
        let missing = try Executable.run(["--graph", folder + "/no-graph.json", "-f", folder + "/none.cgq"])
        #expect(missing.status == 2)
        #expect(missing.stderr == "error: cannot read the script \(folder)/none.cgq: No such file or directory\n")
        let directory = try Executable.run(["-f", folder])
        #expect(directory.status == 2)
        #expect(directory.stderr == "error: cannot read the script \(folder): Is a directory\n")
        // A script of one statement with no final line break, and `quit` stopping the rest.
        try "stats\nquit\nshow nobody".write(toFile: folder + "/q.cgq", atomically: true, encoding: .utf8)
        let quit = try Executable.run(["-f", folder + "/q.cgq"])
        #expect(quit.status == 0 && quit.stderr.isEmpty, "\(quit.stderr)")
        try "nodes limit 1".write(toFile: folder + "/last.cgq", atomically: true, encoding: .utf8)
        let last = try Executable.run(["-f", folder + "/last.cgq"])
        #expect(last.status == 0 && last.stdout.contains("note: showing 1 of 28 nodes"))
    }
}
