import CaseGraph

/// Splits query text into tokens: words, quoted strings, commas and statement separators.
///
/// Words are maximal runs of characters that are not whitespace, `"`, `,` or `;`. A `'`
/// starts a string only at the start of a token (`O'Brien` is one word); a `#` at the start
/// of a token begins a comment to the end of the line; a `\` at the end of a line joins the
/// next line to the statement. `;` and line breaks separate statements. Strings may span
/// lines; inside them `\"`, `\'` and `\\` are escapes and any other `\` is itself.
///
/// The lexer never fails: a string without its closing quote runs to the end of the text
/// and is marked unterminated, for the parser to report.
///
/// ```swift
/// var lexer = Lexer(#"show "Henk Jan Kamsteeg"; linked IJM"#)
/// let tokens = lexer.tokenize()   // show, string, ;, linked, IJM, end
/// ```
/// - Complexity: O(n) in the length of the text.
struct Lexer: Sendable {
    private let bytes: [UInt8]
    private var position = 0
    private var locator: SourceLocator
    /// True when the text ends with a line continuation: a `\` after the last token.
    private(set) var endsWithContinuation = false
    /// True when the text ends inside a comment.
    private(set) var endsInComment = false

    /// A string left open at the end of an earlier text, which this text goes on with: its
    /// first token is the rest of that string (to its closing quote, or to the end).
    private var openQuote: UInt8?

    init(_ text: String) {
        bytes = Array(text.utf8)
        locator = SourceLocator(bytes: bytes)
    }

    /// A lexer for text that goes on with a string opened by `quote` in the text before it
    /// (after the line break between them): what the whole text's lexer would find in this part.
    init(_ text: String, insideStringOpenedBy quote: UInt8) {
        self.init(text)
        openQuote = quote
    }

    /// Every token of the text, ending with one ``TokenKind/end`` token.
    mutating func tokenize() -> [Token] {
        var tokens = [Token]()
        while true {
            let token = nextToken()
            tokens.append(token)
            if token.kind == .end { return tokens }
        }
    }

    /// The next token; ``TokenKind/end`` (again and again) at the end of the text.
    mutating func nextToken() -> Token {
        if let quote = openQuote {
            openQuote = nil
            return stringRest(quote: quote, from: position)
        }
        skipTrivia()
        let start = position
        guard position < bytes.count else { return token(.end, "", from: start) }
        endsWithContinuation = false
        switch bytes[position] {
        case UInt8(ascii: "\n"), UInt8(ascii: ";"):
            position += 1
            return token(.separator, bytes[start] == UInt8(ascii: ";") ? ";" : "\n", from: start)
        case UInt8(ascii: ","):
            position += 1
            return token(.comma, ",", from: start)
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            return string()
        default:
            return word()
        }
    }

    // MARK: - Tokens

    private mutating func word() -> Token {
        let start = position
        while position < bytes.count, !endsWord(at: position) {
            position += 1
        }
        return token(.word, String(decoding: bytes[start..<position], as: UTF8.self), from: start)
    }

    private func endsWord(at index: Int) -> Bool {
        switch bytes[index] {
        case UInt8(ascii: "\""), UInt8(ascii: ","), UInt8(ascii: ";"): return true
        case UInt8(ascii: "\\"): return continuationEnd(at: index) != nil
        default: return whitespaceLength(at: index) != nil || bytes[index] == UInt8(ascii: "\n")
        }
    }

    private mutating func string() -> Token {
        let quote = bytes[position]
        position += 1
        return stringRest(quote: quote, from: position - 1)
    }

    /// The string that `start` opened with `quote`, read on from `position`.
    private mutating func stringRest(quote: UInt8, from start: Int) -> Token {
        var value = [UInt8]()
        while position < bytes.count {
            let byte = bytes[position]
            if byte == quote {
                position += 1
                var result = token(.string, String(decoding: value, as: UTF8.self), from: start)
                result.quote = Character(Unicode.Scalar(quote))
                return result
            }
            if byte == UInt8(ascii: "\\"), position + 1 < bytes.count,
               bytes[position + 1] == quote || bytes[position + 1] == UInt8(ascii: "\\") {
                position += 1
            }
            value.append(bytes[position])
            position += 1
        }
        var result = token(.string, String(decoding: value, as: UTF8.self), from: start)
        result.quote = Character(Unicode.Scalar(quote))
        result.isTerminated = false
        return result
    }

