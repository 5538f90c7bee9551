/// One way to complete the word under the cursor.
///
/// ```swift
/// Completion(replacement: "\"Henk Jan Kamsteeg\"", display: "Henk Jan Kamsteeg")
/// Completion(replacement: "graphs/", display: "graphs/", appendsSpace: false)
/// ```
public struct Completion: Sendable, Equatable, Hashable {
    /// The text that replaces the word being completed, exactly as it should
    /// appear on the line (already quoted by the completer if it needs quotes).
    public var replacement: String
    /// What the candidate list shows for it (for example without quotes).
    public var display: String
    /// Whether a space is typed after the replacement when it is the only
    /// candidate, because it is a complete word. False for a prefix that will
    /// be completed further, such as a directory name ending in `/`.
    public var appendsSpace: Bool

    /// A candidate; `display` defaults to the replacement.
    public init(replacement: String, display: String? = nil, appendsSpace: Bool = true) {
        self.replacement = replacement
        self.display = display ?? replacement
        self.appendsSpace = appendsSpace
    }
}

/// Something that proposes completions for the word under the cursor, such
/// as commands, node types and entity names.
///
/// Offsets are **UTF-8 offsets** into `line` (`line.utf8`), not Character
/// offsets, so that they are exact even for names with combining marks.
/// ``CompletionWord`` converts and finds word starts:
///
/// ```swift
/// struct Names: Completing {
///     let names: [String]
///     func completions(line: String, cursor: Int) -> (wordStart: Int, candidates: [Completion]) {
///         let start = CompletionWord.start(in: line, cursor: cursor)
///         let word = CompletionWord.text(in: line, from: start, to: cursor)
///         let matches = names.filter { $0.hasPrefix(word) }.sorted()
///         return (start, matches.map { Completion(replacement: $0) })
///     }
/// }
/// ```
///
/// The candidates are listed in the order given. `completions` runs on the
/// thread that called ``LineEditor/readLine(prompt:)`` while the user waits,
/// so it should answer within milliseconds.
public protocol Completing: Sendable {
    /// Proposes completions for the text before `cursor`.
    ///
    /// - Parameters:
    ///   - line: the whole line being edited.
    ///   - cursor: the cursor position, as a UTF-8 offset into `line`.
    /// - Returns: `wordStart`, the UTF-8 offset where the word being
    ///   completed begins (the text `wordStart..<cursor` is replaced by the
    ///   chosen candidate's ``Completion/replacement``), and the candidates.
    ///   An empty list makes Tab beep.
    func completions(line: String, cursor: Int) -> (wordStart: Int, candidates: [Completion])
}

/// Finding the word being completed, in UTF-8 offsets.
///
/// A ``Completing`` implementation receives the line and a UTF-8 cursor
/// offset and must say where the word being completed starts. The word
/// starts after the last whitespace or separator before the cursor, except
/// that separators inside an open quote do not count: in `find "Henk J` the
/// word is `"Henk J`, quote included, so a candidate such as
/// `"Henk Jan Kamsteeg"` replaces it whole.
///
/// ```swift
/// let line = #"path from "Henk J"#
/// let start = CompletionWord.start(in: line, cursor: line.utf8.count)   // 10
/// CompletionWord.text(in: line, from: start, to: line.utf8.count)      // "\"Henk J"
/// ```
public enum CompletionWord {
    /// The characters that end a word outside quotes, besides whitespace.
    public static let defaultSeparators: Set<Unicode.Scalar> = [
        "(", ")", "[", "]", "{", "}", ",", ";", "=", "<", ">", "|",
    ]

    /// The characters that open and close a quoted word.
    public static let defaultQuotes: Set<Unicode.Scalar> = ["\""]

    /// The UTF-8 offset where the word ending at `cursor` begins.
    ///
    /// Inside a quote a backslash escapes the next character, so `\"` does
    /// not close it. `cursor` is clamped to the line and rounded down to the
    /// start of a Unicode scalar.
    ///
    /// - Complexity: O(*n*), where *n* is the length of the line up to `cursor`.
    public static func start(
        in line: String,
        cursor: Int,
        separators: Set<Unicode.Scalar> = defaultSeparators,
        quotes: Set<Unicode.Scalar> = defaultQuotes
    ) -> Int {
        let end = scalarBoundary(in: line, atOrBefore: cursor)
        var offset = 0
        var wordStart = 0
        var openQuote: Unicode.Scalar?
        var escaped = false
        for scalar in line.unicodeScalars {
            guard offset < end else { break }
            let next = offset + UTF8.width(scalar)
            if let quote = openQuote {
                if escaped {
                    escaped = false
                } else if scalar == "\\" {
                    escaped = true
                } else if scalar == quote {
                    openQuote = nil
                }
            } else if scalar.properties.isWhitespace || separators.contains(scalar) {
                wordStart = next
            } else if quotes.contains(scalar) {
                openQuote = scalar
            }
            offset = next
        }
        return wordStart
    }

    /// The text between two UTF-8 offsets of `line`, each clamped to the
    /// line and rounded down to the start of a Unicode scalar.
    public static func text(in line: String, from start: Int, to end: Int) -> String {
        let lower = scalarBoundary(in: line, atOrBefore: start)
        let upper = scalarBoundary(in: line, atOrBefore: end)
        guard lower < upper else { return "" }
        let utf8 = line.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: lower)
        let to = utf8.index(utf8.startIndex, offsetBy: upper)
        return String(decoding: utf8[from..<to], as: UTF8.self)
    }

    /// `offset` clamped to `0...line.utf8.count` and moved back, if it falls
    /// inside a multi-byte character, to where that character starts.
    public static func scalarBoundary(in line: String, atOrBefore offset: Int) -> Int {
        let utf8 = line.utf8
        var result = min(max(offset, 0), utf8.count)
        guard result > 0, result < utf8.count else { return result }
        var index = utf8.index(utf8.startIndex, offsetBy: result)
        while result > 0, UTF8.isContinuation(utf8[index]) {
            index = utf8.index(before: index)
            result -= 1
        }
        return result
    }

    /// The number of Unicode scalars in `line`'s first `utf8Offset` bytes
    /// (the unit libedit counts the cursor in).
    static func scalarCount(in line: String, upTo utf8Offset: Int) -> Int {
        let end = scalarBoundary(in: line, atOrBefore: utf8Offset)
        var offset = 0
        var count = 0
        for scalar in line.unicodeScalars {
            guard offset < end else { break }
            offset += UTF8.width(scalar)
            count += 1
        }
        return count
    }
}
