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
/// bytes), and, made only when a quote is not a whole line, its collapsed text and, after a
/// few such quotes, a ``SubstringIndex`` of it (quotes that are sentences inside paragraphs).
///
/// `contains` answers exactly what `collapse(text).contains(collapse(quote))` answers: a
/// whole line is a substring bounded by whitespace; a byte match counts when its ends are
/// ASCII (so no grapheme is split), or when the `Character` search of the text around it
/// finds the quote there; anything else falls back to the `Character` search of the text.
/// Lines are compared as bytes; where `String` equality (canonical equivalence) could
/// differ from byte equality — a line or quote that is not ASCII — a miss is confirmed
/// with a set of the lines as `String`s, built on first need.
///
/// A value type: the checker's loop calls ``contains(utf8:)`` on its own copy in place, so a
/// look-up retains none of the table's buffers (a class's stored table would be copied out,
/// its buffers retained and released, on every call).
struct QuoteIndex {
    private let text: DocumentText
    /// The document's lines; taken back by the caller for the next document.
    private(set) var lines: QuoteLineTable
    /// The lines as `String`s: only for a document with lines that are not ASCII.
    private lazy var lineSet: Set<String> = lines.lineStrings()
    /// The collapsed text, its bytes, and whether they are all ASCII: made on first need
    /// (only for quotes that are not a whole line).
    private lazy var bytes: [UInt8] = Self.collapsedBytes(of: text)
    private lazy var collapsed: String = String(decoding: bytes, as: UTF8.self)
    private lazy var textIsASCII: Bool = !bytes.contains { $0 >= 0x80 }
    /// Reused for each quote's collapsed bytes.
    private var wanted: [UInt8] = []
    /// The searches of the collapsed text so far, and the index of its bytes made after a few.
    private var searches = 0
    private var substrings: SubstringIndex?

    /// - Complexity: O(length of the text).
    init(_ text: String) {
        self.init(DocumentText(text), reusing: QuoteLineTable())
    }

