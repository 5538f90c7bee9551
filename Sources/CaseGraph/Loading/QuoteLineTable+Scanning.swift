import CLineScan

/// The byte-level scans of ``QuoteLineTable``: where a line ends, how a line or quote
/// collapses, many bytes at a time where the bytes allow (the tests compare both with byte
/// loops alone), and the collapse itself on bytes.
extension QuoteLineTable {
    /// Where the line that starts at `start` ends — the index of the first LF or CR byte from
    /// `start` on, or `bytes.count` — and, for a plain line, its ``classify(_:)`` answer found
    /// in the same pass (nil: only `classify` can tell). A line is plain when its only
    /// whitespace is single spaces and its only bytes above ASCII belong to scalars
    /// U+00C0–U+02FF (`CLineScan.h` says why that decides it); the scan reads 16 bytes at a time.
    /// - Complexity: O(length of the line).
    static func scanLine(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (end: Int, known: (kind: LineKind, collapsed: Bool)?) {
        guard let base = bytes.baseAddress else { return (start, classify(bytes)) }
        var flags: UInt32 = 0
        let end = cg_scan_line(base, bytes.count, start, &flags)
        guard flags & UInt32(CG_LINE_NOT_PLAIN) == 0 else { return (end, nil) }
        let collapsed = end == start || (bytes[start] != 0x20 && bytes[end - 1] != 0x20)
        return (end, (flags & UInt32(CG_LINE_NOT_ASCII) == 0 ? .ascii : .bytesSuffice, collapsed))
    }

    /// How a line or quote collapses: all ASCII; not, but the same on bytes as on
    /// `Character`s; or only on `Character`s.
    enum LineKind { case ascii, bytesSuffice, needsCharacters }

    /// The kind of a line or quote, and whether it is collapsed already (no whitespace byte
    /// but single inner spaces), in one pass.
    ///
    /// It collapses the same on bytes as on `Character`s when it holds none of the
    /// multi-byte whitespace characters (U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028,
    /// U+2029, U+202F, U+205F, U+3000), and no whitespace byte can share a grapheme with a
    /// neighbour: the scalar after it cannot extend a grapheme (``mayExtendGrapheme(_:)``:
    /// no mark, no joiner), the scalar before it cannot start one that takes the whitespace
    /// in (``mayPrependGrapheme(_:)``: no prepended concatenation mark). Text in Cyrillic,
    /// Greek, Arabic or CJK script with spaces between words collapses on bytes.
    /// `collapsed` is meaningful only for the first two kinds.
    /// - Complexity: O(|raw|).
    static func classify(_ raw: UnsafeBufferPointer<UInt8>) -> (kind: LineKind, collapsed: Bool) {
        classify(raw, wordAtATime: true)
    }

    /// ``classify(_:)``; with `wordAtATime`, eight bytes at a time where they are all printable
    /// ASCII or spaces (the tests compare it with the byte loop alone).
    @inline(__always)
    static func classify(_ raw: UnsafeBufferPointer<UInt8>, wordAtATime: Bool) -> (kind: LineKind, collapsed: Bool) {
        let ones: UInt64 = 0x0101_0101_0101_0101, highBits: UInt64 = 0x8080_8080_8080_8080, low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        var ascii = true
        var collapsed = raw.first != 0x20 && raw.last != 0x20
        var previousIsSpace = false
        var previousMayPrepend = false  // the scalar before may take a whitespace after it into its grapheme
        var index = 0
        while index < raw.count {
            if wordAtATime, index + 8 <= raw.count, let base = raw.baseAddress {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                let control = (word &- ones &* 0x20) & ~word  // a byte below 0x20 somewhere, if any high bit
                if (word | control) & highBits == 0 {
                    // All ASCII from 0x20 on: only the spaces matter. `spaces` has the high bit of
                    // exactly each space byte (no borrow crosses bytes); the first byte is the lowest.
                    let x = word ^ (ones &* 0x20)
                    let spaces = ~(((x & low7) &+ low7) | x) & highBits
                    if spaces & 0x80 != 0 && previousMayPrepend { return (.needsCharacters, false) }
                    if spaces & (spaces << 8) != 0 || (previousIsSpace && spaces & 0x80 != 0) { collapsed = false }
                    previousIsSpace = spaces >> 63 != 0
                    previousMayPrepend = false
                    index += 8
                    continue
                }
            }
            let byte = raw[index]
            if byte < 0x80 {
                let isSpace = byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
                if isSpace {
                    if previousMayPrepend { return (.needsCharacters, false) }
                    if byte != 0x20 || previousIsSpace { collapsed = false }
                }
                previousIsSpace = isSpace
                previousMayPrepend = false
                index += 1
                continue
            }
            ascii = false
            guard byte >= 0xC0 else { index += 1; continue }  // a continuation byte (a text cut mid-scalar)
            // A `String`'s bytes are valid UTF-8: the decoding fails only on a scalar cut short.
            guard let (scalar, length) = UTF8Scalar.decode(raw, at: index) else { return (.needsCharacters, false) }
            if previousIsSpace && Self.mayExtendGrapheme(scalar) { return (.needsCharacters, false) }
            switch scalar.value {
            case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:  // whitespace
                return (.needsCharacters, false)
            default: break
            }
            previousMayPrepend = Self.mayPrependGrapheme(scalar)
            previousIsSpace = false
            index += length
        }
        return (ascii ? .ascii : .bytesSuffice, collapsed)
    }

    /// Whether `scalar`, right after a whitespace character, may belong to its
    /// grapheme (Unicode's grapheme cluster rules GB9 and GB9a: Extend, ZWJ and SpacingMark
    /// join what is before them). Erring towards yes, which only costs the slow path: any mark
    /// (Mn, Mc, Me), any Grapheme_Extend or Emoji_Modifier scalar, U+200D, U+0E33, U+0EB3.
    /// Latin, Cyrillic and CJK letters are answered without looking their properties up.
    /// - Complexity: O(1).
    static func mayExtendGrapheme(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xC0...0x2FF, 0x400...0x482, 0x48A...0x52F, 0x4E00...0x9FFF, 0xAC00...0xD7A3: return false
        case 0x200D, 0x0E33, 0x0EB3: return true
        default: break
        }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return properties.isGraphemeExtend || properties.isEmojiModifier
        }
    }

    /// Whether `scalar`, right before a whitespace character, may take it into its
    /// grapheme (rule GB9b: a Prepend scalar joins what follows it). The Prepend scalars of the
    /// Basic Multilingual Plane are the prepended concatenation marks U+0600–U+0605, U+06DD,
    /// U+070F, U+0890–U+0891, U+08E2 and U+0D4E; every scalar from U+11000 on is taken to be one.
    /// - Complexity: O(1).
    static func mayPrependGrapheme(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x600...0x605, 0x6DD, 0x70F, 0x890...0x891, 0x8E2, 0xD4E, 0x11000...: return true
        default: return false
        }
    }

    // MARK: - Quotes

    /// How ``collapseOnBytes(_:into:)`` collapsed a quote (`found` is its caller's).
    enum Collapse { case found, ascii, other, needsCharacters }

    /// Collapses a quote's whitespace into `output` on bytes, as `QuoteMatching.collapse`
    /// would on `Character`s: `ascii` for an ASCII quote, `other` for one whose whitespace
    /// collapses the same on bytes (see ``classify(_:)``), `needsCharacters` (output
    /// unspecified) for the rest.
    /// - Complexity: O(|bytes|).
    static func collapseOnBytes(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) -> Collapse {
        let (kind, collapsed) = classify(bytes)
        guard kind != .needsCharacters else { return .needsCharacters }
        output.removeAll(keepingCapacity: true)
        if collapsed {
            output.append(contentsOf: bytes)
        } else {
            appendCollapsed(bytes, to: &output)
        }
        return kind == .ascii ? .ascii : .other
    }

    /// Appends `raw` with each run of ASCII whitespace made one space, none at either end.
    static func appendCollapsed(_ raw: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        let start = output.count
        var pendingSpace = false
        for byte in raw {
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                pendingSpace = output.count > start
                continue
            }
            if pendingSpace { output.append(0x20); pendingSpace = false }
            output.append(byte)
        }
    }
}
