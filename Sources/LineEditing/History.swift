/// The lines the user entered, oldest first, as kept in the history file.
///
/// Blank lines are not kept, a line identical to the one before it is not
/// kept twice, and only the newest `limit` lines are retained.
///
/// ```swift
/// var history = HistoryList(limit: 2)
/// history.add("find Zoë")      // true
/// history.add("find Zoë")      // false: same as the previous line
/// history.add("   ")           // false: blank
/// history.add("path a b")
/// history.add("neighbours a")  // "find Zoë" is dropped
/// history.entries              // ["path a b", "neighbours a"]
/// ```
struct HistoryList: Sendable, Equatable {
    /// The retained lines, oldest first; never more than `limit`.
    private(set) var entries: [String] = []
    /// The most lines retained; at least 1.
    let limit: Int

    /// A history holding the acceptable lines of `entries` (the newest
    /// `limit` of them).
    ///
    /// - Complexity: O(*n*) for *n* entries.
    init(limit: Int, entries: [String] = []) {
        self.limit = max(1, limit)
        for entry in entries { add(entry) }
    }

    /// Whether `line` would be kept if added now.
    func accepts(_ line: String) -> Bool {
        !line.allSatisfy(\.isWhitespace) && line != entries.last
    }

    /// Adds `line` unless it is blank or repeats the last entry; returns
    /// whether it was added. The oldest entry goes when the limit is reached.
    ///
    /// - Complexity: O(1) until the history is full, O(`limit`) after that.
    @discardableResult
    mutating func add(_ line: String) -> Bool {
        guard accepts(line) else { return false }
        if entries.count >= limit {
            entries.removeFirst(entries.count - limit + 1)
        }
        entries.append(line)
        return true
    }
}

/// The text format of the history file.
///
/// A header line, then one entry per line. Inside an entry a backslash is
/// written `\\`, a line feed `\n` and a carriage return `\r`, so every entry
/// stays on one line whatever it contains:
///
/// ```
/// #casegraph-history v1
/// find "Zoë"
/// path from a to b \\ with a backslash
/// ```
///
/// The header lets the editor recognise its own file: anything else at that
/// path is reported and left untouched rather than overwritten.
enum HistoryFileFormat {
    /// The first line of every history file.
    static let header = "#casegraph-history v1"

    /// The file's text for `entries`, oldest first.
    ///
    /// - Complexity: O(*n*) in the total length of the entries.
    static func encode<Entries: Sequence<String>>(_ entries: Entries) -> String {
        var text = header + "\n"
        for entry in entries {
            for scalar in entry.unicodeScalars {
                switch scalar {
                case "\\": text += "\\\\"
                case "\n": text += "\\n"
                case "\r": text += "\\r"
                default: text.unicodeScalars.append(scalar)
                }
            }
            text += "\n"
        }
        return text
    }

    /// The entries in `text`, oldest first, or nil when `text` is neither
    /// empty nor starts with ``header``. Lines may end in CRLF; an unknown
    /// escape is kept as written.
    ///
    /// - Complexity: O(*n*) in the length of `text`.
    static func decode(_ text: String) -> [String]? {
        if text.isEmpty { return [] }
        // Split on the scalar: as Characters, "\r\n" is one grapheme, not "\n".
        var lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        guard let first = lines.first, String(stripCarriageReturn(first)) == header else { return nil }
        return lines.dropFirst().compactMap { line in
            let entry = unescape(stripCarriageReturn(line))
            return entry.isEmpty ? nil : entry
        }
    }

    private static func stripCarriageReturn(_ line: Substring.UnicodeScalarView) -> Substring.UnicodeScalarView {
        line.last == "\r" ? line.dropLast() : line
    }

    private static func unescape(_ line: Substring.UnicodeScalarView) -> String {
        guard line.contains("\\") else { return String(Substring(line)) }
        var result = ""
        var escaping = false
        for scalar in line {
            if escaping {
                switch scalar {
                case "\\": result += "\\"
                case "n": result += "\n"
                case "r": result += "\r"
                default: result += "\\"; result.unicodeScalars.append(scalar)
                }
                escaping = false
            } else if scalar == "\\" {
                escaping = true
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        if escaping { result += "\\" }
        return result
    }
}
