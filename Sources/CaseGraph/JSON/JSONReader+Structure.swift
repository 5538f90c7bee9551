/// The structure of a document: the document itself, values, arrays and objects.
///
/// Arrays and objects are read without recursion: the containers still open
/// are kept on an explicit stack, so a document of 100,000 `[` costs memory
/// proportional to `maximumDepth` at most, never call-stack depth.
extension JSONReader {
    /// An array or object whose closing bracket has not been read yet.
    ///
    /// Its elements or members so far are kept at the end of one stack
    /// shared by all open arrays (or objects), from index `start` on, and
    /// moved into an array of exactly the right size when it closes: one
    /// allocation per container instead of one per doubling.
    private struct OpenContainer {
        /// The byte offset of its `[` or `{`.
        let offset: Int
        let isObject: Bool
        /// Where its elements or members start on the shared stack.
        let start: Int
    }

    /// Reads the whole document: an optional run of whitespace, one value,
    /// whitespace, then the end of input.
    ///
    /// - Complexity: O(*n*), where *n* is the number of bytes.
    mutating func readDocument() throws(JSONSyntaxError) -> JSONValue {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            throw error("byte-order mark at start of file is not allowed in JSON", at: 0)
        }
        let value = try readValue()
        skipWhitespace()
        guard position == bytes.count else {
            throw unexpected("end of input after the JSON value", at: position)
        }
        return value
    }

    /// Reads one value at `position` (after whitespace), including everything nested in it.
    ///
    /// The outer loop reads the start of a value; a scalar or an empty
    /// container is complete at once, while `[` or `{` pushes an open
    /// container and goes round for its first element. The inner loop hands
    /// each complete value to the innermost open container and then reads
    /// `,` (go round for the next element) or the closing bracket (the
    /// container is complete: pop it and hand it to its parent in turn).
    /// Every step consumes at least one byte or throws.
    mutating func readValue() throws(JSONSyntaxError) -> JSONValue {
        var open: [OpenContainer] = []
        var elements = JSONValueStack<JSONValue>()  // of all open arrays, innermost last
        var members = JSONValueStack<JSONMember>()  // of all open objects, innermost last
        var afterComma = false
        readingValues: while true {
            skipWhitespace()
            guard position < bytes.count else {
                throw unexpected("a value", at: position)
            }
            let start = position
            var value: JSONValue
            switch bytes[position] {
            case UInt8(ascii: "\""):
                value = .string(try readString())
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                value = .number(try readNumber())
            case UInt8(ascii: "["):
                try checkDepth(open.count, at: start)
                position += 1
                skipWhitespace()
                if current == UInt8(ascii: "]") {
                    position += 1
                    value = .array(JSONArray(elements: [], offset: start))
                } else {
                    let array = OpenContainer(offset: start, isObject: false, start: elements.count)
                    open.append(array)
                    afterComma = false
                    continue readingValues
                }
            case UInt8(ascii: "{"):
                try checkDepth(open.count, at: start)
                position += 1
                skipWhitespace()
                if current == UInt8(ascii: "}") {
                    position += 1
                    value = .object(JSONObject(members: [], offset: start))
                } else {
                    open.append(OpenContainer(offset: start, isObject: true, start: members.count))
                    try readKey(into: &members, afterComma: false)
                    afterComma = false
                    continue readingValues
                }
            case UInt8(ascii: "t"):
                try readLiteral("true")
                value = .bool(true)
            case UInt8(ascii: "f"):
                try readLiteral("false")
                value = .bool(false)
            case UInt8(ascii: "n"):
                try readLiteral("null")
                value = .null
            default:
                throw unexpectedValueStart(at: position, afterComma: afterComma)
            }

            while let container = open.last {
                skipWhitespace()
                if container.isObject {
                    members.setValueOfLast(value)
                    switch current {
                    case UInt8(ascii: ","):
                        position += 1
                        try readKey(into: &members, afterComma: true)
                        afterComma = false  // the value follows the ':', not the ','
                        continue readingValues
                    case UInt8(ascii: "}"):
                        position += 1
                        open.removeLast()
                        let object = members.removeSuffix(from: container.start)
                        value = .object(JSONObject(members: object, offset: container.offset))
                    default:
                        throw unexpected("',' or '}' after object member", at: position)
                    }
                } else {
                    elements.append(value)
                    switch current {
                    case UInt8(ascii: ","):
                        position += 1
                        afterComma = true
                        continue readingValues
                    case UInt8(ascii: "]"):
                        position += 1
                        open.removeLast()
                        let array = elements.removeSuffix(from: container.start)
                        value = .array(JSONArray(elements: array, offset: container.offset))
                    default:
                        throw unexpected("',' or ']' after array element", at: position)
                    }
                }
            }
            return value
        }
    }

    /// Reads `"key" :` and appends a member with that key and a `null`
    /// value, to be replaced once the value has been read; leaves `position`
    /// at the value.
    private mutating func readKey(
        into members: inout JSONValueStack<JSONMember>, afterComma: Bool
    ) throws(JSONSyntaxError) {
        skipWhitespace()
        guard current == UInt8(ascii: "\"") else {
            if afterComma, current == UInt8(ascii: "}") {
                throw unexpected(
                    "a string key after ',' in object", at: position,
                    hint: " (trailing commas are not allowed)")
            }
            let hint = current == UInt8(ascii: "'") ? " (keys must use double quotes)" : ""
            throw unexpected(
                afterComma ? "a string key after ',' in object" : "a string key or '}' in object",
                at: position, hint: hint)
        }
        let keyOffset = position
        let key = try readString()
        skipWhitespace()
        guard current == UInt8(ascii: ":") else {
            throw unexpected("':' after object key", at: position)
        }
        position += 1
        members.append(JSONMember(key: key, value: .null, keyOffset: keyOffset))
    }

    /// Throws when opening one more container inside `openCount` would exceed `maximumDepth`.
    @inline(__always)
    private func checkDepth(_ openCount: Int, at offset: Int) throws(JSONSyntaxError) {
        if openCount >= maximumDepth {
            throw error("nesting deeper than \(maximumDepth) levels", at: offset)
        }
    }
}

