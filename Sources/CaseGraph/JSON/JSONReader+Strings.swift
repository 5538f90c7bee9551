/// Strings: a fast path for strings without escapes, which are most of them,
/// and a slower one that decodes escapes into the reader's scratch buffer.
extension JSONReader {
    /// Reads the string whose opening quote is at `position` and returns its decoded text.
    ///
    /// Without escapes the bytes are checked in place (control characters,
    /// UTF-8) and become a `String` in one step; at the first backslash the
    /// work moves to ``readEscapedString(from:firstEscape:)``.
    ///
    /// - Complexity: O(*k*), where *k* is the length of the string in bytes.
    mutating func readString() throws(JSONSyntaxError) -> String {
        try readString { String(decoding: $0, as: UTF8.self) }
    }

    /// The string scan the ``readString()`` variants share; `plain` makes the text of a
    /// string without escapes from its bytes.
    @inline(__always)
    private mutating func readString(
        plain: (UnsafeBufferPointer<UInt8>) -> String
    ) throws(JSONSyntaxError) -> String {
        try readString(plain: plain, escaped: { $0 })
    }

    /// Reads a string and returns what `plain` makes of its bytes (checked UTF-8) when it has
    /// no escapes, or what `escaped` makes of its decoded text: a caller that only compares
    /// the string with known texts need not make a `String` of the usual, plain one.
    ///
    /// - Complexity: O(*k*), where *k* is the length of the string in bytes.
    @inline(__always)
    mutating func readString<Result>(
        plain: (UnsafeBufferPointer<UInt8>) -> Result, escaped: (String) -> Result
    ) throws(JSONSyntaxError) -> Result {
        let open = position
        var index = skipPlainASCII(from: open + 1)
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                position = index + 1
                return plain(UnsafeBufferPointer(rebasing: bytes[(open + 1)..<index]))
            } else if byte == UInt8(ascii: "\\") {
                return escaped(try readEscapedString(from: open, firstEscape: index))
            } else if byte < 0x20 {
                throw unescapedControlCharacter(at: index)
            } else if byte < 0x80 {
                index += 1
            } else {
                index = skipPlainASCII(from: try endOfUTF8Sequence(at: index))
            }
        }
        throw error("unterminated string", at: open)
    }

    /// The offset of the first byte at or after `index` that may need attention
    /// in a string: `"`, `\\`, a control character or a non-ASCII byte.
    ///
    /// Looks at eight bytes at a time (SWAR); the byte loops take over at the
    /// first word holding such a byte and within eight bytes of the end.
    @inline(__always)
    private func skipPlainASCII(from index: Int) -> Int {
        guard let base = bytes.baseAddress else { return index }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        var index = index
        while index + 8 <= bytes.count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            let quotes = word ^ (ones &* 0x22)
            let backslashes = word ^ (ones &* 0x5C)
            let hasQuote = (quotes &- ones) & ~quotes
            let hasBackslash = (backslashes &- ones) & ~backslashes
            let hasControl = (word &- ones &* 0x20) & ~word
            if (hasQuote | hasBackslash | hasControl | word) & highBits != 0 {
                break
            }
            index += 8
        }
        return index
    }

    /// Reads the rest of the string opened at `open`, whose first backslash is at `firstEscape`.
    ///
    /// - Complexity: O(*k*), where *k* is the length of the string in bytes.
    private mutating func readEscapedString(
        from open: Int, firstEscape: Int
    ) throws(JSONSyntaxError) -> String {
        scratch.removeAll(keepingCapacity: true)
        var runStart = open + 1  // the first byte not yet copied to `scratch`
        var index = firstEscape
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                if byte == UInt8(ascii: "\"") {
                    position = index + 1
                    return String(decoding: scratch, as: UTF8.self)
                }
                index = try readEscape(at: index, stringStart: open)
                runStart = index
                index = skipPlainASCII(from: index)
            } else if byte < 0x20 {
                throw unescapedControlCharacter(at: index)
            } else if byte < 0x80 {
                index += 1
            } else {
                index = try endOfUTF8Sequence(at: index)
            }
        }
        throw error("unterminated string", at: open)
    }

    /// Decodes the escape whose backslash is at `index` into `scratch` and
    /// returns the offset just past it.
    ///
    /// An escaped lone surrogate becomes U+FFFD: a high surrogate not followed
    /// by an escaped low one, or a low one on its own. The escape after an
    /// unpaired high surrogate is then read on its own.
    private mutating func readEscape(
        at index: Int, stringStart: Int
    ) throws(JSONSyntaxError) -> Int {
        guard index + 1 < bytes.count else {
            throw error("unterminated string", at: stringStart)
        }
        let decoded: UInt8
        switch bytes[index + 1] {
        case UInt8(ascii: "\""): decoded = UInt8(ascii: "\"")
        case UInt8(ascii: "\\"): decoded = UInt8(ascii: "\\")
        case UInt8(ascii: "/"): decoded = UInt8(ascii: "/")
        case UInt8(ascii: "b"): decoded = 0x08
        case UInt8(ascii: "f"): decoded = 0x0C
        case UInt8(ascii: "n"): decoded = 0x0A
        case UInt8(ascii: "r"): decoded = 0x0D
        case UInt8(ascii: "t"): decoded = 0x09
        case UInt8(ascii: "u"):
            return try readUnicodeEscape(at: index)
        default:
            throw invalidEscape(at: index + 1)
        }
        scratch.append(decoded)
        return index + 2
    }

    /// Decodes `\uXXXX` at `index`, pairing surrogates, and returns the offset just past it.
    private mutating func readUnicodeEscape(at index: Int) throws(JSONSyntaxError) -> Int {
        let unit = try readHexQuad(at: index + 2)
        let next = index + 6
        switch unit {
        case 0xD800...0xDBFF:
            if next + 1 < bytes.count, bytes[next] == UInt8(ascii: "\\"),
                bytes[next + 1] == UInt8(ascii: "u")
            {
                let low = try readHexQuad(at: next + 2)
                if (0xDC00...0xDFFF).contains(low) {
                    appendUTF8(0x1_0000 + (unit - 0xD800) << 10 + (low - 0xDC00))
                    return next + 6
                }
            }
            appendUTF8(0xFFFD)
        case 0xDC00...0xDFFF:
            appendUTF8(0xFFFD)
        default:
            appendUTF8(unit)
        }
        return next
    }

    /// The value of the four hexadecimal digits at `index`.
    private func readHexQuad(at index: Int) throws(JSONSyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for offset in index..<(index + 4) {
            guard offset < bytes.count else {
                throw error("unexpected end of input in '\\u' escape", at: offset)
            }
            let byte = bytes[offset]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default:
                throw unexpected("4 hexadecimal digits after '\\u'", at: offset)
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    /// `invalid escape '\q' in string`, for the byte after a backslash at `offset`.
    private func invalidEscape(at offset: Int) -> JSONSyntaxError {
        switch utf8Sequence(at: offset) {
        case .valid(let scalar, _):
            let shown = JSONCharacterDescription.quoted(scalar).dropFirst()
            return error("invalid escape '\\\(shown) in string", at: offset - 1)
        case .invalid, .truncated:
            return invalidUTF8(at: offset)
        }
    }

    /// `control character '\u{0A}' must be escaped in string`, for the byte at `offset`.
    private func unescapedControlCharacter(at offset: Int) -> JSONSyntaxError {
        let shown = JSONCharacterDescription.quoted(Unicode.Scalar(bytes[offset]))
        return error("control character \(shown) must be escaped in string", at: offset)
    }
}
