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
        let cells = table.rows.map(polling: cancellation) { row in row.map { cut(SafeText.escaped($0)) } }
        var widths = table.columns.map(\.count)
        for row in cells {
            for (column, cell) in row.enumerated() where column < widths.count {
                widths[column] = max(widths[column], cell.count)
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
        var lines = [line(table.columns, style.bold)]
        lines.append(indent + widths.map { String(repeating: "─", count: $0) }.joined(separator: "  "))
        lines += cells.map(polling: cancellation) { line($0) }
        return lines.map(polling: cancellation) { $0.trailingSpacesRemoved }.joined(separator: "\n")
    }

    static func cut(_ text: String) -> String {
        text.count <= maximumCellWidth ? text : String(text.prefix(maximumCellWidth - 1)) + "…"
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
