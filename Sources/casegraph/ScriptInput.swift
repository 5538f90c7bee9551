import CaseGraph
import Foundation

/// A script's lines, read as they arrive: from a file of any kind (a regular file, a pipe, a
/// process substitution such as `-f <(…)`, `/dev/stdin`) or from standard input, so that a
/// program driving casegraph through a pipe gets each answer as soon as its statement is whole.
final class ScriptInput {
    /// The script's name in errors: the path given, or `<stdin>`.
    let name: String
    private let file: OpaquePointer
    private let ownsFile: Bool
    private var buffer: UnsafeMutablePointer<CChar>?
    private var capacity = 0

    /// Why a script could not be read: the system's reason (`No such file or directory`).
    struct Failure: Error {
        let name: String
        let reason: String

        var description: String { "error: cannot read the script \(SafeText.escaped(name)): \(reason)" }
    }

    /// Opens the script at `path`; `-` is standard input.
    convenience init(path: String) throws(Failure) {
        if path == "-" {
            try self.init(standardInputNamed: "<stdin>")
            return
        }
        guard let file = fopen(path, "r") else { throw Failure(name: path, reason: Self.reason(errno)) }
        var status = stat()
        if fstat(fileno(file), &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
            fclose(file)
            throw Failure(name: path, reason: Self.reason(EISDIR))
        }
        self.init(file: file, ownsFile: true, name: path)
    }

    /// Reads standard input.
    convenience init(standardInputNamed name: String) throws(Failure) {
        guard let file = fdopen(0, "r") else { throw Failure(name: name, reason: Self.reason(errno)) }
        self.init(file: file, ownsFile: false, name: name)
    }

    private init(file: UnsafeMutablePointer<FILE>, ownsFile: Bool, name: String) {
        self.file = OpaquePointer(file)
        self.ownsFile = ownsFile
        self.name = name
    }

    deinit {
        free(buffer)
        if ownsFile { fclose(UnsafeMutablePointer(file)) }
    }

    /// The next line without its line break, as soon as it has arrived; nil at the end of
    /// the input. Invalid UTF-8 is read as U+FFFD, NUL bytes as U+0000 (the lexer shows both).
    /// - Throws: ``Failure`` when reading fails (not at the end of the input).
    func nextLine() throws(Failure) -> String? {
        let stream = UnsafeMutablePointer<FILE>(file)
        let count = getline(&buffer, &capacity, stream)
        guard count >= 0, let buffer else {
            if ferror(stream) != 0 { throw Failure(name: name, reason: Self.reason(errno)) }
            return nil
        }
        var length = count
        if length > 0 && buffer[length - 1] == 0x0A { length -= 1 }
        return buffer.withMemoryRebound(to: UInt8.self, capacity: count) {
            String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
        }
    }

    private static func reason(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
