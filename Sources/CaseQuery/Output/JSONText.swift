import CaseGraph

/// A JSON value to write, with object keys kept in the order given (so output is stable).
indirect enum JSONText: Sendable {
    case string(String)
    case integer(Int)
    /// A number literal from the data, written as it was read.
    case literal(String)
    case bool(Bool)
    case null
    case array([JSONText])
    case object([(String, JSONText)])

    static func optional(_ text: String?) -> JSONText { text.map(JSONText.string) ?? .null }

    /// Compact JSON on one line. Control characters, bidi overrides and other scalars unsafe
    /// on a terminal are written as `\uXXXX` escapes, so the text is safe to print and
    /// still decodes to the original.
    /// - Complexity: O(size of the output).
    func rendered() -> String {
        var output = ""
        write(to: &output)
        return output
    }

    private func write(to output: inout String) {
        switch self {
        case .string(let text): Self.writeString(text, to: &output)
        case .integer(let number): output += String(number)
        case .literal(let literal): output += literal
        case .bool(let flag): output += flag ? "true" : "false"
        case .null: output += "null"
        case .array(let elements):
            output += "["
            for (position, element) in elements.enumerated() {
                if position > 0 { output += "," }
                element.write(to: &output)
            }
            output += "]"
        case .object(let members):
            output += "{"
            for (position, member) in members.enumerated() {
                if position > 0 { output += "," }
                Self.writeString(member.0, to: &output)
                output += ":"
                member.1.write(to: &output)
            }
            output += "}"
        }
    }

    private static func writeString(_ text: String, to output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            default:
                if SafeText.isUnsafe(scalar) {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }
}

extension PropertyValue {
    var json: JSONText {
        switch self {
        case .string(let text): return .string(text)
        case .number(let literal): return .literal(literal)
        case .bool(let flag): return .bool(flag)
        case .array(let elements): return .array(elements.map(\.json))
        }
    }
}
