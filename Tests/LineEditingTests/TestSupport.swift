#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs `body` on a new detached thread. (Not Dispatch: its pool is as small
/// as the number of cores, and tests blocked in `read` could starve it.)
func spawnThread(_ body: @escaping @Sendable () -> Void) {
    final class Box: @unchecked Sendable {
        let body: @Sendable () -> Void
        init(_ body: @escaping @Sendable () -> Void) { self.body = body }
    }
    var attributes = pthread_attr_t()
    pthread_attr_init(&attributes)
    pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
    defer { pthread_attr_destroy(&attributes) }
    var thread = pthread_t()
    let box = Unmanaged.passRetained(Box(body)).toOpaque()
    let created = pthread_create(&thread, &attributes, { context in
        guard let context else { return nil }
        Unmanaged<Box>.fromOpaque(context).takeRetainedValue().body()
        return nil
    }, box)
    precondition(created == 0)
}

/// A pipe whose write end is fed `bytes` from another thread and then closed;
/// returns the read end.
func pipeFeeding(_ bytes: [UInt8]) -> Int32 {
    var ends: [Int32] = [0, 0]
    precondition(pipe(&ends) == 0)
    closeOnExec(ends)
    let (readEnd, writeEnd) = (ends[0], ends[1])
    spawnThread {
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { write(writeEnd, $0.baseAddress! + written, $0.count - written) }
            if count < 0 { if errno == EINTR { continue } else { break } }
            written += count
        }
        close(writeEnd)
    }
    return readEnd
}

/// A fresh, empty directory under /tmp.
func temporaryDirectory() -> String {
    var template = Array("/tmp/line-editing-tests-XXXXXX".utf8CString)
    let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
    precondition(made != nil)
    return String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
}

/// Runs `body` with a fresh, empty directory, removed (with the files in it)
/// afterwards.
@discardableResult
func withTemporaryDirectory<T>(_ body: (String) throws -> T) rethrows -> T {
    let directory = temporaryDirectory()
    defer {
        for name in fileNames(in: directory) { unlink(directory + "/" + name) }
        rmdir(directory)
    }
    return try body(directory)
}

/// The file names in `directory`, sorted.
func fileNames(in directory: String) -> [String] {
    guard let stream = opendir(directory) else { return [] }
    defer { closedir(stream) }
    var names: [String] = []
    while let entry = readdir(stream) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
            String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
        }
        if name != "." && name != ".." { names.append(name) }
    }
    return names.sorted()
}

/// Writes `bytes` to `path`, replacing it, with the given mode.
func writeFile(_ path: String, _ bytes: [UInt8], mode: mode_t = 0o644) {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, mode)
    precondition(descriptor >= 0)
    _ = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    fchmod(descriptor, mode)
    close(descriptor)
}

/// The contents of `path`.
func readFile(_ path: String) -> [UInt8] {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { return [] }
    defer { close(descriptor) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 4096)
    while true {
        let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if count <= 0 { return bytes }
        bytes += chunk[0..<count]
    }
}

/// `stat` of `path`, following links.
func status(of path: String) -> stat? {
    var result = stat()
    return stat(path, &result) == 0 ? result : nil
}

/// Marks descriptors close-on-exec, so no child process of another test (a tmux server,
/// say) inherits a pipe end and keeps a reader from ever seeing end-of-file.
func closeOnExec(_ descriptors: [Int32]) {
    for descriptor in descriptors {
        _ = fcntl(descriptor, F_SETFD, fcntl(descriptor, F_GETFD) | FD_CLOEXEC)
    }
}
