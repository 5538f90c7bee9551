import Foundation

/// Reading a graph file's bytes when it is not read into ``FileBytes``: a pipe, a device, a
/// file the fast path has handed back as it went.
extension GraphLoader {
    /// Why a file could not be read: the system's reason (`Permission denied`).
    struct ReadFailure: Error {
        let reason: String

        init(errno code: Int32) { reason = String(cString: strerror(code)) }
    }

    /// The bytes of the file at `path`, read with `read(2)` straight into one array: a regular
    /// file in one read of its size, anything else (a pipe, `/dev/stdin`, a process
    /// substitution such as `--graph <(…)`) a block at a time to its end.
    /// - Throws: ``ReadFailure`` with the system's reason.
    /// - Complexity: O(size of the file).
    static func readFile(_ path: String) throws(ReadFailure) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw ReadFailure(errno: errno) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw ReadFailure(errno: errno) }
        guard status.st_mode & S_IFMT != S_IFDIR else { throw ReadFailure(errno: EISDIR) }
        // One byte more than a regular file's size, to see the end of the file without a second buffer.
        var failed = false
        var atEnd = false
        let size = status.st_mode & S_IFMT == S_IFREG ? max(Int(status.st_size), 0) + 1 : 1 << 16
        var bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = readFully(descriptor, into: buffer.baseAddress!, capacity: size, failed: &failed, atEnd: &atEnd)
        }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while !failed && !atEnd {  // a stream, or a file that grew while being read
            let count = chunk.withUnsafeMutableBufferPointer { buffer in
                readFully(descriptor, into: buffer.baseAddress!, capacity: buffer.count, failed: &failed, atEnd: &atEnd)
            }
            bytes += chunk[..<count]
        }
        if failed { throw ReadFailure(errno: errno) }
        return bytes
    }

    /// The text of the document copy at `path`: a large file mapped, its pages read as the
    /// quote check comes to them, a small one read (see ``DocumentText``); anything else read
    /// as a `String`. Nil when it cannot be read.
    /// - Complexity: O(1) for a large file; O(size of the file) otherwise.
    static func readDocumentText(_ path: String) -> DocumentText? {
        if let file = FileBytes(path: path, populates: false) { return DocumentText(file: file) }
        return readText(path).map { DocumentText($0) }
    }

    /// The text of the file at `path`, its UTF-8 repaired (as `String(decoding:as:)` does);
    /// nil when it cannot be read. A regular file is read straight into the string's storage,
    /// with no buffer between; anything else, or a file that grew meanwhile, by ``readFile(_:)``.
    /// - Complexity: O(size of the file).
    static func readText(_ path: String) -> String? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT != S_IFDIR else { return nil }
        if status.st_mode & S_IFMT == S_IFREG {
            // One byte more than the size, to see the end of the file.
            let capacity = max(Int(status.st_size), 0) + 1
            var failed = false, atEnd = false
            let text = String(unsafeUninitializedCapacity: capacity) { buffer in
                guard let start = buffer.baseAddress else { return 0 }
                return readFully(descriptor, into: start, capacity: capacity, at: 0, failed: &failed, atEnd: &atEnd)
            }
            if failed { return nil }
            if atEnd { return text }
        }
        return (try? readFile(path)).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Reads into `buffer` until it is full, at the end of the file (`atEnd`) or at an error
    /// (`failed`): from the descriptor's position, or from the byte at `offset` without moving it.
    static func readFully(_ descriptor: Int32, into buffer: UnsafeMutablePointer<UInt8>, capacity: Int,
                          at offset: Int? = nil, failed: inout Bool, atEnd: inout Bool) -> Int {
        var filled = 0
        while filled < capacity {
            let count = offset.map { pread(descriptor, buffer + filled, capacity - filled, off_t($0 + filled)) }
                ?? read(descriptor, buffer + filled, capacity - filled)
            if count < 0 {
                if errno == EINTR { continue }
                failed = true
                break
            }
            if count == 0 {
                atEnd = true
                break
            }
            filled += count
        }
        return filled
    }
}
