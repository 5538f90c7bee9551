/// A property value as the format allows it: a string, a number, a boolean or an array of those.
///
/// Numbers keep the literal text of the file, so nothing is rounded or lost:
/// `120`, `-3`, `1.5e400` print back exactly as written.
///
/// Not `indirect`: an indirect enum boxes every value on the heap, and a graph holds millions
/// of them (an array is a reference already, so the recursion needs no box).
public enum PropertyValue: Sendable, Hashable {
    case string(String)
    case number(String)
    case bool(Bool)
    case array([PropertyValue])

    /// The value as a person reads it: strings bare, arrays comma-separated.
    public var displayText: String {
        switch self {
        case .string(let text): return text
        case .number(let literal): return literal
        case .bool(let flag): return flag ? "true" : "false"
        case .array(let elements): return elements.map(\.displayText).joined(separator: ", ")
        }
    }

    /// The string, when the value is one.
    public var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }
}

/// One property of a node or edge.
///
/// When two files give the same key different values, the entity keeps one
/// `Property` per value, each naming the file it came from.
public struct Property: Sendable, Hashable {
    public var key: String
    public var value: PropertyValue
    /// The file that stated this value.
    public var origin: String

    public init(key: String, value: PropertyValue, origin: String) {
        self.key = key
        self.value = value
        self.origin = origin
    }
}

extension Array where Element == Property {
    /// The first value given for `key`, if any.
    public func first(_ key: String) -> PropertyValue? {
        first(where: { $0.key == key })?.value
    }
}