    /// The index of `text`, building its line table in `reused` (a previous document's,
    /// whose memory is reused).
    /// - Complexity: O(length of the text).
    init(_ text: DocumentText, reusing reused: consuming QuoteLineTable) {
        let text = text.checked()  // its bytes are the text's
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
            return searchText(collapsedQuote, ascii: quoteIsASCII, lineSet: !quoteIsASCII || lines.hasNonASCIILine)
        case .needsCharacters:
            let collapsedQuote = QuoteMatching.collapse(String(decoding: quote, as: UTF8.self))
            guard !collapsedQuote.isEmpty else { return collapsed.contains(collapsedQuote) }
            wanted.removeAll(keepingCapacity: true)
            wanted.append(contentsOf: collapsedQuote.utf8)
            if lines.contains(wanted) { return true }
            return searchText(collapsedQuote, ascii: !wanted.contains { $0 >= 0x80 }, lineSet: true)
        }
    }

    /// The UTF-8 of `QuoteMatching.collapse(text)`: collapsed on bytes where that gives the
    /// same (see ``QuoteLineTable/classify(_:)``), as almost every text allows; a pass over
    /// its `Character`s otherwise.
    /// - Complexity: O(length of the text).
    private static func collapsedBytes(of text: DocumentText) -> [UInt8] {
        var output = [UInt8]()
        let collapse = text.withUTF8 { QuoteLineTable.collapseOnBytes($0, into: &output) }
        return collapse == .needsCharacters ? Array(QuoteMatching.collapse(text.string).utf8) : output
    }

    /// The search of the collapsed text for a quote that is not a whole line as bytes: on
    /// bytes first; then, when `lineSet`, among the lines as `String`s (a line canonically
    /// equal to the quote), made only for the quotes bytes do not find; then as `Character`s.
    private mutating func searchText(_ collapsedQuote: String, ascii: Bool, lineSet tryLines: Bool) -> Bool {
        let match = byteSearch(wanted, collapsedQuote)
        if match == .found || (tryLines && lineSet.contains(collapsedQuote)) { return true }
        if match == .absent && textIsASCII && ascii { return false }
        if !asciiCoreOccurs() { return false }
        return collapsed.contains(collapsedQuote)
    }

    /// Whether the longest run of the quote's ASCII that any match must hold verbatim occurs in
    /// the text (true when the quote has no such run of four bytes): a quote missing from a
    /// large text that is not ASCII is then known to be missing without the `Character`
    /// search, which takes some 100 ms for each 3 MB. A match compares characters up to
    /// canonical equivalence, under which an ASCII character not followed by a mark is only
    /// itself, but for three singletons (`K` is U+212A, `;` U+037E, `` ` `` U+1FEF): a run
    /// leaves those out, and drops a byte at either end that starts or ends the quote or
    /// meets a non-ASCII scalar, which might be a mark joining it.
    private mutating func asciiCoreOccurs() -> Bool {
        var best = 0..<0, start = 0
        let quote = wanted
        for index in 0...quote.count {
            let byte = index < quote.count ? quote[index] : 0x80
            guard byte >= 0x80 || byte == 0x4B || byte == 0x3B || byte == 0x60 else { continue }
            // quote[start..<index] is a run: trim a byte where a non-ASCII scalar or an end is next to it.
            let low = start == 0 || quote[start - 1] >= 0x80 ? start + 1 : start
            let high = index == quote.count || byte >= 0x80 ? index - 1 : index
            if high - low > best.count { best = low..<high }
            start = index + 1
        }
        guard best.count >= 4 else { return true }
        let (bytes, substrings) = (self.bytes, self.substrings)
        return bytes.withUnsafeBufferPointer { text in
            quote[best].withUnsafeBufferPointer { core in
                SubstringIndex.occurrences(of: core, in: text, index: substrings) { _ in true }
            }
        }
    }

    private enum ByteMatch { case found, absent, unsure }

    /// Searches the collapsed bytes for `needle`. A match whose first byte and following byte
    /// are ASCII is certain (no grapheme is split), and so is one whose needle starts and ends
    /// with a plain scalar between plain scalars of the text (``isPlain(_:)``); any other is
    /// decided by the `Character` search of a few characters around it
    /// (``matchesAround(_:start:end:_:)``). `unsure` when only such matches were found and none
    /// held: the whole text's search then decides.
    ///
    /// The first ``scansBeforeIndexing`` searches of a document scan its bytes; later ones look
    /// the needle up in a ``SubstringIndex`` made then, so that a document whose quotes are
    /// sentences inside its lines is not read once per quote.
    private mutating func byteSearch(_ needle: [UInt8], _ collapsedQuote: String) -> ByteMatch {
        searches += 1
        if searches == Self.scansBeforeIndexing + 1 {
            substrings = bytes.withUnsafeBufferPointer { SubstringIndex($0) }
        }
        let (bytes, substrings) = (self.bytes, self.substrings)  // the lazy property read once
        var sawUnsure = false
        let found = bytes.withUnsafeBufferPointer { text in
            needle.withUnsafeBufferPointer { needle in
                // A needle that starts and ends with a plain scalar matches wherever the text has
                // a plain scalar (or its end) on both sides: no character there can be split.
                let plainEnds = !needle.isEmpty && Self.isPlain(at: 0, in: needle)
                    && Self.isPlain(at: Self.scalarStart(before: needle.count, in: needle), in: needle)
                return SubstringIndex.occurrences(of: needle, in: text, index: substrings) { start in
                    let end = start + needle.count
                    if needle[0] < 0x80 && (end == text.count || text[end] < 0x80) { return true }
                    if plainEnds && (start == 0 || Self.isPlain(at: Self.scalarStart(before: start, in: text), in: text))
                        && (end == text.count || Self.isPlain(at: end, in: text)) { return true }
                    if Self.matchesAround(text, start: start, end: end, collapsedQuote) { return true }
                    sawUnsure = true
                    return false
                }
            }
        }
        return found ? .found : sawUnsure ? .unsure : .absent
    }

    /// How many of a document's searches scan its bytes before its ``SubstringIndex`` is made:
    /// making it costs about as much as this many scans.
    static let scansBeforeIndexing = 24

    /// Whether the `Character` search finds `quote` starting at a byte match at `start..<end`,
    /// given the text from a few scalars before it to a few after, each end widened to a scalar
    /// that starts a character of its own and cannot join a neighbour (``isPlain(_:)``), so that
    /// the characters at and near the match are the text's. A match found there is one in
    /// the whole text; none found decides nothing.
    private static func matchesAround(_ text: UnsafeBufferPointer<UInt8>, start: Int, end: Int, _ quote: String) -> Bool {
        guard let low = plainBoundary(text, from: start, forward: false),
              let high = plainBoundary(text, from: end, forward: true) else { return false }
        let around = String(decoding: UnsafeBufferPointer(rebasing: text[low..<high]), as: UTF8.self)
        // Anchored at the match: a match elsewhere in the window could end at its cut edge,
        // where the text goes on with a mark that would join it.
        let from = around.utf8.index(around.utf8.startIndex, offsetBy: start - low)
        return around.range(of: quote, options: .anchored, range: from..<around.endIndex) != nil
    }

    /// The offset of a plain scalar at least ``aroundScalars`` scalars before `offset` (it
    /// starts there), or just past one at least that many scalars from `offset` on; the text's
    /// end when reached first; nil when no plain scalar comes within 256 bytes.
    private static func plainBoundary(_ text: UnsafeBufferPointer<UInt8>, from offset: Int, forward: Bool) -> Int? {
        var position = offset, scalars = 0
        while true {
            if forward ? position >= text.count : position <= 0 { return forward ? text.count : 0 }
            if abs(position - offset) > 256 { return nil }
            // The scalar just after `position` (forward) or just before it.
            let first = forward ? position : scalarStart(before: position, in: text)
            var next = first + 1
            while next < text.count && text[next] & 0xC0 == 0x80 { next += 1 }
            scalars += 1
            position = forward ? next : first
            if scalars >= aroundScalars && isPlain(at: first, in: text) { return position }
        }
    }

    /// The offset of the first byte of the scalar that ends just before `offset` (> 0).
    private static func scalarStart(before offset: Int, in text: UnsafeBufferPointer<UInt8>) -> Int {
        var first = offset - 1
        while first > 0 && text[first] & 0xC0 == 0x80 { first -= 1 }
        return first
    }

    /// Whether the scalar whose first byte is at `offset` is ``isPlain(_:)``.
    private static func isPlain(at offset: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        if text[offset] < 0x80 { return text[offset] != 0x0D }
        return UTF8Scalar.decode(text, at: offset).map { isPlain($0.scalar) } ?? false
    }

    /// Scalars of context the `Character` search is given on each side of a byte match.
    static let aroundScalars = 3

    /// A scalar that starts a character and ends one: ASCII other than the carriage return,
    /// or a letter, number, punctuation or symbol of combining class 0 that no rule of
    /// extended grapheme clusters joins to a neighbour: not one that may extend the character
    /// before it or prepend to the one after (``QuoteLineTable/mayExtendGrapheme(_:)``,
    /// ``QuoteLineTable/mayPrependGrapheme(_:)``), a Hangul jamo or syllable, a regional
    /// indicator, or a pictograph that a joiner could join.
    static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar.value != 0x0D }
        guard !QuoteLineTable.mayExtendGrapheme(scalar), !QuoteLineTable.mayPrependGrapheme(scalar) else { return false }
        let properties = scalar.properties
        guard properties.canonicalCombiningClass == .notReordered, !properties.isEmojiPresentation, !properties.isEmoji
        else { return false }
        switch properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .otherLetter, .modifierLetter,
             .decimalNumber, .letterNumber, .otherNumber,
             .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation,
             .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            break
        default:
            return false
        }
        // Hangul jamo and syllables join each other.
        switch scalar.value {
        case 0x1100...0x11FF, 0xA960...0xA97F, 0xD7B0...0xD7FF, 0xAC00...0xD7A3, 0x3130...0x318F: return false
        default: return true
        }
    }
}
