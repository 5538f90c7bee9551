/// The byte-level scans of ``QuoteLineTable``: where a line ends, and how a line or quote
/// collapses, each eight bytes at a time where the bytes allow (the tests compare both with
/// the byte loops alone).
extension QuoteLineTable {
    /// Where the line that starts at `start` ends: the index of the first LF or CR byte from
    /// `start` on, or `bytes.count`.
    /// - Complexity: O(length of the line).
    static func lineEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        lineEnd(in: bytes, from: start, wordAtATime: true)
    }

    /// ``lineEnd(in:from:)``; with `wordAtATime`, skipping eight bytes at a time while none is
    /// below 0x0E (the tests compare it with the byte loop alone).
    @inline(__always)
    static func lineEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, wordAtATime: Bool) -> Int {
        var index = start
        if wordAtATime, let base = bytes.baseAddress {
            let ones: UInt64 = 0x0101_0101_0101_0101
            // A byte below 0x0E sets its high bit in `(word - 0x0E…) & ~word`; bytes above it
            // may too (a borrow), which only sends the word to the byte loop.
            while index + 8 <= bytes.count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if (word &- ones &* 0x0E) & ~word & (ones &* 0x80) != 0 { break }
                index += 8
            }
        }
        while index < bytes.count && bytes[index] != 0x0A && bytes[index] != 0x0D { index += 1 }
        return index
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
    /// neighbour: the scalar after it is ASCII or U+00C0–U+02FF (no combining mark there),
    /// the scalar before it ASCII or below U+0600 (no prepended concatenation mark).
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
        var previousLead: UInt8 = 0  // the lead byte of the scalar before, or the ASCII byte
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
                    if spaces & 0x80 != 0 && previousLead >= 0xD8 { return (.needsCharacters, false) }
                    if spaces & (spaces << 8) != 0 || (previousIsSpace && spaces & 0x80 != 0) { collapsed = false }
                    previousIsSpace = spaces >> 63 != 0
                    previousLead = UInt8(truncatingIfNeeded: word >> 56)
                    index += 8
                    continue
                }
            }
            let byte = raw[index]
            if byte < 0x80 {
                let isSpace = byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
                if isSpace {
                    if previousLead >= 0xD8 { return (.needsCharacters, false) }
                    if byte != 0x20 || previousIsSpace { collapsed = false }
                }
                previousIsSpace = isSpace
                previousLead = byte
                index += 1
                continue
            }
            ascii = false
            guard byte >= 0xC0 else { index += 1; continue }  // a continuation byte
            if previousIsSpace && !(byte >= 0xC3 && byte <= 0xCB) { return (.needsCharacters, false) }
            let second = index + 1 < raw.count ? raw[index + 1] : 0
            let third = index + 2 < raw.count ? raw[index + 2] : 0
            switch byte {
            case 0xC2 where second == 0x85 || second == 0xA0: return (.needsCharacters, false)
            case 0xE1 where second == 0x9A && third == 0x80: return (.needsCharacters, false)
            case 0xE2 where second == 0x80 && (third <= 0x8A || third == 0xA8 || third == 0xA9 || third == 0xAF):
                return (.needsCharacters, false)
            case 0xE2 where second == 0x81 && third == 0x9F: return (.needsCharacters, false)
            case 0xE3 where second == 0x80 && third == 0x80: return (.needsCharacters, false)
            default: break
            }
            previousIsSpace = false
            previousLead = byte
            index += 1
        }
        return (ascii ? .ascii : .bytesSuffice, collapsed)
    }
}
