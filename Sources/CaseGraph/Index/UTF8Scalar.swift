/// Decoding one Unicode scalar from UTF-8 bytes by hand: for loops that walk a text's
/// bytes and only now and then need the scalar behind a multi-byte sequence (the quote
/// check's whitespace rules, the lexer's whitespace, the text formats' escapes).
package enum UTF8Scalar {
    /// The scalar whose multi-byte sequence starts at `index`, and its length in bytes; nil
    /// when the byte there does not start one (ASCII or a continuation byte), or the
    /// sequence is cut short by the end of `bytes` or is no scalar.
    ///
    /// ```swift
    /// UTF8Scalar.decode(Array("zoë".utf8), at: 2)  // ("ë", 2)
    /// ```
    /// - Complexity: O(1).
    @inline(__always)
    package static func decode<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, at index: Int) -> (scalar: Unicode.Scalar, length: Int)?
    where Bytes.Index == Int {
        let lead = bytes[index]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard length > 1, index + length <= bytes.endIndex else { return nil }
        var value = UInt32(lead) & (0xFF >> (length + 1))
        for byte in bytes[(index + 1)..<(index + length)] {
            value = value << 6 | (UInt32(byte) & 0x3F)
        }
        return Unicode.Scalar(value).map { ($0, length) }
    }
}