    private mutating func token(_ kind: TokenKind, _ value: String, from start: Int) -> Token {
        let lower = locator.location(at: start)
        let upper = locator.location(at: position)
        return Token(kind: kind, value: value, range: lower..<upper)
    }

    // MARK: - Trivia

    /// Skips whitespace (but not line breaks), comments and line continuations.
    private mutating func skipTrivia() {
        while position < bytes.count {
            if let length = whitespaceLength(at: position) {
                position += length
            } else if let end = continuationEnd(at: position) {
                position = end
                endsWithContinuation = true
            } else if bytes[position] == UInt8(ascii: "#") {
                while position < bytes.count, bytes[position] != UInt8(ascii: "\n") {
                    position += 1
                }
                endsInComment = position == bytes.count
            } else {
                return
            }
        }
    }

    /// Where a line continuation that starts at `index` ends: after the line break that
    /// follows the `\` and any spaces, or at the end of the text. Nil when `index` holds no
    /// continuation.
    private func continuationEnd(at index: Int) -> Int? {
        guard bytes[index] == UInt8(ascii: "\\") else { return nil }
        var next = index + 1
        while next < bytes.count {
            if bytes[next] == UInt8(ascii: "\n") { return next + 1 }
            guard let length = whitespaceLength(at: next) else { return nil }
            next += length
        }
        return next
    }

    /// The length in bytes of the whitespace character at `index` (line breaks excluded),
    /// or nil when there is none.
    private func whitespaceLength(at index: Int) -> Int? {
        let byte = bytes[index]
        if byte < 0x80 {
            let isSpace = byte == 0x20 || byte == 0x09 || byte == 0x0B || byte == 0x0C || byte == 0x0D
            return isSpace ? 1 : nil
        }
        guard let (scalar, length) = UTF8Scalar.decode(bytes, at: index) else { return nil }
        return scalar.properties.isWhitespace ? length : nil
    }
}

/// Whether a line of input is a whole statement or needs the next line too: a text that ends
/// inside a quoted string or with a line continuation (a `\` at the end of the last line) goes
/// on with the next line, joined with a line break (``StatementAssembler`` gathers them).
public enum InputCompleteness {
    /// How a text ends, for a reader that gathers lines into whole statements.
    public enum Ending: Sendable, Hashable {
        /// After a token, outside any string: the text can run.
        case complete
        /// With no token at all (blank, or only comments).
        case blank
        /// With a line continuation: a `\` at the end of the last line.
        case continued
        /// Inside a string opened by `quote` (`"` or `'`) and not closed yet.
        case insideString(quote: UInt8)
    }

    /// How `text` ends. With `quote`, `text` goes on (after a line break) with a string that
    /// quote opened in the text before it, and the answer is how the two together end (never
    /// ``Ending/blank``: the string is a token).
    ///
    /// ```swift
    /// InputCompleteness.ending(of: #"show "Henk"#)                                   // .insideString(quote: 34)
    /// InputCompleteness.ending(of: #"Jan" depth 2"#, insideStringOpenedBy: UInt8(ascii: "\""))   // .complete
    /// ```
    /// - Complexity: O(n).
    public static func ending(of text: String, insideStringOpenedBy quote: UInt8? = nil) -> Ending {
        var lexer = quote.map { Lexer(text, insideStringOpenedBy: $0) } ?? Lexer(text)
        let tokens = lexer.tokenize()
        if let last = tokens.dropLast().last, last.kind == .string, !last.isTerminated,
           let quote = last.quote?.asciiValue {
            return .insideString(quote: quote)
        }
        if lexer.endsWithContinuation { return .continued }
        return tokens.count == 1 ? .blank : .complete
    }
}
