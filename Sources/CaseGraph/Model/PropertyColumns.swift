/// Many ``Property`` values held column by column: the properties of a graph's nodes or edges.
///
/// A `Property` is 56 bytes (a key and an origin `String`, a value of up to a `String`);
/// millions of them are most of what a list of edges holds beyond its quotes. Here a
/// property is a key code, an origin code (``NameCodes``), a kind byte and, for a string or
/// a number, its text in a ``PackedStrings``: about 13 bytes and the text. Arrays, rare, are
/// kept whole beside, by property number.
///
/// ```swift
/// var columns = PropertyColumns()
/// columns.append(Property(key: "date", value: .string("2016-03-01"), origin: "case.json"))
/// columns[0].value          // .string("2016-03-01")
/// columns.key(of: 0)        // "date"
/// ```
struct PropertyColumns: Sendable {
    /// What a property's value is; a string's or a number's text is in `texts`.
    enum Kind: UInt8, Sendable {
        case string, number, isFalse, isTrue, array
    }

    private(set) var keys = NameCodes()
    private(set) var origins = NameCodes()
    private(set) var kinds: [Kind] = []
    /// Each property's text: a string's or a number's literal, "" for the other kinds.
    private(set) var texts = PackedStrings()
    /// The values of the properties that are arrays, by property number.
    private(set) var arrays: [Int32: [PropertyValue]] = [:]

    init() {}

    var count: Int { kinds.count }
    var isEmpty: Bool { kinds.isEmpty }
    /// The number of properties the columns hold without growing.
    var capacity: Int { kinds.capacity }
    /// The bytes of the strings' and numbers' texts.
    var textBytes: Int { texts.byteCount }

    /// Appends `property`.
    /// - Complexity: O(size of the value) amortised.
    mutating func append(_ property: Property) {
        appendKey(keys.code(of: property.key), origin: origins.code(of: property.origin))
        appendValue(property.value)
    }

    /// Appends the key and origin of the next property, whose value comes next (one of the
    /// `appendValue` or ``appendText(_:kind:)``).
    mutating func appendKey(_ key: Int32, origin: Int32) {
        keys.append(code: key)
        origins.append(code: origin)
    }

    /// The code of `key`, numbered now if new (for ``appendKey(_:origin:)``).
    mutating func code(ofKey key: String) -> Int32 { keys.code(of: key) }

    /// The code of the file `origin`, numbered now if new (for ``appendKey(_:origin:)``).
    mutating func code(ofOrigin origin: String) -> Int32 { origins.code(of: origin) }

    /// Appends the value of the property whose key was appended last.
    mutating func appendValue(_ value: PropertyValue) {
        switch value {
        case .string(let text): appendText(text, kind: .string)
        case .number(let literal): appendText(literal, kind: .number)
        case .bool(let flag): appendText("", kind: flag ? .isTrue : .isFalse)
        case .array(let elements):
            arrays[Int32(truncatingIfNeeded: kinds.count)] = elements
            appendText("", kind: .array)
        }
    }

    /// Appends a string or number value by its text.
    mutating func appendText(_ text: String, kind: Kind) {
        texts.append(text)
        kinds.append(kind)
    }

    /// Appends a string value whose UTF-8 was appended to `texts` by `write`.
    mutating func appendString(writing write: (inout PackedStrings) throws -> Void) rethrows {
        try write(&texts)
        kinds.append(.string)
    }

    /// Makes room for `properties` more properties of `textBytes` bytes of text.
    mutating func reserveCapacity(_ properties: Int, textBytes: Int) {
        keys.reserveCapacity(values: properties)
        origins.reserveCapacity(values: properties)
        kinds.reserveCapacity(kinds.count + properties)
        texts.reserveCapacity(texts: properties, bytes: textBytes)
    }

    /// Property k's key code.
    func keyCode(of property: Int) -> Int32 { keys.codes[property] }

    /// Property k's key.
    func key(of property: Int) -> String { keys[property] }

    /// Property k's value.
    /// - Complexity: O(size of the value).
    func value(of property: Int) -> PropertyValue {
        switch kinds[property] {
        case .string: return .string(texts[property])
        case .number: return .number(texts[property])
        case .isFalse: return .bool(false)
        case .isTrue: return .bool(true)
        case .array: return .array(arrays[Int32(truncatingIfNeeded: property)] ?? [])
        }
    }

    /// Property k.
    subscript(property: Int) -> Property {
        Property(key: key(of: property), value: value(of: property), origin: origins[property])
    }

    /// The first of `range`'s properties whose key is `key`, if any.
    /// - Complexity: O(|range|).
    func first(_ key: String, in range: Range<Int>) -> Int? {
        guard let code = keys.existingCode(of: key) else { return nil }
        return range.first { keys.codes[$0] == code }
    }

    /// The date of `range`'s properties (the first `date` one), when it is a well-formed one.
    func date(in range: Range<Int>) -> CaseDate? {
        first("date", in: range).flatMap { value(of: $0).stringValue }.flatMap(CaseDate.init)
    }

    /// Appends every property of `other`, in order, codes renumbered.
    /// - Complexity: O(size of `other`).
    mutating func append(contentsOf other: PropertyColumns) {
        let base = Int32(truncatingIfNeeded: kinds.count)
        keys.append(contentsOf: other.keys)
        origins.append(contentsOf: other.origins)
        kinds.append(contentsOf: other.kinds)
        texts.append(contentsOf: other.texts)
        for (property, elements) in other.arrays { arrays[base + property] = elements }
    }

    /// Removes the properties from `index` on, and any part written of the next one (its key
    /// without its value, say: a record cut off part way).
    mutating func removeSuffix(from index: Int) {
        keys.removeValues(from: index)
        origins.removeValues(from: index)
        if index < kinds.count { kinds.removeSubrange(index...) }
        texts.removeSuffix(from: index)
        if !arrays.isEmpty { arrays = arrays.filter { Int($0.key) < index } }
    }
}
