/// Makes text from the data safe to show on a terminal: control characters, escape
/// sequences and bidirectional overrides are shown escaped (`\u{1B}`), never interpreted.
public enum SafeText {
    /// True for scalars that must not reach a terminal raw.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x200E, 0x200F, 0x061C: return true          // directional marks
        case 0x202A...0x202E, 0x2066...0x2069: return true // bidi embeddings, overrides, isolates
        case 0x2028, 0x2029: return true                  // line and paragraph separators
        default: return false
        }
    }

    /// The text with every unsafe scalar written as `\u{HEX}`.
    /// - Complexity: O(n); returns the text unchanged when nothing needs escaping.
    public static func escaped(_ text: String) -> String {
        // Printable ASCII (0x20–0x7E), the usual case, is safe: one pass over the bytes.
        if text.utf8.withContiguousStorageIfAvailable({ bytes in bytes.allSatisfy { $0 &- 0x20 < 0x5F } }) == true {
            return text
        }
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count + 8)
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar) {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

/// The text in double quotes, made terminal-safe, for messages.
func quoted(_ text: String) -> String {
    "\"" + SafeText.escaped(text) + "\""
}
