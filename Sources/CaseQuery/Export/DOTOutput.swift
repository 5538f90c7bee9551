import CaseGraph

/// DOT text written straight into UTF-8 bytes, every value double-quoted and escaped as
/// ``DOTText`` describes: what ``DOTWriter`` writes a drawing with (hundreds of megabytes
/// for a hub's whole neighbourhood), without a `String` per line or attribute.
///
/// ```swift
/// var dot = DOTOutput()
/// dot.raw("  ")
/// dot.nodeName(3)
/// dot.raw(" [")
/// dot.attributes([.text("label", "Zoë\nde Vries"), .plain("shape", "ellipse")])
/// dot.raw("];\n")
/// dot.text  // "  \"n3\" [label=\"Zoë\\nde Vries\", shape=\"ellipse\"];\n"
/// ```
struct DOTOutput: ChunkedOutput {
    var bytes: [UInt8] = []
    /// Takes the bytes written so far once they make a chunk (``ChunkedOutput/handOnIfFull()``).
    let sink: OutputSink?

    init(sink: OutputSink? = nil) {
        self.sink = sink
    }

    /// The writer's own syntax, written as it is.
    mutating func raw(_ syntax: StaticString) {
        syntax.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// `"n12"`: the opaque name of the node at `position` in output order (`"n?"` for none).
    mutating func nodeName(_ position: Int?) {
        raw("\"n")
        if let position { bytes.append(contentsOf: String(position).utf8) } else { raw("?") }
        raw("\"")
    }

    /// `text` as a quoted DOT string with no escString processing, for names and colours:
    /// `"` and `\` escaped, every unsafe scalar (line breaks too) shown as `\u{HEX}`.
    mutating func quoted(_ text: String) {
        raw("\"")
        EscapingCopy.append(text, to: &bytes) { scalar, _, bytes in Self.appendEscape(of: scalar, to: &bytes) }
        raw("\"")
    }

    /// `text` as a quoted escString that shows exactly the text: a line break (LF, CR LF or
    /// a lone CR) becomes `\n`, the rest as in ``quoted(_:)``.
    mutating func label(_ text: String) {
        raw("\"")
        var afterCarriageReturn = -1  // where the last CR's byte ended
        EscapingCopy.append(text, to: &bytes) { scalar, offset, bytes in
            switch scalar {
            case "\r":
                bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
                afterCarriageReturn = offset + 1
            case "\n":
                if offset != afterCarriageReturn { bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")] }
            default:
                Self.appendEscape(of: scalar, to: &bytes)
            }
        }
        raw("\"")
    }

    /// `key="value", ...`.
    mutating func attributes(_ list: [DOTAttribute]) {
        for (position, attribute) in list.enumerated() {
            if position > 0 { raw(", ") }
            switch attribute {
            case .plain(let key, let value):
                raw(key)
                raw("=")
                quoted(value)
            case .text(let key, let text):
                raw(key)
                raw("=")
                label(text)
            }
        }
    }

    /// `\"`, `\\`, or `\\u{HEX}`: a backslash and the visible escape of ``SafeText/escaped(_:)``.
    private static func appendEscape(of scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        let backslash = UInt8(ascii: "\\")
        switch scalar {
        case "\"": bytes += [backslash, UInt8(ascii: "\"")]
        case "\\": bytes += [backslash, backslash]
        default:
            bytes += [backslash, backslash, UInt8(ascii: "u"), UInt8(ascii: "{")]
            EscapingCopy.appendHex(scalar.value, uppercase: true, to: &bytes)
            bytes.append(UInt8(ascii: "}"))
        }
    }
}

/// One `key="value"` pair of a DOT attribute list; the value is always a quoted string.
enum DOTAttribute {
    /// A constant of the writer: a shape, a colour, a number.
    case plain(StaticString, String)
    /// Text from the data or the user, shown as written (an escString).
    case text(StaticString, String)
}
