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

/// A document's text prepared for many quote checks: the table of its whitespace-collapsed
/// lines (a quote that is a whole line, the common case, is found by one hash look-up on
/// bytes), and, made only when a quote is not a whole line, its collapsed text.
///
/// `contains` answers exactly what `collapse(text).contains(collapse(quote))` answers: a
/// whole line is a substring bounded by whitespace; a byte match counts when its ends are
/// ASCII (so no grapheme is split); anything else falls back to the `Character` search.
/// Lines are compared as bytes; where `String` equality (canonical equivalence) could
/// differ from byte equality — a line or quote that is not ASCII — a miss is confirmed
/// with a set of the lines as `String`s, built on first need.
///
/// A value type: the checker's loop calls ``contains(utf8:)`` on its own copy in place, so a
/// look-up retains none of the table's buffers (a class's stored table would be copied out,
/// its buffers retained and released, on every call).
struct QuoteIndex {
    private let text: String
    /// The document's lines; taken back by the caller for the next document.
    private(set) var lines: QuoteLineTable
    /// The lines as `String`s: only for a document with lines that are not ASCII.
    private lazy var lineSet: Set<String> = lines.lineStrings()
    /// The collapsed text, its bytes, and whether they are all ASCII: made on first need
    /// (only for quotes that are not a whole line).
    private lazy var collapsed: String = QuoteMatching.collapse(text)
    private lazy var bytes: [UInt8] = Array(collapsed.utf8)
    private lazy var textIsASCII: Bool = !bytes.contains { $0 >= 0x80 }
    /// Reused for each quote's collapsed bytes.
    private var wanted: [UInt8] = []

    /// - Complexity: O(length of the text).
    init(_ text: String) {
        self.text = text
        lines = QuoteLineTable(text)
    }

    /// The index of `text`, building its line table in `reused` (a previous document's,
    /// whose memory is reused).
    /// - Complexity: O(length of the text).
    init(_ text: String, reusing reused: consuming QuoteLineTable) {
        self.text = text
        var table = consume reused
        table.rebuild(text)
        lines = table
    }

    /// - Complexity: O(|quote|) for a whole line; O(|quote| · |text|) in the worst case.
    mutating func contains(_ quote: String) -> Bool {
        // The quote's bytes are read in place (no copy of the string).
        quote.utf8.withContiguousStorageIfAvailable { contains(utf8: $0) }
            ?? Array(quote.utf8).withUnsafeBufferPointer { contains(utf8: $0) }
    }

    /// ``contains(_:)`` of the quote whose UTF-8 is `quote`.
    /// - Complexity: as ``contains(_:)``.
    mutating func contains(utf8 quote: UnsafeBufferPointer<UInt8>) -> Bool {
        contains(utf8: quote, hashed: ByteHash.hashNotingASCII(quote))
    }

    /// ``contains(utf8:)`` given the quote's ``ByteHash/hashNotingASCII(_:)``, computed ahead
    /// (see ``QuoteCheckQueue``).
    /// - Complexity: as ``contains(_:)``.
    mutating func contains(utf8 quote: UnsafeBufferPointer<UInt8>, hashed: (hash: UInt64, isASCII: Bool)) -> Bool {
        // The most common case, decided in one pass over the quote: an ASCII quote equal to a
        // line. An ASCII line is collapsed (the table holds collapsed lines), so the quote is
        // its own collapsed form, and a whole line of the collapsed text.
        if hashed.isASCII && !quote.isEmpty && lines.contains(quote, hash: hashed.hash) { return true }
        // The common case: a quote collapsed already that is a whole line (an ASCII one was
        // looked up just above, with the same bytes). Otherwise the quote is collapsed into
        // `wanted`, unless only `Character`s can collapse it.
        let (kind, isCollapsed) = QuoteLineTable.classify(quote)
        if !hashed.isASCII && kind != .needsCharacters && isCollapsed && !quote.isEmpty
            && lines.contains(quote, hash: hashed.hash) { return true }
        let collapse = QuoteLineTable.collapseOnBytes(quote, into: &wanted)
        switch collapse {
        case .found:
            return true
        case .ascii, .other:
            // `wanted` is `collapse(quote)`, found on bytes: the quote itself when it was
            // collapsed already, and then looked up above.
            let quoteIsASCII = collapse == .ascii
            guard !wanted.isEmpty else { return collapsed.contains(String()) }
            if !isCollapsed && lines.contains(wanted) { return true }
            let collapsedQuote = String(decoding: wanted, as: UTF8.self)
            // Byte equality and `String` equality differ only where a side is not ASCII.
            if (!quoteIsASCII || lines.hasNonASCIILine) && lineSet.contains(collapsedQuote) { return true }
            return searchText(collapsedQuote, ascii: quoteIsASCII)
        case .needsCharacters:
            let collapsedQuote = QuoteMatching.collapse(String(decoding: quote, as: UTF8.self))
            guard !collapsedQuote.isEmpty else { return collapsed.contains(collapsedQuote) }
            wanted.removeAll(keepingCapacity: true)
            wanted.append(contentsOf: collapsedQuote.utf8)
            if lines.contains(wanted) || lineSet.contains(collapsedQuote) { return true }
            return searchText(collapsedQuote, ascii: !wanted.contains { $0 >= 0x80 })
        }
    }

    /// The search of the collapsed text for a quote that is not a whole line.
    private mutating func searchText(_ collapsedQuote: String, ascii: Bool) -> Bool {
        switch byteSearch(wanted) {
        case .found: return true
        case .absent where textIsASCII && ascii: return false
        case .absent, .unsure: return collapsed.contains(collapsedQuote)
        }
    }

    private enum ByteMatch { case found, absent, unsure }

    /// Searches the collapsed bytes; a match whose first byte or following byte is not ASCII
    /// is `unsure` (it might split a grapheme), unless a certain match is found later.
    private mutating func byteSearch(_ needle: [UInt8]) -> ByteMatch {
        let bytes = self.bytes  // the lazy property read once, not on every step of the loop
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
