import CaseGraph

/// Copies a string's UTF-8 bytes into an output buffer for a text format (JSON, DOT),
/// handing every scalar the format must escape to the format's own escaper and copying all
/// others as they are, in runs.
///
/// Escaped are the ASCII control characters, DEL, `"` and `\`, and every scalar
/// ``SafeText/isUnsafe(_:)`` deems unsafe on a terminal (C1 controls, bidi overrides and
/// isolates, line separators); accents, CJK and emoji are copied.
///
/// ```swift
/// EscapingCopy.append("say \"hi\"", to: &bytes) { scalar, _, bytes in
///     bytes += [UInt8(ascii: "\\")] + Array(String(scalar).utf8)
/// }
/// ```
enum EscapingCopy {
    /// Appends `text` to `bytes`; `escape` gets each scalar to escape, the offset of its
    /// first byte in the text's UTF-8, and the buffer to write its escape into.
    /// - Complexity: O(n) in the text's UTF-8 bytes.
    @inline(__always)
    static func append(
        _ text: String, to bytes: inout [UInt8], escape: (Unicode.Scalar, Int, inout [UInt8]) -> Void
    ) {
        var text = text
        text.withUTF8 { append(utf8: $0, to: &bytes, escape: escape) }
    }

    /// Appends the text whose valid UTF-8 is `utf8` (a graph's packed id or name, say), as
    /// ``append(_:to:escape:)`` appends a `String`.
    /// - Complexity: O(n) in the bytes.
    @inline(__always)
    static func append(
        utf8: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8], escape: (Unicode.Scalar, Int, inout [UInt8]) -> Void
    ) {
        var runStart = 0, index = 0
        while index < utf8.count {
            let byte = utf8[index]
            if byte >= 0x20 && byte < 0x7F && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") {
                index += 1
                continue
            }
            var scalar = Unicode.Scalar(byte), end = index + 1
            if byte >= 0x80 {
                // The UTF-8 is valid: the byte starts a whole scalar.
                guard let decoded = UTF8Scalar.decode(utf8, at: index) else {
                    index = end
                    continue
                }
                (scalar, end) = (decoded.scalar, index + decoded.length)
                if !SafeText.isUnsafe(scalar) {  // accents, CJK, emoji: part of the run
                    index = end
                    continue
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
            escape(scalar, index, &bytes)
            index = end
            runStart = end
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
    }

    /// Appends the hexadecimal digits of `value`, upper- or lowercase: as many as it needs,
    /// at least `minimumDigits` (zeros in front).
    static func appendHex(_ value: UInt32, minimumDigits: Int = 1, uppercase: Bool, to bytes: inout [UInt8]) {
        let digits = uppercase ? upperDigits : lowerDigits
        var count = 1
        while count < 8 && value >> UInt32(4 * count) != 0 { count += 1 }
        for position in stride(from: max(count, minimumDigits) - 1, through: 0, by: -1) {
            bytes.append(digits[Int((value >> UInt32(4 * position)) & 0xF)])
        }
    }

    private static let lowerDigits = Array("0123456789abcdef".utf8), upperDigits = Array("0123456789ABCDEF".utf8)
}
