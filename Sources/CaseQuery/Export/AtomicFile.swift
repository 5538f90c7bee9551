import CaseGraph
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files so that readers see either the old file or the complete new one, never a
/// part.
///
/// The bytes go to a new, uniquely named temporary file in the target's folder (so the
/// rename stays on one file system); it is flushed to disk with `fsync` and renamed over
/// the target, and the folder is synced so the rename survives a crash. On any failure the
/// temporary file is removed and an existing target is left untouched. A new file gets the
/// permissions of `0666` less the umask; a replaced file keeps its permissions. A symbolic
/// link at the target is replaced by the file, not followed; a device, FIFO or socket at
/// the target (or at the end of the link) is refused, never replaced.
public enum AtomicFile {
    /// Writes `data` to `path` atomically.
    ///
    /// ```swift
    /// try AtomicFile.write(Array(dot.utf8), to: "case.dot")
    /// ```
    /// - Throws: ``QueryError`` of kind `.io` naming the path and the system's reason.
    /// - Complexity: O(n) in the size of `data`.
    public static func write(_ data: [UInt8], to path: String) throws(QueryError) {
        guard !path.isEmpty else { throw QueryError(.io, "cannot write to an empty file name") }
        // A device, FIFO or socket (or a link to one, like /dev/stdout) is never replaced.
        var existing = stat()
        if stat(path, &existing) == 0, ![S_IFREG, S_IFDIR].contains(existing.st_mode & S_IFMT) {
            throw QueryError(.io, "cannot write \(displayed(path)): not a regular file")
        }
        let folder = Self.folder(of: path)
        let (descriptor, temporary) = try createTemporaryFile(in: folder, for: path)
        var finished = false
        defer {
            if !finished { _ = unlink(temporary) }
        }
        do throws(QueryError) {
            try keepPermissions(of: path, on: descriptor)
            try writeAll(data, to: descriptor, path: path)
            guard fsync(descriptor) == 0 else { throw failure("cannot flush", path) }
        } catch {
            _ = close(descriptor)
            throw error
        }
        guard close(descriptor) == 0 else { throw failure("cannot write", path) }
        guard rename(temporary, path) == 0 else { throw failure("cannot replace", path) }
        finished = true
        syncFolder(folder)
    }

    /// The folder part of `path`: `.` for a bare file name, `/` for a file at the root.
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let folder = String(path[..<slash])
        return folder.isEmpty ? "/" : folder
    }

    /// Opens a new file `.NAME.tmp-PID-RANDOM` beside the target, retrying on a name clash.
    private static func createTemporaryFile(in folder: String, for path: String) throws(QueryError) -> (Int32, String) {
        // At most 64 characters of the name, so a long target name still leaves room for the
        // suffix within the file system's name limit.
        let base = String((path.split(separator: "/").last.map(String.init) ?? "file").prefix(64))
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<16 {
            let suffix = String(generator.next() as UInt64, radix: 16)
            let candidate = (folder == "/" ? "" : folder) + "/." + base + ".tmp-\(getpid())-" + suffix
            let descriptor = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if descriptor >= 0 { return (descriptor, candidate) }
            if errno != EEXIST { throw failure("cannot write", path) }
        }
        throw QueryError(.io, "cannot write \(displayed(path)): no free temporary file name in \(displayed(folder))")
    }

    /// Gives the new file the permissions of the file it replaces, if there is one.
    private static func keepPermissions(of path: String, on descriptor: Int32) throws(QueryError) {
        var status = stat()
        guard stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return }
        guard fchmod(descriptor, status.st_mode & 0o7777) == 0 else { throw failure("cannot write", path) }
    }

    /// Writes every byte, resuming after partial writes and interruptions.
    static func writeAll(_ data: [UInt8], to descriptor: Int32, path: String) throws(QueryError) {
        var written = 0
        while written < data.count {
            let count = data.withUnsafeBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return systemWrite(descriptor, base + written, data.count - written)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure("cannot write", path)
            }
            if count == 0 { throw QueryError(.io, "cannot write \(displayed(path)): the disk accepted no more bytes") }
            written += count
        }
    }

    /// Syncs the folder so a completed rename is durable; a failure here changes nothing
    /// the caller can act on, so it is ignored.
    private static func syncFolder(_ folder: String) {
        let descriptor = open(folder, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        _ = close(descriptor)
    }

    /// The `.io` error for the current `errno`: what failed, the path and the reason.
    private static func failure(_ action: String, _ path: String) -> QueryError {
        let reason = String(cString: strerror(errno))
        return QueryError(.io, "\(action) \(displayed(path)): \(reason)")
    }

    /// A path in double quotes, terminal-safe, for messages.
    static func displayed(_ path: String) -> String {
        "\"" + SafeText.escaped(path) + "\""
    }
}

/// `write(2)`, under a name that does not clash with ``AtomicFile/write(_:to:)``.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}
