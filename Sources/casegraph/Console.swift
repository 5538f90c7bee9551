import Foundation

/// Standard output and error for the executable: the only place that writes them.
enum Console {
    static var inputIsTerminal: Bool { isatty(0) == 1 }
    static var outputIsTerminal: Bool { isatty(1) == 1 }
    static var errorIsTerminal: Bool { isatty(2) == 1 }

    /// Writes `text` and a line break (no copy of the text: results can be gigabytes).
    static func output(_ text: String) {
        var text = text
        text.withUTF8 { write($0) }
        writeLineBreak()
    }

    private static func writeLineBreak() {
        [UInt8(ascii: "\n")].withUnsafeBufferPointer { write($0) }
    }

    /// Writes `bytes` to standard output as they are: a chunk of a result written while it is
    /// formatted (`OutputSink`), or a whole result.
    static func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let start = bytes.baseAddress else { return }
        var offset = 0
        while offset < bytes.count {
            let written = Foundation.write(1, start + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return  // the reader is gone (EPIPE): nothing more can be shown
            }
            offset += written
        }
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Writes `text` and a line break a block of whole lines at a time, so that a listing of a
    /// million rows can be stopped: once `isInterrupted` says so, the rest is not written and
    /// false is returned.
    /// - Complexity: O(bytes written).
    static func output(_ text: String, unless isInterrupted: () -> Bool) -> Bool {
        var text = text
        let finished = text.withUTF8 { write($0, unless: isInterrupted) }
        if finished { writeLineBreak() }
        return finished
    }

    /// Writes `bytes` a block of whole lines at a time (a chunk of a listing, or a whole
    /// result) until `isInterrupted` says to stop; false when it did.
    /// - Complexity: O(bytes written).
    static func write(_ bytes: UnsafeBufferPointer<UInt8>, unless isInterrupted: () -> Bool) -> Bool {
        let blockSize = 1 << 16
        var start = 0
        while start < bytes.count {
            if isInterrupted() { return false }
            var end = min(start + blockSize, bytes.count)
            // Cut after a newline, never inside a line (or a UTF-8 sequence).
            while end < bytes.count && bytes[end - 1] != UInt8(ascii: "\n") { end += 1 }
            write(UnsafeBufferPointer(rebasing: bytes[start..<end]))
            start = end
        }
        return true
    }
}
