/// How quotes are compared with their documents: exactly, except that any run of whitespace
/// matches any other (a quote may span a line break of the source).
enum QuoteMatching {
    /// Runs of whitespace become one space; leading and trailing whitespace go.
    static func collapse(_ value: String) -> String {
        isCollapsed(value) ? value : value.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// A fast, conservative test that `collapse` would return `value` unchanged: ASCII
    /// whitespace only as single inner spaces each followed by ASCII, and none of the
    /// multi-byte whitespace characters.
    private static func isCollapsed(_ value: String) -> Bool {
        var value = value
        return value.withUTF8 { bytes -> Bool in
            guard let first = bytes.first, let last = bytes.last, first != 0x20, last != 0x20 else { return bytes.isEmpty }
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case 0x09...0x0D: return false
                case 0x20:
                    // A space followed by another space or by a non-ASCII scalar (a combining
                    // mark would join it) takes the slow path.
                    if index + 1 < bytes.count && (bytes[index + 1] == 0x20 || bytes[index + 1] >= 0x80) { return false }
                case 0xC2, 0xE1, 0xE2, 0xE3:
                    // U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000.
                    if index + 1 < bytes.count {
                        let next = bytes[index + 1]
                        if byte == 0xC2 && (next == 0x85 || next == 0xA0) { return false }
                        if byte == 0xE1 && next == 0x9A { return false }
                        if byte == 0xE2 && (next == 0x80 || next == 0x81) { return false }
                        if byte == 0xE3 && next == 0x80 { return false }
                    }
                default: break
                }
                index += 1
            }
            return true
        }
    }
}

/// A document's text prepared for many quote checks: its whitespace-collapsed text, and the
/// set of its collapsed lines (a quote that is a whole line, the common case, is found by
/// one hash lookup).
///
/// `contains` answers exactly what `collapse(text).contains(collapse(quote))` answers: a
/// whole line is a substring bounded by whitespace; a byte match counts when its ends are
/// ASCII (so no grapheme is split); anything else falls back to the `Character` search.
final class QuoteIndex {
    private let lines: Set<String>
    private let text: String
    /// The collapsed text, its bytes, and whether they are all ASCII: made on first need
    /// (only for quotes that are not a whole line).
    private lazy var collapsed: String = QuoteMatching.collapse(text)
    private lazy var bytes: [UInt8] = Array(collapsed.utf8)
    private lazy var textIsASCII: Bool = !bytes.contains { $0 >= 0x80 }

    /// - Complexity: O(length of the text).
    init(_ text: String) {
        var lines = Set<String>()
        // Split at LF and CR bytes: a line break is always a grapheme of its own (CR LF one),
        // so this splits exactly where splitting the `Character`s would.
        for line in text.utf8.split(whereSeparator: { $0 == 0x0A || $0 == 0x0D }) {
            let collapsedLine = QuoteMatching.collapse(String(decoding: line, as: UTF8.self))
            if !collapsedLine.isEmpty { lines.insert(collapsedLine) }
        }
        self.lines = lines
        self.text = text
    }

    /// - Complexity: O(|quote|) for a whole line; O(|quote| · |text|) in the worst case.
    func contains(_ quote: String) -> Bool {
        let wanted = QuoteMatching.collapse(quote)
        guard !wanted.isEmpty else { return collapsed.contains(wanted) }
        if lines.contains(wanted) { return true }
        switch byteSearch(Array(wanted.utf8)) {
        case .found: return true
        case .absent where textIsASCII && !wanted.utf8.contains(where: { $0 >= 0x80 }): return false
        case .absent, .unsure: return collapsed.contains(wanted)
        }
    }

    private enum ByteMatch { case found, absent, unsure }

    /// Searches the collapsed bytes; a match whose first byte or following byte is not ASCII
    /// is `unsure` (it might split a grapheme), unless a certain match is found later.
    private func byteSearch(_ needle: [UInt8]) -> ByteMatch {
        guard !needle.isEmpty, needle.count <= bytes.count else { return .absent }
        var sawUnsure = false
        let first = needle[0]
        let lastStart = bytes.count - needle.count
        var start = 0
        while start <= lastStart {
            if bytes[start] == first {
                var offset = 1
                while offset < needle.count && bytes[start + offset] == needle[offset] { offset += 1 }
                if offset == needle.count {
                    let end = start + needle.count
                    if first < 0x80 && (end == bytes.count || bytes[end] < 0x80) { return .found }
                    sawUnsure = true
                }
            }
            start += 1
        }
        return sawUnsure ? .unsure : .absent
    }
}
