import CaseGraph

/// Compact JSON written straight into UTF-8 bytes, members in the order they are written
/// (so output is stable): what ``JSONFormatter`` writes results with, tens of megabytes
/// for a hub's neighbourhood, without a tree of values or a `String` per piece.
///
/// The caller opens and closes containers and names each member; commas are placed here.
/// Strings are escaped as JSON requires (`"`, `\`, control characters), and every scalar
/// unsafe on a terminal (``SafeText/isUnsafe(_:)``: C1 controls, bidi overrides and
/// isolates, line separators) is written as a `\uXXXX` escape too, so the text is safe to
/// print and still decodes to the original.
///
/// ```swift
/// var json = JSONWriter()
/// json.openObject()
/// json.key("id"); json.string("ijm")
/// json.key("aliases"); json.openArray(); json.string("IJM"); json.closeArray()
/// json.closeObject()
/// json.text  // {"id":"ijm","aliases":["IJM"]}
/// ```
struct JSONWriter: ChunkedOutput {
    var bytes: [UInt8] = []
    /// True after a value inside a container: the next member or element needs a comma first.
    private var afterValue = false
    /// Takes the bytes written so far once they make a chunk (``ChunkedOutput/handOnIfFull()``).
    let sink: OutputSink?

    init(sink: OutputSink? = nil) {
        self.sink = sink
    }

    // MARK: - Containers

    mutating func openObject() { open(UInt8(ascii: "{")) }
    mutating func closeObject() { close(UInt8(ascii: "}")) }
    mutating func openArray() { open(UInt8(ascii: "[")) }
    mutating func closeArray() { close(UInt8(ascii: "]")) }

    /// The name of the next member of the open object: `"name":`.
    mutating func key(_ name: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
        afterValue = false
    }

    /// A member name from the data (a property key), escaped as a string.
    mutating func key(_ name: String) {
        separate()
        appendEscaped(name)
        bytes.append(UInt8(ascii: ":"))
        afterValue = false
    }

    // MARK: - Values

    mutating func string(_ text: String) {
        separate()
        appendEscaped(text)
        afterValue = true
    }

    /// A string given as its valid UTF-8 (see ``EscapingCopy/append(utf8:to:escape:)``).
    mutating func string(utf8 text: UnsafeBufferPointer<UInt8>) {
        separate()
        appendEscaped(utf8: text)
        afterValue = true
    }

    /// A string, or `null` when there is none.
    mutating func string(_ text: String?) {
        if let text { string(text) } else { null() }
    }

    /// A member whose value is a string (`null` when there is none): `"name":"text"`.
    mutating func member(_ name: StaticString, _ text: String?) {
        key(name)
        string(text)
    }

    /// A member whose value is a number: `"name":42`.
    mutating func member(_ name: StaticString, _ number: Int) {
        key(name)
        integer(number)
    }

    mutating func integer(_ number: Int) {
        separate()
        bytes.append(contentsOf: String(number).utf8)
        afterValue = true
    }

    /// A number literal from the data, written as it was read.
    mutating func literal(_ literal: String) {
        separate()
        bytes.append(contentsOf: literal.utf8)
        afterValue = true
    }

    mutating func bool(_ flag: Bool) {
        separate()
        bytes.append(contentsOf: flag ? Self.trueBytes : Self.falseBytes)
        afterValue = true
    }

    mutating func null() {
        separate()
        bytes.append(contentsOf: Self.nullBytes)
        afterValue = true
    }

    /// A property value: a string, a number literal, a bool or an array of these.
    mutating func value(_ value: PropertyValue) {
        switch value {
        case .string(let text): string(text)
        case .number(let literal): self.literal(literal)
        case .bool(let flag): bool(flag)
        case .array(let elements):
            openArray()
            for element in elements { self.value(element) }
            closeArray()
        }
    }

    // MARK: - Bytes

    private static let trueBytes = Array("true".utf8), falseBytes = Array("false".utf8), nullBytes = Array("null".utf8)

    private mutating func separate() {
        if afterValue { bytes.append(UInt8(ascii: ",")) }
    }

    private mutating func open(_ bracket: UInt8) {
        separate()
        bytes.append(bracket)
        afterValue = false
    }

    private mutating func close(_ bracket: UInt8) {
        bytes.append(bracket)
        afterValue = true
    }

    /// `text` in quotes, escaped (see ``EscapingCopy``).
    /// - Complexity: O(n) in the text's UTF-8 bytes.
    private mutating func appendEscaped(_ text: String) {
        var text = text
        text.withUTF8 { appendEscaped(utf8: $0) }
    }

    private mutating func appendEscaped(utf8 text: UnsafeBufferPointer<UInt8>) {
        bytes.append(UInt8(ascii: "\""))
        EscapingCopy.append(utf8: text, to: &bytes) { scalar, _, bytes in Self.appendEscape(of: scalar, to: &bytes) }
        bytes.append(UInt8(ascii: "\""))
    }

    /// `\"`, `\\`, `\n`, `\r`, `\t`, or `\u` and four lowercase hex digits (every unsafe
    /// scalar is in the Basic Multilingual Plane).
    private static func appendEscape(of scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        let backslash = UInt8(ascii: "\\")
        switch scalar {
        case "\"": bytes += [backslash, UInt8(ascii: "\"")]
        case "\\": bytes += [backslash, backslash]
        case "\n": bytes += [backslash, UInt8(ascii: "n")]
        case "\r": bytes += [backslash, UInt8(ascii: "r")]
        case "\t": bytes += [backslash, UInt8(ascii: "t")]
        default:
            bytes += [backslash, UInt8(ascii: "u")]
            EscapingCopy.appendHex(scalar.value, minimumDigits: 4, uppercase: false, to: &bytes)
        }
    }
}
