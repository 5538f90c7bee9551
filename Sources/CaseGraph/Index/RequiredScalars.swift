import Foundation

/// The scalars a key must hold, byte for byte, to equal, start with or contain a search text
/// beyond ASCII as `String`s compare (by canonical equivalence of characters).
///
/// A character of the text that is one scalar X with no canonical decomposition can only be
/// matched by a character of the key whose decomposition is X alone: X itself, or a scalar
/// that decomposes to X alone (U+2126 OHM SIGN to U+03A9, U+212A KELVIN SIGN to "K", the CJK
/// compatibility ideographs to unified ones, and a few more). Leaving out the scalars that are
/// such targets, every X left must be in the key's bytes: the name search then compares as
/// strings only the keys that hold them, found by one byte search over all keys.
enum RequiredScalars {
    /// The scalars other scalars decompose to, alone (UnicodeData's singleton decompositions),
    /// but for the CJK ideographs, which ``isIdeograph(_:)`` leaves out as a whole.
    private static let singletonTargets: Set<UInt32> = [
        0x0300, 0x0301, 0x0313, 0x02B9, 0x003B, 0x00B7, 0x0060, 0x00B4, 0x2002, 0x2003, 0x03A9, 0x004B, 0x3008, 0x3009,
    ]

    private static func isIdeograph(_ value: UInt32) -> Bool {
        (0x2E80...0x2FFFF).contains(value) && !(0xAC00...0xD7A3).contains(value) || (0x30000...0x3FFFF).contains(value)
    }

    /// The UTF-8 of each character of `text` that a matching key must hold, longest first;
    /// empty when there is none (every key is then compared as a string).
    /// - Complexity: O(|text|).
    static func bytes(of text: String) -> [[UInt8]] {
        var required = [[UInt8]]()
        for character in text where character.unicodeScalars.count == 1 {
            guard let scalar = character.unicodeScalars.first else { continue }
            let value = scalar.value
            guard !singletonTargets.contains(value), !isIdeograph(value) else { continue }
            let alone = String(scalar)
            guard alone.decomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(alone.unicodeScalars) else { continue }
            let utf8 = Array(alone.utf8)
            if !required.contains(utf8) { required.append(utf8) }
        }
        return required.sorted { $0.count > $1.count }
    }
}
