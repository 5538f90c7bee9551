/// Names numbered in order of first use — edge or node types, the documents citations
/// name — and a list of codes: each value's, in the order of the values.
///
/// Such lists have few distinct names: while there are at most 16, a name is looked for in
/// the list before the dictionary (equal small strings compare as two words, without hashing).
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
