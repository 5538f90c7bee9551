import CaseGraph

/// Writes a ``QueryError`` for a person: the message, the statement line with a caret under
/// the offending text, and the notes.
///
/// ```
/// error: unexpected 'dpeth'; did you mean 'depth'?
///   linked IJM dpeth 2
///              ^~~~~
///   note: expected 'depth', 'via', 'type', 'limit' or the end of the statement
/// ```
public enum ErrorRendering {
    /// Renders `error`, whose range is in `source` (the text that was parsed).
    ///
    /// All text is made terminal-safe with `SafeText`; the caret is placed by display
    /// width, so text before the error may hold multibyte and wide characters. A long line
    /// is cut around the error. With `script`, where `source` starts in a script, the error's
    /// place in the script follows the message: `--> NAME:LINE:COLUMN` (the statement's start
    /// when the error has no range); without, a source of several lines gets a
    /// `--> line L, column C` line. ANSI colour is used only when `color` is true.
    /// - Complexity: O(n) in the length of the line that holds the error.
    public static func render(_ error: QueryError, source: String, color: Bool, in script: ScriptPosition? = nil) -> String {
        let style = Style(color: color)
        var lines = [style.error("error:") + " " + style.bold(SafeText.escaped(error.message))]
        if let script {
            lines.append("  --> " + script.locating(error.range?.lowerBound).description)
        }
        if let range = error.range {
            let bytes = Array(source.utf8)
            if script == nil && bytes.contains(UInt8(ascii: "\n")) {
                lines.append("  --> line \(range.lowerBound.line), column \(range.lowerBound.column)")
            }
            let excerpt = Excerpt(range: range, bytes: bytes)
            lines.append("  " + excerpt.before + excerpt.marked + excerpt.after)
            let width = max(displayWidth(excerpt.marked), 1)
            lines.append("  " + String(repeating: " ", count: displayWidth(excerpt.before))
                         + style.error("^" + String(repeating: "~", count: width - 1)))
        }
        for note in error.notes {
            lines.append("  " + style.note("note:") + " " + SafeText.escaped(note))
        }
        return lines.joined(separator: "\n")
    }

    /// The columns a terminal gives `text`: two for wide (East Asian) and emoji characters,
    /// one for the others.
    static func displayWidth(_ text: String) -> Int {
        text.reduce(0) { width, character in
            guard let scalar = character.unicodeScalars.first else { return width }
            return width + (isWide(scalar) ? 2 : 1)
        }
    }

    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF,
             0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return true
        default:
            return scalar.properties.isEmojiPresentation
        }
    }
}

/// The line that holds an error's range, in three displayable parts: the text before the
/// range, the range (up to the end of the line), and the rest. Long parts are cut with `…`.
private struct Excerpt {
    var before: String
    var marked: String
    var after: String

    init(range: SourceRange, bytes: [UInt8]) {
        let start = min(max(range.lowerBound.offset, 0), bytes.count)
        var lineStart = start
        while lineStart > 0 && bytes[lineStart - 1] != UInt8(ascii: "\n") { lineStart -= 1 }
        var lineEnd = start
        while lineEnd < bytes.count && bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
        if lineEnd > start, bytes[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
        let end = min(max(range.upperBound.offset, start), lineEnd)
        before = Self.displayable(bytes[lineStart..<start])
        marked = Self.displayable(bytes[start..<end])
        after = Self.displayable(bytes[end..<lineEnd])
        if before.count > 60 { before = "…" + before.suffix(59) }
        if marked.count > 60 { marked = marked.prefix(59) + "…" }
        if after.count > 40 { after = after.prefix(39) + "…" }
    }

    /// The text with tabs as spaces and anything unsafe escaped.
    private static func displayable(_ bytes: ArraySlice<UInt8>) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        return SafeText.escaped(text.contains("\t") ? text.replacingTabs() : text)
    }
}

private extension String {
    func replacingTabs() -> String {
        String(map { $0 == "\t" ? " " : $0 })
    }
}

/// ANSI styling, or none.
private struct Style {
    var color: Bool

    func error(_ text: String) -> String { color ? "\u{1B}[1;31m\(text)\u{1B}[0m" : text }
    func bold(_ text: String) -> String { color ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
    func note(_ text: String) -> String { color ? "\u{1B}[1;36m\(text)\u{1B}[0m" : text }
}
