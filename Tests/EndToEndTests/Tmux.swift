import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A real terminal for the REPL: a detached tmux session driven by send-keys and read by capture-pane.
struct Tmux {
    let name: String
    let socket: String
    /// A folder that `kill()` removes with the server (the session's HOME, say), or nil.
    let ownedFolder: String?

    /// Starts `command` in a new 100×40 tmux session with its own server socket, keeping
    /// `historyLimit` lines that scrolled off the screen (``history()``).
    init(command: String, environment: [String: String], ownedFolder: String? = nil, historyLimit: Int = 2000) throws {
        name = "cg\(UInt32.random(in: 0...UInt32.max))"
        socket = FileManager.default.temporaryDirectory.appendingPathComponent("\(name).sock").path
        self.ownedFolder = ownedFolder
        let exports = environment.map { "\($0.key)=\(Self.shellQuoted($0.value))" }.sorted().joined(separator: " ")
        try tmux(["start-server", ";", "set-option", "-g", "history-limit", String(historyLimit), ";",
                  "new-session", "-d", "-s", name, "-x", "100", "-y", "40", "env \(exports) \(command)"])
    }

    static var isAvailable: Bool {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux")
    }

    /// Types keys (tmux key names such as `Enter`, `Tab`, `C-c`, `C-r`, `C-d`, or literal text with `literal`).
    func send(_ keys: String..., literal: Bool = false) throws {
        try tmux(["send-keys", "-t", name] + (literal ? ["-l"] : []) + keys)
    }

    /// Types `line` as it is, then presses Enter.
    func enter(_ line: String) throws {
        try send(line, literal: true)
        try send("Enter")
    }

    /// The visible screen.
    func screen() throws -> String {
        try tmux(["capture-pane", "-p", "-t", name])
    }

    /// Everything the terminal showed: the lines kept in its history, then the screen.
    func history() throws -> String {
        try tmux(["capture-pane", "-p", "-J", "-t", name, "-S", "-", "-E", "-"])
    }

    /// Waits until the screen contains `text` (up to `seconds`), returning the screen.
    @discardableResult
    func waitFor(_ text: String, seconds: Double = 10) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var last = ""
        while Date() < deadline {
            last = (try? screen()) ?? last
            if last.contains(text) { return last }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw TmuxError.timeout(waitingFor: text, screen: last)
    }

    /// Waits until the screen's last line that is not blank is `prompt` alone: the program
    /// waits for input again (keys sent while a statement still runs may reach the terminal
    /// in its cooked mode, where Ctrl-D is not a key but an end of input of its own).
    @discardableResult
    func waitForPrompt(_ prompt: String = "casegraph>", seconds: Double = 10) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var last = ""
        while Date() < deadline {
            last = (try? screen()) ?? last
            let lines = last.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            if lines.last == prompt { return last }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw TmuxError.timeout(waitingFor: prompt, screen: last)
    }

    /// True while the session's program still runs.
    var isRunning: Bool {
        (try? tmux(["has-session", "-t", name])) != nil
    }

    /// Stops the server and its programs, and removes its socket and the owned folder.
    func kill() {
        _ = try? tmux(["kill-server"])
        unlink(socket)
        if let ownedFolder { Executable.removeFolder(ownedFolder) }
    }

    /// Runs tmux with posix_spawn and waitpid, output to a file. Not `system(3)`, which
    /// sets SIGINT to be ignored process-wide while it waits and so races with tests that
    /// install a SIGINT handler; not a pipe, which never reaches end-of-file while the
    /// forked tmux server holds it.
    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let outputPath = socket + ".\(UInt32.random(in: 0...UInt32.max)).out"
        defer { unlink(outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        // The tmux server outlives this call, so it must not inherit other tests' descriptors
        // (an inherited pipe end would keep another test's reader from ever seeing
        // end-of-file): bash closes every descriptor above 2, then becomes tmux.
        let closeAndRun = #"for fd in /proc/$$/fd/*; do n=${fd##*/}; if [ "$n" -gt 2 ]; then eval "exec $n>&-" 2>/dev/null; fi; done; exec /usr/bin/tmux "$@""#
        let words = ["/bin/bash", "-c", closeAndRun, "tmux", "-S", socket] + arguments
        var cWords: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        defer { for word in cWords { free(word) } }
        // Nor may it inherit the test thread's signal mask (test runners block most signals in
        // their workers): a server that cannot see SIGCHLD or SIGTERM, and a REPL that cannot
        // see SIGHUP, outlive `kill-server`. A terminal's programs start with none blocked.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGCHLD, SIGPIPE, SIGQUIT] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid = pid_t()
        guard posix_spawn(&pid, "/bin/bash", &actions, &attributes, &cWords, environ) == 0 else {
            throw TmuxError.failed(arguments)
        }
        var status: Int32 = 0
        var result: pid_t
        repeat { result = waitpid(pid, &status, 0) } while result == -1 && errno == EINTR
        // ECHILD: another SIGCHLD handler in the test process reaped it; the file tells.
        if result == pid && status != 0 { throw TmuxError.failed(arguments) }
        return (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    }

    static func shellQuoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

enum TmuxError: Error, CustomStringConvertible {
    case failed([String])
    case timeout(waitingFor: String, screen: String)

    var description: String {
        switch self {
        case .failed(let arguments): return "tmux \(arguments.joined(separator: " ")) failed"
        case .timeout(let text, let screen): return "timed out waiting for \(text.debugDescription); screen:\n\(screen)"
        }
    }
}
