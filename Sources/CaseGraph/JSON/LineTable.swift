import CLineScan

/// Turns byte offsets in a source into 1-based lines and columns.
///
/// A line ends at `\n`, at `\r\n` or at a lone `\r`. Columns count UTF-8
/// characters (Unicode scalars), not bytes, from the start of the line, so a
/// column matches what an editor shows for text without combining marks.
///
/// ```swift
/// let table = LineTable(Array("ab\ncé!".utf8))
/// table.location(ofOffset: 6)  // (line: 2, column: 3), the '!' after the two-byte 'é'
/// ```
///
/// Build one table per file and ask it for many locations: building is
/// O(*n*), each look-up is a binary search plus a scan of one line.
public struct LineTable: Sendable, Equatable {
    private let bytes: [UInt8]
    /// The byte offset at which each line starts; `lineStarts[0] == 0`.
    private let lineStarts: [Int]

    /// Indexes the line starts of `bytes`.
    ///
    /// - Complexity: O(*n*), where *n* is the number of bytes.
    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
        lineStarts = bytes.withUnsafeBufferPointer { bytes in
            var starts = [0]
            while case let next = Self.lineStart(after: starts[starts.count - 1], in: bytes), next != Int.max {
                starts.append(next)
            }
            return starts
        }
    }

    /// The start of the line after the one starting at `start`: after its `\n`, `\r\n` or
    /// lone `\r`; `Int.max` when it is the last line. The break is looked for 64 bytes at a
    /// time (`cg_find_line_break`).
    /// - Complexity: O(the bytes up to that line break).
    static func lineStart(after start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress, start < bytes.count else { return Int.max }
        let lineBreak = cg_find_line_break(base, bytes.count, start)
        guard lineBreak < bytes.count else { return Int.max }
        let isCRLF = bytes[lineBreak] == UInt8(ascii: "\r") && lineBreak + 1 < bytes.count && bytes[lineBreak + 1] == UInt8(ascii: "\n")
        return lineBreak + (isCRLF ? 2 : 1)
    }

    /// The number of lines, counting a last line without a line break.
    ///
    /// - Complexity: O(1).
    public var lineCount: Int { lineStarts.count }

    /// The 1-based line and column of the byte at `offset`.
    ///
    /// Offsets past the end are clamped to the end, so the end of input has a
    /// location too. An offset inside a multi-byte character gets the column
    /// of the character after it.
    ///
    /// - Complexity: O(log *l* + *c*), where *l* is the number of lines and
    ///   *c* the length in bytes of the line.
    public func location(ofOffset offset: Int) -> (line: Int, column: Int) {
        let offset = min(max(offset, 0), bytes.count)
        var low = 0
        var high = lineStarts.count - 1
        while low < high {  // the last line start <= offset
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        let column = bytes.withUnsafeBufferPointer { buffer in
            Self.characterCount(in: buffer, from: lineStarts[low], to: offset)
        }
        return (low + 1, column + 1)
    }

    /// Locations of many offsets: for offsets in increasing order, each look-up continues
    /// from the previous one instead of starting again.
    struct Cursor {
        private let table: LineTable
        private var line = 0
        private var offset = 0
        private var column = 0

        init(_ table: LineTable) {
            self.table = table
        }

        /// The same as ``LineTable/location(ofOffset:)``.
        /// - Complexity: amortised O(the bytes since the previous offset) when offsets increase.
        mutating func location(ofOffset wanted: Int) -> (line: Int, column: Int) {
            let wanted = min(max(wanted, 0), table.bytes.count)
            guard wanted >= offset else {
                self = Cursor(table)
                return location(ofOffset: wanted)
            }
            let starts = table.lineStarts
            var movedLine = false
            while line + 1 < starts.count && starts[line + 1] <= wanted {
                line += 1
                movedLine = true
            }
            let from = movedLine ? starts[line] : offset
            if movedLine { column = 0 }
            column += table.bytes.withUnsafeBufferPointer { LineTable.characterCount(in: $0, from: from, to: wanted) }
            offset = wanted
            return (line + 1, column + 1)
        }
    }

    /// The 1-based line and column of `offset` in `buffer`, without building a table.
    ///
    /// The parser uses this on its error path, where one location is needed once.
    ///
    /// - Complexity: O(*offset*).
    static func location(in buffer: UnsafeBufferPointer<UInt8>, ofOffset offset: Int) -> (
        line: Int, column: Int
    ) {
        let offset = min(max(offset, 0), buffer.count)
        var line = 1
        var lineStart = 0
        var index = 0
        while index < offset {
            let byte = buffer[index]
            index += 1
            if byte == UInt8(ascii: "\n") {
                line += 1
                lineStart = index
            } else if byte == UInt8(ascii: "\r") {
                if index < buffer.count, buffer[index] == UInt8(ascii: "\n") {
                    if index == offset { break }  // offset points at the '\n' of "\r\n"
                    index += 1
                }
                line += 1
                lineStart = index
            }
        }
        return (line, characterCount(in: buffer, from: lineStart, to: offset) + 1)
    }

    /// The number of UTF-8 characters that start in `buffer[start..<end]`.
    private static func characterCount(
        in buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int
    ) -> Int {
        guard let base = buffer.baseAddress, start < end else { return 0 }
        return cg_count_scalar_starts(base, start, end)
    }
}
