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
        for index in from..<wanted where bytes[index] & 0xC0 != 0x80 { column += 1 }
        offset = wanted
        return (line + 1, column + 1)
    }
}
