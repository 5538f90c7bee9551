/// Numbers: checked against the RFC 8259 grammar and kept as their literal text.
///
/// ```
/// number = [ "-" ] int [ frac ] [ exp ]
/// int    = "0" / ( digit1-9 *DIGIT )
/// frac   = "." 1*DIGIT
/// exp    = ( "e" / "E" ) [ "-" / "+" ] 1*DIGIT
/// ```
extension JSONReader {
    /// Reads the number at `position` (a `-` or a digit) and returns its literal text.
    ///
    /// The number ends at the first byte that cannot continue it; whatever
    /// follows is for the caller to judge (`1x` fails there, not here).
    ///
    /// - Complexity: O(*k*), where *k* is the length of the literal.
    mutating func readNumber() throws(JSONSyntaxError) -> String {
        let start = position
        var index = position
        if bytes[index] == UInt8(ascii: "-") {
            index += 1
        }
        guard index < bytes.count, isDigit(bytes[index]) else {
            throw unexpected(
                "a digit after '-'", at: index,
                hint: hasPrefix("Infinity", at: index)
                    ? " (NaN and Infinity are not allowed in JSON)" : "")
        }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if index < bytes.count, isDigit(bytes[index]) {
                throw error("leading zeros are not allowed in numbers", at: index - 1)
            }
        } else {
            index = endOfDigits(from: index)
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard index < bytes.count, isDigit(bytes[index]) else {
                throw unexpected("a digit after '.' in number", at: index)
            }
            index = endOfDigits(from: index)
        }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < bytes.count,
                bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")
            {
                index += 1
            }
            guard index < bytes.count, isDigit(bytes[index]) else {
                throw unexpected("a digit in the exponent of number", at: index)
            }
            index = endOfDigits(from: index)
        }
        position = index
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
    }

    @inline(__always)
    private func isDigit(_ byte: UInt8) -> Bool {
        byte &- UInt8(ascii: "0") < 10
    }

    /// The offset of the first non-digit at or after `index`.
    @inline(__always)
    private func endOfDigits(from index: Int) -> Int {
        var index = index
        while index < bytes.count, isDigit(bytes[index]) {
            index += 1
        }
        return index
    }
}
