/// Words of a key's Unicode scalars, split where `String.split(separator: " ")` splits the key's
/// characters, for the fuzzy search's measure of keys beyond ASCII without a `String` each.
enum UnicodeScalarRuns {
    /// True when every space in `scalars` is a character of its own, and no two are side by
    /// side (so that a run of words is the scalars from its first word to its last): a space
    /// joins the character before it only after a prepended mark, and the one after it only
    /// before a combining or spacing mark or a joiner; letters of the cased scripts, digits,
    /// ASCII and the ideographs, Hangul syllables and kana are none of these.
    /// - Complexity: O(n).
    static func spacesStandApart(_ scalars: [Unicode.Scalar]) -> Bool {
        for index in scalars.indices where scalars[index] == " " {
            if index > 0 && (scalars[index - 1] == " " || !standsApart(scalars[index - 1])) { return false }
            if index + 1 < scalars.count && !standsApart(scalars[index + 1]) { return false }
        }
        return true
    }

    /// True for a scalar that never joins a space into one character with it.
    static func standsApart(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return true }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .decimalNumber:
            return true
        default:
            return (0x4E00...0x9FFF).contains(value) || (0xAC00...0xD7A3).contains(value)
                || (0x3041...0x3096).contains(value) || (0x30A1...0x30FA).contains(value)
        }
    }

    /// The ranges of the words of `scalars` split at U+0020, empty words left out (as
    /// `split(separator:)` leaves them).
    /// - Complexity: O(n).
    static func words(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> [Range<Int>] {
        var words = [Range<Int>]()
        var start = 0
        for index in 0...scalars.count where index == scalars.count || scalars[index] == " " {
            if index > start { words.append(start..<index) }
            start = index + 1
        }
        return words
    }
}
