import CaseGraph

/// ANSI styling for the text format, or none. Only the writers decide what is styled; the
/// data itself is always escaped with `SafeText` first, so it can never carry its own styling.
public struct TextStyle: Sendable, Hashable {
    public var color: Bool

    public init(color: Bool) {
        self.color = color
    }

    func bold(_ text: String) -> String { wrap(text, "1") }
    func dim(_ text: String) -> String { wrap(text, "2") }
    func red(_ text: String) -> String { wrap(text, "1;31") }
    func yellow(_ text: String) -> String { wrap(text, "33") }
    func cyan(_ text: String) -> String { wrap(text, "36") }

    private func wrap(_ text: String, _ code: String) -> String {
        color && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}

/// Aligned plain-text tables.
enum TextTableWriter {
    /// The widest a cell may be before it is cut with "…".
    static let maximumCellWidth = 72

    /// Writes the table with a header, a rule, and one line per row; every cell escaped.
    /// When `cancellation` fires midway, the output is cut short (the caller discards it).
    ///
    /// Two passes over the cells' bytes: their widths, then the lines. A cell that needs no
    /// escaping or cutting (``plainWidth(of:)``: nearly all) is copied as it is; the others
    /// are escaped and cut as text.
    /// - Complexity: O(cells).
    static func write(_ table: ResultTable, style: TextStyle, indent: String = "", cancellation: Cancellation = .never) -> String {
        let columnCount = table.columns.count
        var widths = table.columns.map(\.count)
        var cellWidths = [UInt8]()  // at most `maximumCellWidth`
        cellWidths.reserveCapacity(table.rowCount * columnCount)
        var escaped = [Int: String]()  // by cell number
        var rowCount = 0, work = 0
        while rowCount < table.rowCount, !cancellation.shouldStop(after: &work) {
            for column in 0..<columnCount {
                let width = table.withCell(rowCount, column) { bytes in
                    if let width = plainWidth(of: bytes) { return width }
                    let text = cut(SafeText.escaped(String(decoding: bytes, as: UTF8.self)))
                    escaped[cellWidths.count] = text
                    return text.count
                }
                cellWidths.append(UInt8(width))
                widths[column] = max(widths[column], width)
            }
            rowCount += 1
        }
        func line(_ values: [String], _ styled: (String) -> String = { $0 }) -> String {
            var parts = [String]()
            for (column, value) in values.enumerated() {
                let isLast = column == values.count - 1
                let padded = isLast ? value : value + String(repeating: " ", count: max(0, widths[column] - value.count))
                parts.append(styled(padded))
            }
            return indent + parts.joined(separator: "  ")
        }
        var text = line(table.columns, style.bold).trailingSpacesRemoved + "\n"
        text += (indent + widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")).trailingSpacesRemoved
        // The rows, built as UTF-8 bytes in one buffer: the same text `line` gives, without
        // its temporary strings.
        var bytes = [UInt8]()
        bytes.reserveCapacity(rowCount * (widths.reduce(indent.utf8.count) { $0 + $1 + 2 } + 1))
        for row in 0..<rowCount {
            if cancellation.shouldStop(after: &work) { break }
            bytes.append(UInt8(ascii: "\n"))
            let rowStart = bytes.count
            bytes.append(contentsOf: indent.utf8)
            for column in 0..<columnCount {
                if column > 0 {
                    bytes.append(UInt8(ascii: " "))
                    bytes.append(UInt8(ascii: " "))
                }
                let cell = row * columnCount + column
                if !escaped.isEmpty, var text = escaped[cell] {
                    text.withUTF8 { bytes.append(contentsOf: $0) }
                } else {
                    table.withCell(row, column) { bytes.append(contentsOf: $0) }
                }
                if column < columnCount - 1 { appendSpaces(widths[column] - Int(cellWidths[cell]), to: &bytes) }
            }
            if bytes.last == UInt8(ascii: " ") {
                // Rare: a row ending in spaces; drop them as `trailingSpacesRemoved` does.
                let row = String(decoding: bytes[rowStart...], as: UTF8.self).trailingSpacesRemoved
                bytes.removeSubrange(rowStart...)
                bytes.append(contentsOf: row.utf8)
            }
        }
        text += String(decoding: bytes, as: UTF8.self)
        return text
    }

    /// Appends `count` spaces (none when `count` is not positive), copied from a row of them.
    private static func appendSpaces(_ count: Int, to bytes: inout [UInt8]) {
        var left = count
        while left > 0 {
            let run = min(left, spaces.count)
            spaces.withUnsafeBufferPointer { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[..<run])) }
            left -= run
        }
    }

    private static let spaces = [UInt8](repeating: UInt8(ascii: " "), count: 80)

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
