/// A parsed JSON value.
///
/// Numbers keep their literal text exactly as written, so nothing is lost to
/// floating-point conversion: huge integers, negative zero and exponent forms
/// such as `-1.5e400` survive unchanged. Converting them is the reader's choice.
///
/// ```swift
/// let value = try JSONParser.parse(#"{"id": "n1", "weight": 1.50}"#)
/// if case .object(let object) = value, case .number(let text)? = object["weight"] {
///     print(text) // "1.50"
/// }
/// ```
///
/// The enum is not declared `indirect`: its recursive cases hold arrays, which
/// already live on the heap, so boxing every value would only add an
/// allocation per value to parsing without changing the behaviour.
///
/// Equality, copying and destruction of a value are recursive in its nesting
/// depth; `JSONParser` bounds that depth (``JSONParser/defaultMaximumDepth``).
public enum JSONValue: Sendable, Equatable {
    /// The literal `null`.
    case null
    /// The literal `true` or `false`.
    case bool(Bool)
    /// A number, as the literal exactly as written, e.g. `"120"`, `"-1.5e400"`.
    case number(String)
    /// A string, with its escapes decoded.
    case string(String)
    /// An array, with the byte offset of its `[`.
    case array(JSONArray)
    /// An object, with its members in document order and the byte offset of its `{`.
    case object(JSONObject)
}

extension JSONValue {
    /// The JSON name of this value's type, for error messages:
    /// `"null"`, `"boolean"`, `"number"`, `"string"`, `"array"` or `"object"`.
    ///
    /// - Complexity: O(1).
    public var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }

    /// The string, if this value is a string; otherwise `nil`.
    ///
    /// - Complexity: O(1).
    public var stringValue: String? {
        if case .string(let text) = self { text } else { nil }
    }

    /// The array, if this value is an array; otherwise `nil`.
    ///
    /// - Complexity: O(1).
    public var arrayValue: JSONArray? {
        if case .array(let array) = self { array } else { nil }
    }

    /// The object, if this value is an object; otherwise `nil`.
    ///
    /// - Complexity: O(1).
    public var objectValue: JSONObject? {
        if case .object(let object) = self { object } else { nil }
    }
}

/// A JSON array: its elements and where it starts in the source.
public struct JSONArray: Sendable, Equatable {
    /// The elements, in document order.
    public var elements: [JSONValue]
    /// The byte offset of the array's `[` in the source.
    public var offset: Int

    /// Creates an array from its elements and the byte offset of its `[`.
    ///
    /// - Complexity: O(1).
    public init(elements: [JSONValue], offset: Int) {
        self.elements = elements
        self.offset = offset
    }
}

/// One `"key": value` pair of a JSON object.
public struct JSONMember: Sendable, Equatable {
    /// The key, with its escapes decoded.
    public var key: String
    /// The value.
    public var value: JSONValue
    /// The byte offset of the key's opening quote in the source.
    public var keyOffset: Int

    /// Creates a member from its key, value and the byte offset of the key's opening quote.
    ///
    /// - Complexity: O(1).
    public init(key: String, value: JSONValue, keyOffset: Int) {
        self.key = key
        self.value = value
        self.keyOffset = keyOffset
    }
}

/// A JSON object: its members in document order and where it starts in the source.
///
/// Duplicate keys are kept, in order, so that a loader can report them;
/// ``subscript(_:)`` returns the first.
public struct JSONObject: Sendable, Equatable {
    /// The members, in document order; duplicate keys are kept.
    public var members: [JSONMember]
    /// The byte offset of the object's `{` in the source.
    public var offset: Int

    /// Creates an object from its members and the byte offset of its `{`.
    ///
    /// - Complexity: O(1).
    public init(members: [JSONMember], offset: Int) {
        self.members = members
        self.offset = offset
    }

    /// The value of the first member with `key`, or `nil` if there is none.
    ///
    /// ```swift
    /// object["id"]  // .string("n1")
    /// ```
    ///
    /// - Complexity: O(*n*), where *n* is the number of members.
    public subscript(key: String) -> JSONValue? {
        member(named: key)?.value
    }

    /// The first member with `key`, or `nil` if there is none.
    ///
    /// - Complexity: O(*n*), where *n* is the number of members.
    public func member(named key: String) -> JSONMember? {
        members.first { $0.key == key }
    }
}
