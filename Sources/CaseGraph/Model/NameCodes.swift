/// Names numbered in order of first use — edge or node types, the documents citations
/// name — and a list of codes: each value's, in the order of the values.
///
/// Such lists have few distinct names: while there are at most 16, a name is looked for in
/// the list before the dictionary (equal small strings compare as two words, without hashing).
/// A reader of names as bytes (the fast decoder) finds a name's code by its UTF-8 in a small
/// byte table, ``code(ofUTF8:accepting:)``, without making a `String` for a name seen before.
///
/// ```swift
/// var types = NameCodes(["knows", "arrested", "knows"])
/// types.codes   // [0, 1, 0]
/// types.names   // ["knows", "arrested"]
/// ```
struct NameCodes: Sendable {
    /// Each value's code, in the order of the values.
    private(set) var codes: [Int32] = []
    /// The names, indexed by code.
    private(set) var names: [String] = []
    private(set) var codeByName: [String: Int32] = [:]
    /// The UTF-8 spellings met by ``code(ofUTF8:accepting:)``: spelling k has code `spellingCodes[k]`.
    private var spellings = ByteKeyTable()
    private var spellingCodes: [Int32] = []

    init() {}

    /// - Complexity: O(n) for n values.
    init(_ values: some Sequence<String>) {
        codes.reserveCapacity(values.underestimatedCount)
        for value in values { append(value) }
    }

    /// The number of values.
    var count: Int { codes.count }

    /// Value k's name.
    subscript(value: Int) -> String {
        names[Int(codes[value])]
    }

    /// Appends a value.
    /// - Complexity: O(1) amortised: expected, beyond 16 names.
    mutating func append(_ name: String) {
        codes.append(code(of: name))
    }

    /// Makes room for `values` more values.
    mutating func reserveCapacity(values: Int) {
        codes.reserveCapacity(codes.count + values)
    }

    /// Appends a value by its name's code (from ``code(of:)`` or ``code(ofUTF8:accepting:)``).
    mutating func append(code: Int32) {
        codes.append(code)
    }

    /// The code of the name whose UTF-8 is `utf8`, numbered now if it is new; nil when the
    /// bytes were not seen before and `accept` refuses the name. Bytes seen before were
    /// accepted then: `accept` must answer the same for the same name each time.
    /// - Complexity: O(|utf8|) expected; O(|utf8|) more, a `String` and ``code(of:)``, for
    ///   bytes not seen before.
    mutating func code(ofUTF8 utf8: UnsafeBufferPointer<UInt8>, accepting accept: (String) -> Bool) -> Int32? {
        let hash = ByteHash.hash(utf8)
        if let spelling = spellings.find(utf8, hash: hash) { return spellingCodes[spelling] }
        let name = String(decoding: utf8, as: UTF8.self)
        guard accept(name) else { return nil }
        let code = code(of: name)
        if spellings.hasRoom(forBytes: utf8.count) {
            spellings.append(utf8, hash: hash)
            spellingCodes.append(code)
        }
        return code
    }

    /// Appends the values of `other`, their codes renumbered into this list's.
    /// - Complexity: O(other's values + names).
    mutating func append(contentsOf other: NameCodes) {
        let renumbered = other.names.map { code(of: $0) }
        codes.append(contentsOf: other.codes.lazy.map { renumbered[Int($0)] })
    }

    /// Removes the values from `index` on (their names stay numbered).
    mutating func removeValues(from index: Int) {
        if index < codes.count { codes.removeSubrange(index...) }
    }

    /// The code of `name`, if it is numbered.
    func existingCode(of name: String) -> Int32? {
        if names.count <= 16 { return names.firstIndex(of: name).map { Int32($0) } }
        return codeByName[name]
    }

    /// The code of `name`, numbered now if it is new.
    mutating func code(of name: String) -> Int32 {
        if names.count <= 16, let code = names.firstIndex(of: name) { return Int32(code) }
        if let code = codeByName[name] { return code }
        let code = Int32(names.count)
        codeByName[name] = code
        names.append(name)
        return code
    }
}
