/// UTF-8 validation, done by the reader itself so that it knows the offset of
/// the first bad byte, and UTF-8 encoding of escaped code points.
///
/// Validity follows the Unicode standard (table 3-7): no overlong forms, no
/// encoded surrogates, nothing above U+10FFFF.
extension JSONReader {
    /// What starts at an offset in the document.
    enum UTF8Sequence {
        /// A well-formed sequence encoding `scalar`; the next sequence starts at `end`.
        case valid(Unicode.Scalar, end: Int)
        /// An ill-formed sequence; the byte at `offset` is the first one that cannot belong to it.
        case invalid(offset: Int)
        /// A well-formed start cut short by the end of input.
        case truncated
    }

    /// Decodes the UTF-8 sequence starting at `offset`, which must be in bounds.
    ///
    /// - Complexity: O(1).
    @inline(__always)
    func utf8Sequence(at offset: Int) -> UTF8Sequence {
        let lead = bytes[offset]
        if lead < 0x80 {
            return .valid(Unicode.Scalar(lead), end: offset + 1)
        }
        let length: Int
        var lowest: UInt8 = 0x80
        var highest: UInt8 = 0xBF
        var value: UInt32
        switch lead {
        case 0xC2...0xDF: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0: length = 3; lowest = 0xA0; value = 0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3; value = UInt32(lead & 0x0F)
        case 0xED: length = 3; highest = 0x9F; value = 0x0D
        case 0xF0: length = 4; lowest = 0x90; value = 0
        case 0xF1...0xF3: length = 4; value = UInt32(lead & 0x07)
        case 0xF4: length = 4; highest = 0x8F; value = 0x04
        default: return .invalid(offset: offset)
        }
        for index in (offset + 1)..<(offset + length) {
            guard index < bytes.count else { return .truncated }
            let byte = bytes[index]
            guard byte >= lowest, byte <= highest else { return .invalid(offset: index) }
            lowest = 0x80
            highest = 0xBF
            value = value << 6 | UInt32(byte & 0x3F)
        }
        guard let scalar = Unicode.Scalar(value) else { return .invalid(offset: offset) }
        return .valid(scalar, end: offset + length)
    }

    /// The offset just past the well-formed UTF-8 sequence at `offset`.
    ///
    /// - Throws: `invalid UTF-8 byte 0x..` at the first byte that cannot belong to it.
    /// - Complexity: O(1).
    @inline(__always)
    func endOfUTF8Sequence(at offset: Int) throws(JSONSyntaxError) -> Int {
        switch utf8Sequence(at: offset) {
        case .valid(_, let end): return end
        case .invalid, .truncated: throw invalidUTF8(at: offset)
        }
    }

    /// The error for the ill-formed UTF-8 that starts at `offset`:
    ///
    /// - `invalid UTF-8 byte 0xFF` at a byte that cannot start a sequence;
    /// - `invalid UTF-8 byte 0xE9 (incomplete sequence)` at a start byte not
    ///   followed by enough continuation bytes (also at the end of input);
    /// - `invalid UTF-8 byte 0xA0 in sequence starting with 0xED` at a
    ///   continuation byte that makes the sequence overlong, a surrogate or
    ///   beyond U+10FFFF.
    func invalidUTF8(at offset: Int) -> JSONSyntaxError {
        let lead = "invalid UTF-8 byte \(JSONCharacterDescription.byte(bytes[offset]))"
        switch utf8Sequence(at: offset) {
        case .invalid(let bad) where bad == offset:
            return error(lead, at: offset)
        case .invalid(let bad) where bytes[bad] & 0xC0 != 0x80:
            return error(lead + " (incomplete sequence)", at: offset)
        case .invalid(let bad):
            return error(
                "invalid UTF-8 byte \(JSONCharacterDescription.byte(bytes[bad])) in sequence "
                    + "starting with \(JSONCharacterDescription.byte(bytes[offset]))",
                at: bad)
        case .truncated:
            return error(lead + " (incomplete sequence at end of input)", at: offset)
        case .valid:
            return error("invalid UTF-8", at: offset)  // not reached: callers pass ill-formed input
        }
    }

    /// Appends the UTF-8 encoding of `value`, a Unicode scalar value, to `scratch`.
    ///
    /// - Complexity: O(1).
    mutating func appendUTF8(_ value: UInt32) {
        switch value {
        case ..<0x80:
            scratch.append(UInt8(value))
        case ..<0x800:
            scratch.append(UInt8(0xC0 | value >> 6))
            scratch.append(UInt8(0x80 | value & 0x3F))
        case ..<0x1_0000:
            scratch.append(UInt8(0xE0 | value >> 12))
            scratch.append(UInt8(0x80 | value >> 6 & 0x3F))
            scratch.append(UInt8(0x80 | value & 0x3F))
        default:
            scratch.append(UInt8(0xF0 | value >> 18))
            scratch.append(UInt8(0x80 | value >> 12 & 0x3F))
            scratch.append(UInt8(0x80 | value >> 6 & 0x3F))
            scratch.append(UInt8(0x80 | value & 0x3F))
        }
    }
}
