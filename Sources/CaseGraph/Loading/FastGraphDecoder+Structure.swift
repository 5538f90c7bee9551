/// The fast decoder's reading of JSON structure: punctuation, keys, strings and values
/// skipped, each bailing out (``FastGraphDecoder/Bail``) at anything off the happy path.
extension FastGraphDecoder {
    var bytes: UnsafeBufferPointer<UInt8> { reader.bytes }

    /// Skips whitespace and consumes `byte`, or bails.
    @inline(__always)
    mutating func expect(_ byte: UInt8) throws {
        reader.skipWhitespace()
        guard reader.current == byte else { throw Bail() }
        reader.position += 1
    }

    /// After a member's value: true at `,` (another member follows), false at `}`.
    @inline(__always)
    mutating func nextMember() throws -> Bool {
        try next(closedBy: UInt8(ascii: "}"))
    }

    /// After an element: true at `,`, false at `]`.
    @inline(__always)
    mutating func nextElement() throws -> Bool {
        try next(closedBy: UInt8(ascii: "]"))
    }

    /// After a member or element: consumes `,` (true: another follows) or `closing` (false),
    /// or bails.
    @inline(__always)
    private mutating func next(closedBy closing: UInt8) throws -> Bool {
        reader.skipWhitespace()
        switch reader.current {
        case UInt8(ascii: ","): reader.position += 1; return true
        case closing: reader.position += 1; return false
        default: throw Bail()
        }
    }

    /// Opens an object at the next non-whitespace byte and returns its offset, or nil for `{}`.
    /// `offset` is set to the `{` either way.
    @inline(__always)
    mutating func openObject(_ offset: inout Int) throws -> Bool {
        reader.skipWhitespace()
        offset = reader.position
        return try open(UInt8(ascii: "{"), closedBy: UInt8(ascii: "}"))
    }

    /// Opens an array; false when it is empty (and already closed).
    @inline(__always)
    mutating func openArray() throws -> Bool {
        try open(UInt8(ascii: "["), closedBy: UInt8(ascii: "]"))
    }

    /// Consumes `opening` at the next non-whitespace byte, or bails; false when `closing`
    /// follows at once (consumed too: the container is empty).
    @inline(__always)
    private mutating func open(_ opening: UInt8, closedBy closing: UInt8) throws -> Bool {
        reader.skipWhitespace()
        guard reader.current == opening else { throw Bail() }
        reader.position += 1
        reader.skipWhitespace()
        if reader.current == closing {
            reader.position += 1
            return false
        }
        return true
    }

    /// Reads `"key" :` (after whitespace), leaving the reader at the value.
    @inline(__always)
    mutating func readKey() throws -> String {
        try readMemberName { reader throws(JSONSyntaxError) in try reader.readString() }
    }

    /// Reads `"key" :` (after whitespace), leaving the reader at the value, and tells which of
    /// `Known`'s names the key is — compared on its bytes, as `String`s would compare — or
    /// gives the key's text when it is none of them.
    @inline(__always)
    mutating func readKey<Known: RecordKey>(_: Known.Type) throws -> MemberKey<Known> {
        let names = Known.names
        return try readMemberName { reader throws(JSONSyntaxError) in
            try reader.readString(
                plain: { bytes in
                    names.position(ofBytes: bytes).flatMap(Known.init(rawValue:)).map(MemberKey.known)
                        ?? .other(String(decoding: bytes, as: UTF8.self))
                },
                escaped: { text in
                    names.position(ofText: text).flatMap(Known.init(rawValue:)).map(MemberKey.known) ?? .other(text)
                })
        }
    }

    /// Reads a member's `"name" :` (after whitespace) with `read`, which reads the quoted
    /// name, and leaves the reader at the value.
    @inline(__always)
    private mutating func readMemberName<Name>(
        _ read: (inout JSONReader) throws(JSONSyntaxError) -> Name
    ) throws -> Name {
        reader.skipWhitespace()
        guard reader.current == UInt8(ascii: "\"") else { throw Bail() }
        let name = try read(&reader)
        try expect(UInt8(ascii: ":"))
        reader.skipWhitespace()
        return name
    }

    /// Reads and checks a whole value nested `depth` containers deep, and returns it.
    mutating func readAnyValue(depth: Int) throws -> JSONValue {
        try Self.readAnyValue(&reader, depth: depth)
    }

    /// ``readAnyValue(depth:)`` with `reader`.
    static func readAnyValue(_ reader: inout JSONReader, depth: Int) throws -> JSONValue {
        var nested = JSONReader(bytes: reader.bytes, maximumDepth: JSONParser.defaultMaximumDepth - depth)
        nested.position = reader.position
        let value = try nested.readValue()
        reader.position = nested.position
        return value
    }

    /// A string value, or bails.
    @inline(__always)
    mutating func readStringValue() throws -> String {
        reader.skipWhitespace()
        guard reader.current == UInt8(ascii: "\"") else { throw Bail() }
        return try reader.readString()
    }

    /// A required string: present, a string, not blank.
    @inline(__always)
    mutating func readRequiredString() throws -> String {
        let text = try readStringValue()
        if Self.isBlank(text) { throw Bail() }
        return text
    }

    /// An optional string: a string or `null`.
    @inline(__always)
    mutating func readOptionalString() throws -> String? {
        reader.skipWhitespace()
        if reader.current == UInt8(ascii: "n") {
            try reader.readLiteral("null")
            return nil
        }
        return try readStringValue()
    }

    /// Whether `text` is empty or all whitespace, as `GraphFileDecoder` judges it.
    @inline(__always)
    static func isBlank(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { isBlank($0) }
    }

    /// Records `key` as seen in one object, bailing when it was seen before.
    /// Known keys use bits of `known`; others are kept in `others` (compared as `String`s,
    /// as `GraphFileDecoder.checkDuplicateKeys` does).
    @inline(__always)
    static func see(_ bit: UInt32, _ known: inout UInt32) throws {
        if known & bit != 0 { throw Bail() }
        known |= bit
    }

    @inline(__always)
    static func seeOther(_ key: String, _ others: inout [String]) throws {
        if others.contains(key) { throw Bail() }
        others.append(key)
    }

    /// Skips the value of a key the loader does not read (after recording the key).
    mutating func skipValue(key: String, others: inout [String], depth: Int) throws {
        try Self.seeOther(key, &others)
        _ = try readAnyValue(depth: depth)
    }
}
