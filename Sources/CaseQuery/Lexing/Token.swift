import CaseGraph

/// What a token is. The lexer knows no keywords: a keyword is a ``TokenKind/word`` that the
/// parser recognises, case-insensitively.
enum TokenKind: Sendable, Hashable {
    /// A maximal run of characters that are not whitespace, `"`, `,` or `;`.
    case word
    /// A quoted string, `"..."` or `'...'`; its ``Token/value`` has the escapes removed.
    case string
    /// `,`
    case comma
    /// `;` or a line break: the end of a statement.
    case separator
    /// The end of the statement or of the text; its range is empty.
    case end
}

/// A token and the text it came from.
struct Token: Sendable, Hashable {
    var kind: TokenKind
    /// The value: a word's text, or a string's contents without quotes and escapes.
    var value: String
    var range: SourceRange
    /// False for a string whose closing quote is missing (it runs to the end of the text).
    var isTerminated: Bool = true
    /// The quote character of a string (`"` or `'`).
    var quote: Character?

    /// True for a word that is `keyword`, ignoring ASCII case.
    func `is`(_ keyword: Keyword) -> Bool {
        kind == .word && Self.equalIgnoringCase(value, keyword.rawValue)
    }

    /// True for a word that is one of `keywords`, ignoring ASCII case.
    func isAny(_ keywords: some Sequence<Keyword>) -> Bool {
        keywords.contains { self.is($0) }
    }

    /// The word as a keyword, if it is one.
    var keyword: Keyword? {
        guard kind == .word, value.utf8.count <= Keyword.longest else { return nil }
        return Keyword(rawValue: String(decoding: value.utf8.map(Self.asciiLower), as: UTF8.self))
    }

    /// True for a word of ASCII digits only.
    var isInteger: Bool {
        kind == .word && value.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// The token for messages: quoted, terminal-safe and at most 40 characters long.
    var quotedForMessage: String {
        switch kind {
        case .word: return Self.quotedForMessage(value)
        case .string: return "the string " + Self.quotedForMessage(value)
        case .comma: return "','"
        case .separator: return value == ";" ? "';'" : "the end of the line"
        case .end: return "the end of the statement"
        }
    }

    /// `text` in single quotes, terminal-safe and shortened to at most 40 characters.
    static func quotedForMessage(_ text: String) -> String {
        let shortened = text.utf8.count > 40 && text.count > 40 ? String(text.prefix(39)) + "…" : text
        return "'" + SafeText.escaped(shortened) + "'"
    }

    static func equalIgnoringCase(_ lhs: String, _ rhs: String) -> Bool {
        guard lhs.utf8.count == rhs.utf8.count else { return false }
        return zip(lhs.utf8, rhs.utf8).allSatisfy { asciiLower($0) == asciiLower($1) }
    }

    private static func asciiLower(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
    }
}

/// Turns UTF-8 offsets into ``SourceLocation``s (1-based line, column in characters).
///
/// Offsets are expected in increasing order, as a lexer produces them; each call scans only
/// the text since the previous one, so locating every token of a text costs O(n) in all.
struct SourceLocator: Sendable {
    private let bytes: [UInt8]
    private var offset = 0
    private var line = 1
    private var column = 1

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The location of the UTF-8 offset `target` (clamped to the text).
    ///
    /// - Complexity: O(target − previous target); O(target) when offsets go backwards.
    mutating func location(at target: Int) -> SourceLocation {
        let target = min(max(target, 0), bytes.count)
        if target < offset {
            offset = 0
            line = 1
            column = 1
        }
        var segmentStart = offset
        var hasNonASCII = false
        var position = offset
        while position < target {
            let byte = bytes[position]
            if byte == 0x0A {
                line += 1
                column = 1
                segmentStart = position + 1
                hasNonASCII = false
            } else if byte >= 0x80 {
                hasNonASCII = true
            }
            position += 1
        }
        column += hasNonASCII
            ? String(decoding: bytes[segmentStart..<target], as: UTF8.self).count
            : target - segmentStart
        offset = target
        return SourceLocation(offset: target, line: line, column: column)
    }
}
