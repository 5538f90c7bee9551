/// A strict RFC 8259 JSON parser that works on bytes.
///
/// ```swift
/// let value = try JSONParser.parse(Array(#"{"nodes": [], "edges": []}"#.utf8))
/// value.typeName  // "object"
/// ```
///
/// What it accepts is exactly RFC 8259: no comments, trailing commas, leading
/// zeros, `NaN`, `Infinity`, single quotes, unescaped control characters,
/// invalid UTF-8 or byte-order mark. The choices RFC 8259 leaves open:
///
/// - Duplicate keys are kept, in document order (see ``JSONObject``).
/// - Numbers are kept as their literal text, however large (see ``JSONValue/number(_:)``).
/// - An escaped lone surrogate (`"\uD800"`, or a high surrogate not followed
///   by a low one) is accepted and decoded as U+FFFD REPLACEMENT CHARACTER,
///   since a Swift `String` cannot hold a lone surrogate.
/// - Nesting deeper than `maximumDepth` arrays and objects is an error. The
///   parser itself uses no recursion, but comparing or destroying the value
///   it returns is recursive, so the limit should stay modest.
///
/// Every error is a ``JSONSyntaxError`` that says what was expected and what
/// was found, with its byte offset, line and column.
public struct JSONParser: Sendable {
    /// The nesting depth allowed unless a caller asks otherwise: 512 arrays and objects.
    public static let defaultMaximumDepth = 512

    /// Parses a whole UTF-8 document; bytes after the value other than whitespace are an error.
    ///
    /// ```swift
    /// let value = try JSONParser.parse(Array("[1, 2]".utf8))
    /// ```
    ///
    /// - Parameters:
    ///   - bytes: The document, in UTF-8, without a byte-order mark.
    ///   - maximumDepth: How deeply arrays and objects may nest.
    /// - Returns: The document's value.
    /// - Throws: ``JSONSyntaxError`` at the first byte that breaks the grammar.
    /// - Complexity: O(*n*), where *n* is the number of bytes.
    public static func parse(
        _ bytes: [UInt8], maximumDepth: Int = defaultMaximumDepth
    ) throws(JSONSyntaxError) -> JSONValue {
        try bytes.withUnsafeBufferPointer { buffer in
            parse(buffer: buffer, maximumDepth: maximumDepth)
        }.get()
    }

    /// Parses a whole document given as text; offsets in errors and values
    /// are offsets in its UTF-8 encoding.
    ///
    /// ```swift
    /// let value = try JSONParser.parse(#"{"name": "Ada"}"#)
    /// ```
    ///
    /// - Parameters:
    ///   - text: The document.
    ///   - maximumDepth: How deeply arrays and objects may nest.
    /// - Returns: The document's value.
    /// - Throws: ``JSONSyntaxError`` at the first byte that breaks the grammar.
    /// - Complexity: O(*n*), where *n* is the length of the text in UTF-8.
    public static func parse(
        _ text: String, maximumDepth: Int = defaultMaximumDepth
    ) throws(JSONSyntaxError) -> JSONValue {
        var text = text
        return try text.withUTF8 { buffer in
            parse(buffer: buffer, maximumDepth: maximumDepth)
        }.get()
    }

    /// Parses the document in `buffer`, returning the error as a value so the
    /// closure-taking `withUnsafeBufferPointer`/`withUTF8` keep the error's type.
    private static func parse(
        buffer: UnsafeBufferPointer<UInt8>, maximumDepth: Int
    ) -> Result<JSONValue, JSONSyntaxError> {
        var reader = JSONReader(bytes: buffer, maximumDepth: maximumDepth)
        do {
            return .success(try reader.readDocument())
        } catch {
            return .failure(error)
        }
    }
}
