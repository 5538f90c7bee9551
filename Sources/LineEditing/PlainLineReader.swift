import CEditLine

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A ``LineReading`` for input that is not a terminal: a pipe or a file.
///
/// It prints no prompt, does no editing and keeps no history, so piped
/// statements never end up in the history file. Lines may be of any length;
/// CRLF line ends are accepted, invalid UTF-8 is decoded with U+FFFD
/// replacement characters, and a last line without a newline is still
/// returned before `.endOfInput`.
///
/// ```swift
/// var reader: any LineReading = Terminal.isInputInteractive
///     ? editorOrPlain() : PlainLineReader()
/// ```
///
/// If ``InterruptFlag`` is installed, Ctrl-C while waiting for input returns
/// `.interrupted` (and clears the flag).
///
/// The reader buffers what it has read ahead, so use one reader per file
/// descriptor and do not copy it while both copies are in use.
public struct PlainLineReader: LineReading, Sendable {
    /// The descriptor lines are read from; it is not closed by the reader.
    public let fileDescriptor: Int32
    private var splitter = LineSplitter()
    private var reachedEnd = false

    private static let chunkSize = 65_536

    /// A reader of `fileDescriptor` (standard input by default).
    public init(fileDescriptor: Int32 = 0) {
        self.fileDescriptor = fileDescriptor
    }

    /// Returns the next line; `prompt` is ignored.
    public mutating func readLine(prompt: String) -> LineReadResult {
        while true {
            if let line = splitter.nextLine() { return .line(line) }
            if reachedEnd {
                if let last = splitter.finish() { return .line(last) }
                return .endOfInput
            }
            switch readChunk() {
            case .data, .endOfInput:
                continue
            case .interrupted:
                InterruptFlag.clear()
                return .interrupted
            }
        }
    }

    private enum ChunkOutcome { case data, endOfInput, interrupted }

    private mutating func readChunk() -> ChunkOutcome {
        var reading = cg_reading_state()
        cg_begin_reading(&reading)
        defer { cg_end_reading(&reading) }
        return withUnsafeTemporaryAllocation(byteCount: Self.chunkSize, alignment: 1) { buffer in
            while true {
                let count = read(fileDescriptor, buffer.baseAddress, buffer.count)
                if count > 0 {
                    splitter.append(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
                    return .data
                }
                if count < 0, errno == EINTR {
                    if InterruptFlag.isSet { return .interrupted }
                    continue
                }
                // End of input, or an error such as EIO or EBADF: nothing more will come.
                reachedEnd = true
                return .endOfInput
            }
        }
    }
}

/// Cuts a stream of bytes into lines.
///
/// Lines end at `\n`; a `\r` just before it (CRLF) is dropped, as is a UTF-8
/// byte-order mark at the very start of the stream. Bytes are decoded as
/// UTF-8 with invalid sequences replaced by U+FFFD, so any input yields text.
///
/// ```swift
/// var splitter = LineSplitter()
/// splitter.append(Array("a\r\nb".utf8))
/// splitter.nextLine()   // "a"
/// splitter.nextLine()   // nil: "b" has no newline yet
/// splitter.finish()     // "b"
/// ```
///
/// - Complexity: Amortised O(n) over the whole stream: each byte is scanned
///   for a newline once, and consumed bytes are discarded in bulk.
struct LineSplitter: Sendable {
    private var bytes: [UInt8] = []
    /// The first byte not yet returned as part of a line.
    private var start = 0
    /// Bytes in `start..<scanned` are known to hold no newline.
    private var scanned = 0
    /// Whether the stream's first bytes have been checked for a byte-order mark.
    private var checkedByteOrderMark = false

    private static let newline = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")
    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The number of bytes received but not yet returned as lines.
    var pendingByteCount: Int { bytes.count - start }

    /// Adds bytes read from the stream.
    mutating func append<Bytes: Collection>(_ chunk: Bytes) where Bytes.Element == UInt8 {
        compactIfWorthwhile()
        bytes.append(contentsOf: chunk)
    }

    /// The next complete line, or nil if no newline has arrived yet.
    mutating func nextLine() -> String? {
        skipByteOrderMarkIfComplete(atEnd: false)
        guard let end = bytes[scanned...].firstIndex(of: Self.newline) else {
            scanned = bytes.count
            return nil
        }
        let line = decode(start..<end)
        start = end + 1
        scanned = start
        return line
    }

    /// At end of input: the final line if it had no newline, else nil.
    mutating func finish() -> String? {
        skipByteOrderMarkIfComplete(atEnd: true)
        guard start < bytes.count else { return nil }
        let line = decode(start..<bytes.count)
        start = bytes.count
        scanned = start
        return line
    }

    private func decode(_ range: Range<Int>) -> String {
        var end = range.upperBound
        if end > range.lowerBound, bytes[end - 1] == Self.carriageReturn { end -= 1 }
        return String(decoding: bytes[range.lowerBound..<end], as: UTF8.self)
    }

    private mutating func skipByteOrderMarkIfComplete(atEnd: Bool) {
        guard !checkedByteOrderMark else { return }
        let available = bytes.count - start
        guard available >= Self.byteOrderMark.count || atEnd else {
            // A prefix of the mark may still be completed by the next chunk.
            if !bytes[start...].elementsEqual(Self.byteOrderMark.prefix(available)) {
                checkedByteOrderMark = true
            }
            return
        }
        checkedByteOrderMark = true
        if bytes[start...].starts(with: Self.byteOrderMark) {
            start += Self.byteOrderMark.count
            scanned = max(scanned, start)
        }
    }

    /// Drops consumed bytes once they are the larger part of the buffer.
    private mutating func compactIfWorthwhile() {
        guard start > 0, start >= 65_536 || start == bytes.count, start * 2 >= bytes.count else { return }
        bytes.removeSubrange(0..<start)
        scanned -= start
        start = 0
    }
}
