import CLineScan

/// Lines and columns of increasing byte offsets, counted straight from the bytes: what
/// ``LineTable/location(ofOffset:)`` answers, without a table of the whole file and without
/// looking back at bytes before the previous offset, so that the bytes behind it can be
/// freed while a file is still being read (see ``FileBytes/release(before:)``).
///
/// ```swift
/// var counter = LineCounter()
/// counter.location(ofOffset: 40, in: bytes)  // (line, column), 1-based
/// ```
struct LineCounter {
    /// The 0-based line of `offset`, and where that line starts.
    private var line = 0
    private var lineStart = 0
    /// The previous offset asked for, and its 0-based column.
    private var offset = 0
    private var column = 0
    /// Where the line after `line` starts (nil: not looked for yet; `Int.max`: none), and
    /// where the search for the one after that goes on.
    private var nextLineStart: Int?

    init() {}

    /// The 1-based line and column of the byte at `wanted`, as ``LineTable`` counts them.
    ///
    /// - Precondition: `wanted` is no smaller than the previous offset asked for, and
    ///   `bytes` is the same buffer each time (its bytes before that offset may be gone).
    /// - Complexity: amortised O(the bytes between the previous offset and `wanted`), plus
    ///   the search for the next line break.
    mutating func location(ofOffset wanted: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int) {
        let wanted = min(max(wanted, offset), bytes.count)
        var movedLine = false
        while true {
            let next = nextLineStart ?? LineTable.lineStart(after: lineStart, in: bytes)
            nextLineStart = next
            guard next <= wanted else { break }
            line += 1
            lineStart = next
            nextLineStart = nil
            movedLine = true
        }
        let from = movedLine ? lineStart : offset
        if movedLine { column = 0 }
        if let base = bytes.baseAddress, from < wanted { column += cg_count_scalar_starts(base, from, wanted) }
        offset = wanted
        return (line + 1, column + 1)
    }

    // MARK: - A file read in two parts

    /// The location of a byte a second counter found at `relative` (1-based line and
    /// column), that counter having started at this counter's last offset: the byte's
    /// location in the whole file.
    ///
    /// - Precondition: the second counter's bytes start at this counter's last offset.
    /// - Complexity: O(1).
    func location(continuedBy relative: (line: Int, column: Int)) -> (line: Int, column: Int) {
        relative.line == 1 ? (line + 1, column + relative.column) : (line + relative.line, relative.column)
    }

    /// This counter moved on to where `tail` stopped, `tail` having counted the bytes from
    /// this counter's last offset on (its offset 0 being that byte): the counter one reader
    /// of the whole file would have.
    ///
    /// - Precondition: as for ``location(continuedBy:)``; the byte at the last offset is not
    ///   the `\n` of a `\r\n` (the two counters would each count a line break).
    /// - Complexity: O(1).
    func continued(by tail: LineCounter) -> LineCounter {
        let split = offset
        var whole = tail
        whole.line = line + tail.line
        whole.offset = split + tail.offset
        if tail.line == 0 {
            whole.lineStart = lineStart
            whole.column = column + tail.column
        } else {
            whole.lineStart = split + tail.lineStart
        }
        whole.nextLineStart = tail.nextLineStart.map { $0 == Int.max ? Int.max : split + $0 }
        return whole
    }

    /// Forgets where the next line starts: after the counter was asked with a shorter view
    /// of the bytes than it will be from now on (a line break at that view's end may be
    /// the first half of a `\r\n`, and no break found may be one beyond it).
    mutating func forgetNextLineStart() {
        nextLineStart = nil
    }
}
