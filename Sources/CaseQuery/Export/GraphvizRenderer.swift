import CaseGraph
import Foundation

/// Renders DOT text to an image by running Graphviz's `dot`.
///
/// `dot` is looked up on `PATH`. The DOT text reaches its standard input from an unlinked
/// temporary file and its error output goes to another, while this thread reads its
/// standard output to the end: no pipe can fill up and stall either side, and no write can
/// meet a closed pipe.
public enum GraphvizRenderer {
    /// Where to look for `dot` when `PATH` is not set.
    static let defaultSearchPath = "/usr/local/bin:/usr/bin:/bin"
    /// How much of `dot`'s error output an error message quotes.
    static let maximumErrorLines = 8
    /// How often a render waiting for `dot` asks whether it was cancelled.
    static let pollMilliseconds: Int32 = 50

    /// The image `dot -T FORMAT` draws from `dot`; for `.dot`, the text itself.
    ///
    /// ```swift
    /// let svg = try GraphvizRenderer.render(dot: text, format: .svg)
    /// ```
    /// - Throws: ``QueryError`` of kind `.io` when `dot` is missing (with an install hint),
    ///   cannot start, or fails (with its error output); `.cancelled` once `cancellation`
    ///   fires (`dot` is stopped).
    /// - Complexity: that of `dot`, plus O(n) to copy the input and output.
    public static func render(
        dot: String, format: ExportFormat, cancellation: Cancellation = .never
    ) throws(QueryError) -> [UInt8] {
        try render(dot: dot, format: format,
                   searchPath: ProcessInfo.processInfo.environment["PATH"] ?? defaultSearchPath,
                   cancellation: cancellation)
    }

    /// ``render(dot:format:cancellation:)`` with `dot` looked up in `searchPath`
    /// (colon-separated folders).
    static func render(
        dot: String, format: ExportFormat, searchPath: String, cancellation: Cancellation = .never
    ) throws(QueryError) -> [UInt8] {
        if format == .dot { return Array(dot.utf8) }
        guard let executable = executable(named: "dot", searchPath: searchPath) else {
            throw QueryError(.io, "cannot draw \(format.rawValue): Graphviz's `dot` was not found on PATH",
                             notes: ["install Graphviz: apt-get install graphviz (macOS: brew install graphviz)"])
        }
        let input = try unlinkedTemporaryFile(containing: Array(dot.utf8))
        let errors = try unlinkedTemporaryFile(containing: [])
        let output = Pipe()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-T" + format.rawValue]
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw QueryError(.io, "cannot run \(AtomicFile.displayed(executable)): \(error.localizedDescription)")
        }
        let image: [UInt8]
        do {
            image = try readToEnd(output.fileHandleForReading.fileDescriptor, cancellation: cancellation)
        } catch {
            stop(process)
            throw cancellation.isCancelled ? .interrupted : error
        }
        process.waitUntilExit()
        // A Ctrl-C at the terminal reaches `dot` too, which then dies of SIGINT: that is a
        // cancellation, not a failure of `dot`.
        if cancellation.isCancelled { throw .interrupted }
        guard process.terminationReason == .exit, process.terminationStatus == 0, !image.isEmpty else {
            let status = process.terminationReason == .exit
                ? "exit status \(process.terminationStatus)" : "signal \(process.terminationStatus)"
            throw QueryError(.io, "`dot -T\(format.rawValue)` failed (\(status))", notes: errorLines(errors))
        }
        return image
    }

    /// Everything `descriptor` yields until its end, waking every ``pollMilliseconds`` to
    /// poll `cancellation`.
    /// - Throws: `.cancelled` once `cancellation` fires; `.io` when a read fails.
    /// - Complexity: O(n) for n bytes read.
    static func readToEnd(_ descriptor: Int32, cancellation: Cancellation) throws(QueryError) -> [UInt8] {
        var bytes = [UInt8]()
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            if cancellation.isCancelled { throw .interrupted }
            var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&request, 1, pollMilliseconds)
            if ready == 0 || (ready < 0 && errno == EINTR) { continue }
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { return bytes }
            if count < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                throw QueryError(.io, "cannot read the output of `dot`: \(String(cString: strerror(errno)))")
            }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }

    /// Ends a `dot` that is no longer wanted, and waits for it. SIGKILL, because a child
    /// inherits blocked and ignored signals (a SIGTERM could wait for `dot` to finish) and
    /// `dot` has nothing to clean up: it writes only to this process.
    private static func stop(_ process: Process) {
        if process.isRunning { _ = kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    /// The first executable regular file called `name` in the folders of `searchPath`.
    /// - Complexity: O(k) file-system lookups for k folders.
    static func executable(named name: String, searchPath: String) -> String? {
        for folder in searchPath.split(separator: ":", omittingEmptySubsequences: true) {
            let candidate = String(folder) + (folder.hasSuffix("/") ? "" : "/") + name
            var status = stat()
            if stat(candidate, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, access(candidate, X_OK) == 0 {
                return candidate
            }
        }
        return nil
    }

    /// A temporary file holding `bytes`, already unlinked, positioned at its start: it
    /// vanishes when the handle closes.
    private static func unlinkedTemporaryFile(containing bytes: [UInt8]) throws(QueryError) -> FileHandle {
        var template = Array((NSTemporaryDirectory() + "/casegraph-dot-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return -1 }
            return mkstemp(base)
        }
        guard descriptor >= 0 else {
            throw QueryError(.io, "cannot create a temporary file for `dot`: \(String(cString: strerror(errno)))")
        }
        let path = template.withUnsafeBufferPointer { buffer in
            String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
        _ = unlink(path)
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        try AtomicFile.writeAll(bytes, to: descriptor, path: path)
        guard lseek(descriptor, 0, SEEK_SET) == 0 else {
            throw QueryError(.io, "cannot rewind a temporary file for `dot`: \(String(cString: strerror(errno)))")
        }
        return handle
    }

    /// The first lines of what `dot` wrote to its error output, made terminal-safe.
    private static func errorLines(_ handle: FileHandle) -> [String] {
        guard lseek(handle.fileDescriptor, 0, SEEK_SET) == 0,
              let data = try? handle.readToEnd(), !data.isEmpty
        else { return ["`dot` gave no reason"] }
        let lines = String(decoding: data, as: UTF8.self)
            .split(whereSeparator: \.isNewline)
            .map { SafeText.escaped(String($0)) }
        return Array(lines.prefix(maximumErrorLines))
            + (lines.count > maximumErrorLines ? ["... and \(lines.count - maximumErrorLines) more lines"] : [])
    }
}
