import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A real terminal for the REPL: a detached tmux session driven by send-keys and read by capture-pane.
struct Tmux {
    let name: String
    let socket: String

    /// Starts `command` in a new 100×40 tmux session with its own server socket.
    init(command: String, environment: [String: String]) throws {
        name = "cg\(UInt32.random(in: 0...UInt32.max))"
        socket = FileManager.default.temporaryDirectory.appendingPathComponent("\(name).sock").path
        let exports = environment.map { "\($0.key)=\(Self.shellQuoted($0.value))" }.sorted().joined(separator: " ")
        try tmux(["new-session", "-d", "-s", name, "-x", "100", "-y", "40", "env \(exports) \(command)"])
    }

    static var isAvailable: Bool {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux")
    }

    /// Types keys (tmux key names such as `Enter`, `Tab`, `C-c`, `C-r`, `C-d`, or literal text with `literal`).
    func send(_ keys: String..., literal: Bool = false) throws {
        try tmux(["send-keys", "-t", name] + (literal ? ["-l"] : []) + keys)
    }

    /// The visible screen.
    func screen() throws -> String {
        try tmux(["capture-pane", "-p", "-t", name])
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

    /// True while the session's program still runs.
    var isRunning: Bool {
        (try? tmux(["has-session", "-t", name])) != nil
    }

    func kill() {
        _ = try? tmux(["kill-server"])
    }

    /// Runs tmux through `system(3)`, output to a file. (`system` blocks SIGCHLD while it
    /// waits, so no other child handler in the test process can reap the client first; a
    /// pipe would never reach end-of-file while the forked tmux server holds it.)
    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let outputPath = socket + ".\(UInt32.random(in: 0...UInt32.max)).out"
        defer { unlink(outputPath) }
        let words = ["/usr/bin/tmux", "-S", socket] + arguments
        let command = words.map(Self.shellQuoted).joined(separator: " ")
            + " </dev/null >" + Self.shellQuoted(outputPath) + " 2>/dev/null"
        let status = system(command)
        guard status == 0 else { throw TmuxError.failed(arguments) }
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
