/// The state of one parse: the document's bytes, a cursor into them and a
/// scratch buffer for strings with escapes.
///
/// The grammar is split by area: structure (arrays, objects and the document)
/// in `JSONReader+Structure.swift`, strings in `JSONReader+Strings.swift`,
/// numbers in `JSONReader+Numbers.swift` and UTF-8 checks in
/// `JSONReader+UTF8.swift`; `JSONValueStack` holds the contents of open
/// containers. This file holds the cursor vocabulary, literals and the
/// construction of errors.
///
/// Every loop advances `position` or an index derived from it, or throws.
struct JSONReader {
    /// The whole document.
    let bytes: UnsafeBufferPointer<UInt8>
    /// How deeply arrays and objects may nest.
    let maximumDepth: Int
    /// The offset of the next byte to read.
    var position = 0
    /// Reused across strings with escapes so they allocate no buffer of their own.
    var scratch: [UInt8] = []

    init(bytes: UnsafeBufferPointer<UInt8>, maximumDepth: Int) {
        self.bytes = bytes
        self.maximumDepth = maximumDepth
    }

    // MARK: Cursor

    /// The byte at `position`, or `nil` at the end of input.
    @inline(__always)
    var current: UInt8? {
        position < bytes.count ? bytes[position] : nil
    }

    /// Moves past the JSON whitespace (space, tab, line feed, carriage return) at `position`.
    @inline(__always)
    mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return
            }
        }
    }

    /// Reads the literal `word` (`true`, `false` or `null`) at `position`.
    mutating func readLiteral(_ word: StaticString) throws(JSONSyntaxError) {
        let expected = word.utf8Start
        for index in 0..<word.utf8CodeUnitCount
        where position + index >= bytes.count || bytes[position + index] != expected[index] {
            throw unexpected("'\(word)'", at: position + index)
        }
        position += word.utf8CodeUnitCount
    }

    // MARK: Errors

    /// An error with `message` at `offset`, located by line and column.
    func error(_ message: String, at offset: Int) -> JSONSyntaxError {
        let location = LineTable.location(in: bytes, ofOffset: offset)
        return JSONSyntaxError(
            message: message, offset: offset, line: location.line, column: location.column)
    }

    /// `expected <expected>, found '<character>'<hint>` at `offset`, or
    /// `unexpected end of input, expected <expected>` there.
    ///
    /// When the byte at `offset` does not start valid UTF-8, that is the more
    /// useful error and is returned instead.
    func unexpected(_ expected: String, at offset: Int, hint: String = "") -> JSONSyntaxError {
        guard offset < bytes.count else {
            return error("unexpected end of input, expected \(expected)", at: offset)
        }
        switch utf8Sequence(at: offset) {
        case .valid(let scalar, _):
            return error(
                "expected \(expected), found \(JSONCharacterDescription.quoted(scalar))\(hint)",
                at: offset)
        case .invalid, .truncated:
            return invalidUTF8(at: offset)
        }
    }

    /// The error for a byte at `offset` that cannot start a value.
    ///
    /// Adds a hint for the non-JSON forms people write most: trailing commas,
    /// comments, `NaN`/`Infinity`, single quotes and numbers written `+1` or `.5`.
    func unexpectedValueStart(at offset: Int, afterComma: Bool) -> JSONSyntaxError {
        let hint: String
        switch offset < bytes.count ? bytes[offset] : 0 {
        case UInt8(ascii: "]"), UInt8(ascii: "}"):
            if afterComma {
                return unexpected(
                    "a value after ','", at: offset, hint: " (trailing commas are not allowed)")
            }
            hint = ""
        case UInt8(ascii: "/"): hint = " (comments are not allowed in JSON)"
        case UInt8(ascii: "N"), UInt8(ascii: "I"):
            hint = hasPrefix("NaN", at: offset) || hasPrefix("Infinity", at: offset)
                ? " (NaN and Infinity are not allowed in JSON)" : ""
        case UInt8(ascii: "'"): hint = " (strings must use double quotes)"
        case UInt8(ascii: "+"): hint = " (numbers must not start with '+')"
        case UInt8(ascii: "."): hint = " (numbers must start with a digit)"
        default: hint = ""
        }
        return unexpected("a value", at: offset, hint: hint)
    }

    /// Whether the bytes at `offset` spell `word`.
    func hasPrefix(_ word: StaticString, at offset: Int) -> Bool {
        guard offset + word.utf8CodeUnitCount <= bytes.count else { return false }
        let expected = word.utf8Start
        for index in 0..<word.utf8CodeUnitCount where bytes[offset + index] != expected[index] {
            return false
        }
        return true
    }
}
