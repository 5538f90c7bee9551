import CaseGraph

/// Aligned plain-text tables.
///
/// Two passes over the cells' bytes: their widths (``TableLayout``), then the lines, written
/// straight into the storage of the `String` returned, sized beforehand, or handed to a sink
/// a chunk at a time: a listing of millions of rows is held once as the table's cells and at
/// most once as text, never as a buffer and a copy of it.
enum TextTableWriter {
    /// The widest a cell may be before it is cut with "…".
    static let maximumCellWidth = 72

    /// Writes `heading` (if any) on a line of its own, then the table with a header, a rule,
    /// and one line per row; every cell escaped. When `cancellation` fires midway, the output
    /// is cut short (the caller discards it). With a `sink`, the text goes to it a chunk of
    /// whole lines at a time and only the rest is returned.
    /// - Complexity: O(cells).
    static func write(
        _ table: ResultTable, style: TextStyle, indent: String = "", heading: String? = nil,
        cancellation: Cancellation = .never, sink: OutputSink? = nil
    ) -> String {
        let layout = TableLayout(measuring: table, indent: indent, cancellation: cancellation)
        var head = heading.map { $0 + "\n" } ?? ""
        head += line(table.columns, widths: layout.widths, indent: indent, style.bold).trailingSpacesRemoved + "\n"
        head += (indent + layout.widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")).trailingSpacesRemoved
        if let sink {
            var output = ChunkOutput(sink: sink)
            output.append(head)
            layout.writeRows(into: &output, cancellation: cancellation)
            return output.text
        }
        // Room for the notes the formatter adds after the table, so that they do not move it.
        return String(unsafeUninitializedCapacity: head.utf8.count + layout.rowBytes + notesRoom) { buffer in
            var output = TextBuffer(buffer)
            output.append(head)
            layout.writeRows(into: &output, cancellation: cancellation)
            return output.count
        }
    }

    /// Bytes left free after a table's text for the notes written after it.
    static let notesRoom = 512

    /// The header line: each value padded to its column's width (the last not), styled.
    private static func line(_ values: [String], widths: [Int], indent: String, _ styled: (String) -> String) -> String {
        var parts = [String]()
        for (column, value) in values.enumerated() {
            let isLast = column == values.count - 1
            parts.append(styled(isLast ? value : value + String(repeating: " ", count: max(0, widths[column] - value.count))))
        }
        return indent + parts.joined(separator: "  ")
    }

    static func cut(_ text: String) -> String {
        text.count <= maximumCellWidth ? text : String(text.prefix(maximumCellWidth - 1)) + "…"
    }

    /// The width in characters of a cell whose text is written as it is: short printable ASCII
    /// (each byte one character), or short text whose every scalar is printable ASCII or a
    /// Latin letter that stands alone (U+00A0–U+02FF, U+1E00–U+1EFF: no controls, no combining
    /// marks, so one scalar is one character and nothing needs escaping: Zoë, Nguyễn). Nil
    /// for any other text, and for text longer than ``maximumCellWidth``.
    /// - Complexity: O(n) over the bytes, without grapheme breaking.
    static func plainWidth(of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var count = 0, index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte &- 0x20 < 0x5F {
                index += 1
            } else {
                guard let (scalar, length) = UTF8Scalar.decode(bytes, at: index) else { return nil }
                switch scalar.value {
                case 0xA0..<0x300, 0x1E00..<0x1F00: index += length
                default: return nil
                }
            }
            count += 1
            if count > maximumCellWidth { return nil }
        }
        return count
    }
}

extension String {
    /// The text without the spaces at its end.
    /// - Complexity: O(trailing spaces): scans UTF-8 bytes back from the end (a space byte is
    ///   always a whole character, so the cut never splits one).
    var trailingSpacesRemoved: String {
        let bytes = utf8
        var end = bytes.endIndex
        while end > bytes.startIndex {
            let before = bytes.index(before: end)
            guard bytes[before] == UInt8(ascii: " ") else { break }
            end = before
        }
        return end == bytes.endIndex ? self : String(self[..<end])
    }
}
