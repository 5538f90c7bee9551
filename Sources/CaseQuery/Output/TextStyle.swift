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
    /// - Complexity: O(cells).
    static func write(_ table: ResultTable, style: TextStyle, indent: String = "", cancellation: Cancellation = .never) -> String {
        let cells = table.rows.map(polling: cancellation) { row in row.map(Cell.init) }
        var widths = table.columns.map(\.count)
        for row in cells {
            for (column, cell) in row.enumerated() where column < widths.count {
                widths[column] = max(widths[column], cell.width)
            }
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
        bytes.reserveCapacity(cells.count * (widths.reduce(indent.utf8.count) { $0 + $1 + 2 } + 1))
        var work = 0
        for values in cells {
            if cancellation.shouldStop(after: &work) { break }
            bytes.append(UInt8(ascii: "\n"))
            let rowStart = bytes.count
            bytes.append(contentsOf: indent.utf8)
            for (column, cell) in values.enumerated() {
                if column > 0 {
                    bytes.append(UInt8(ascii: " "))
                    bytes.append(UInt8(ascii: " "))
                }
                var text = cell.text
                text.withUTF8 { bytes.append(contentsOf: $0) }
                if column < values.count - 1 {
                    bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: max(0, widths[column] - cell.width)))
                }
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

    static func cut(_ text: String) -> String {
        text.count <= maximumCellWidth ? text : String(text.prefix(maximumCellWidth - 1)) + "…"
    }

    /// A cell's text, escaped and cut, and its width in characters.
    struct Cell {
        var text: String
        var width: Int

        init(_ raw: String) {
            // Short printable ASCII needs no escaping or cutting, and each byte is one character;
            // so is short Latin text (Zoë, Nguyễn) whose every scalar is one character.
            var raw = raw
            if raw.utf8.count <= TextTableWriter.maximumCellWidth && raw.withUTF8({ $0.allSatisfy { $0 &- 0x20 < 0x5F } }) {
                text = raw
                width = raw.utf8.count
            } else if let characters = Self.latinWidth(raw), characters <= TextTableWriter.maximumCellWidth {
                text = raw
                width = characters
            } else {
                text = TextTableWriter.cut(SafeText.escaped(raw))
                width = text.count
            }
        }

        /// The number of characters of text whose scalars are all printable ASCII or Latin
        /// letters that stand alone (U+00A0–U+02FF, U+1E00–U+1EFF: no controls, no combining
        /// marks, so one scalar is one character and nothing needs escaping); nil otherwise.
        /// - Complexity: O(n) over the scalars, without grapheme breaking.
        static func latinWidth(_ text: String) -> Int? {
            var count = 0
            for scalar in text.unicodeScalars {
                switch scalar.value {
                case 0x20..<0x7F, 0xA0..<0x300, 0x1E00..<0x1F00: count += 1
                default: return nil
                }
            }
            return count
        }
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
