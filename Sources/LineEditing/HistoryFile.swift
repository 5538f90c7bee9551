#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why the history file could not be read or written.
public struct HistoryFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The history file's path.
    public var path: String
    /// What went wrong, for example `Permission denied` or `is not valid UTF-8`.
    public var reason: String

    /// A history-file error.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// `history file PATH: REASON`.
    public var description: String { "history file \(path): \(reason)" }
}

/// Reads and atomically writes a history file in ``HistoryFileFormat``.
struct HistoryFile: Sendable {
    /// Files larger than this are refused rather than read.
    static let maximumByteCount = 16 << 20

    let path: String

    /// The file's entries, oldest first; empty if it does not exist yet.
    ///
    /// - Throws: ``HistoryFileError`` if the path is not a regular file, cannot
    ///   be read, is too large, or is not a casegraph history file.
    func load() throws(HistoryFileError) -> [String] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        if descriptor < 0 {
            if errno == ENOENT { return [] }
            throw failure(systemReason())
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw failure(systemReason()) }
        guard (status.st_mode & S_IFMT) == S_IFREG else { throw failure("is not a regular file") }
        guard status.st_size <= Self.maximumByteCount else {
            throw failure("is larger than \(Self.maximumByteCount >> 20) MiB")
        }
        let bytes = try readAll(descriptor, expected: Int(status.st_size))
        guard !bytes.contains(0) else { throw failure("contains binary data") }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw failure("is not valid UTF-8")
        }
        guard let entries = HistoryFileFormat.decode(text) else {
            throw failure("does not start with \"\(HistoryFileFormat.header)\"")
        }
        return entries
    }

    /// Why saving would fail, or nil if it looks possible: the file must be
    /// writable if it exists and its directory must allow creating a file.
    func saveProblem() -> String? {
        let target = resolvedPath()
        if access(target, F_OK) == 0, access(target, W_OK) != 0 { return "is not writable" }
        let directory = Self.directory(of: target)
        if access(directory, W_OK | X_OK) != 0 {
            return "directory \(directory) is not writable (\(systemReason()))"
        }
        return nil
    }

    /// Replaces the file with `entries`, atomically: the text goes to a new
    /// file (mode 0600) in the same directory, which is then renamed over the
    /// old one, so a crash leaves either the old or the new history. If the
    /// path is a symbolic link the file it points to is replaced.
    func save<Entries: Sequence<String>>(_ entries: Entries) throws(HistoryFileError) {
        let target = resolvedPath()
        let directory = Self.directory(of: target)
        let name = target.split(separator: "/").last.map(String.init) ?? target
        var template = Array("\(directory)/.\(name).tmp-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.map { mkstemp($0) } ?? -1
        }
        guard descriptor >= 0 else { throw failure("cannot create a file in \(directory) (\(systemReason()))") }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var isOpen = true
        do throws(HistoryFileError) {
            let text = HistoryFileFormat.encode(entries)
            guard fchmod(descriptor, S_IRUSR | S_IWUSR) == 0 else { throw failure(systemReason()) }
            try writeAll(Array(text.utf8), to: descriptor)
            guard fsync(descriptor) == 0 else { throw failure(systemReason()) }
            isOpen = false
            guard close(descriptor) == 0 else { throw failure(systemReason()) }
            guard rename(temporary, target) == 0 else { throw failure(systemReason()) }
        } catch {
            if isOpen { close(descriptor) }
            unlink(temporary)
            throw error
        }
    }

    // MARK: - Helpers

    private func failure(_ reason: String) -> HistoryFileError {
        HistoryFileError(path: path, reason: reason)
    }

    private func systemReason() -> String {
        String(cString: strerror(errno))
    }

    /// The path with symbolic links resolved, or the path itself if it does
    /// not exist yet.
    private func resolvedPath() -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let directory = path[..<slash]
        return directory.isEmpty ? "/" : String(directory)
    }

    private func readAll(_ descriptor: Int32, expected: Int) throws(HistoryFileError) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(expected)
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while bytes.count <= Self.maximumByteCount {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { return bytes }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure(systemReason())
            }
            bytes.append(contentsOf: chunk[0..<count])
        }
        throw failure("is larger than \(Self.maximumByteCount >> 20) MiB")
    }

    private func writeAll(_ bytes: [UInt8], to descriptor: Int32) throws(HistoryFileError) {
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                buffer.baseAddress.map { write(descriptor, $0 + written, buffer.count - written) } ?? -1
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure(systemReason())
            }
            written += count
        }
    }
}
