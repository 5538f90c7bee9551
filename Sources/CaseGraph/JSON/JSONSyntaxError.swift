/// A JSON document that breaks the grammar of RFC 8259, and where.
///
/// ```swift
/// do {
///     _ = try JSONParser.parse("{\"a\" 1}")
/// } catch {
///     print("\(error.line):\(error.column): \(error.message)")
///     // 1:6: expected ':' after object key, found '1'
/// }
/// ```
public struct JSONSyntaxError: Error, Sendable, Equatable {
    /// What was expected and what was found, e.g.
    /// `expected ',' or '}' after object member, found 'x'`.
    public var message: String
    /// The byte offset of the problem in the source (may equal its length at end of input).
    public var offset: Int
    /// The 1-based line of ``offset``.
    public var line: Int
    /// The 1-based column of ``offset``, counting UTF-8 characters (not bytes) from the line start.
    public var column: Int

    /// Creates an error from its message and location.
    ///
    /// - Complexity: O(1).
    public init(message: String, offset: Int, line: Int, column: Int) {
        self.message = message
        self.offset = offset
        self.line = line
        self.column = column
    }
}

extension JSONSyntaxError: CustomStringConvertible {
    /// `line:column: message`.
    public var description: String {
        "\(line):\(column): \(message)"
    }
}

/// Shows characters from the source safely inside error messages.
enum JSONCharacterDescription {
    /// `'x'` for a printable character, `'\u{0A}'` for a control, format,
    /// separator, private-use or unassigned one.
    ///
    /// - Complexity: O(1).
    static func quoted(_ scalar: Unicode.Scalar) -> String {
        "'" + (isPrintable(scalar) ? String(Character(scalar)) : escaped(scalar.value)) + "'"
    }

    /// `\u{0A}`: the code point in upper-case hexadecimal, at least two digits.
    ///
    /// - Complexity: O(1).
    static func escaped(_ value: UInt32) -> String {
        "\\u{" + hex(value, minimumDigits: 2) + "}"
    }

    /// `0xFF`: a byte in upper-case hexadecimal.
    ///
    /// - Complexity: O(1).
    static func byte(_ value: UInt8) -> String {
        "0x" + hex(UInt32(value), minimumDigits: 2)
    }

    private static func hex(_ value: UInt32, minimumDigits: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, minimumDigits - digits.count)) + digits
    }

    private static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value >= 0x20 && scalar.value != 0x7F }
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .spaceSeparator,
            .privateUse, .surrogate, .unassigned:
            return false
        default:
            return true
        }
    }
}
