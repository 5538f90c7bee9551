/// Type names numbered in order of first use: each value's code, and the names by code.
///
/// A graph has few node and edge types: while there are at most 16, a name is looked for in
/// the list before the dictionary (equal small strings compare as two words, without hashing).
struct TypeCodes {
    /// Each value's code, in the order of the values.
    private(set) var codes: [Int32] = []
    /// The names, indexed by code.
    private(set) var names: [String] = []
    private(set) var codeByName: [String: Int32] = [:]

    /// - Complexity: O(n) for n values.
    init(_ values: some Sequence<String>) {
        codes.reserveCapacity(values.underestimatedCount)
        for value in values { codes.append(code(of: value)) }
    }

    private mutating func code(of name: String) -> Int32 {
        if names.count <= 16, let code = names.firstIndex(of: name) { return Int32(code) }
        if let code = codeByName[name] { return code }
        let code = Int32(names.count)
        codeByName[name] = code
        names.append(name)
        return code
    }
}
