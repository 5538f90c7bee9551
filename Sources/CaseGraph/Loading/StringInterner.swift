/// Strings already made, found again by their UTF-8 bytes: the fast decoder reads an
/// edge's endpoints as the very `String`s of the node ids (one allocation per id, not one
/// per mention). A byte-equal string is the same `String`, so answers do not change.
struct StringInterner: Sendable {
    /// Key k is the UTF-8 of `strings[k]`.
    private var keys = ByteKeyTable()
    private var strings: [String] = []

    /// Adds `string` (ignored when a byte-equal one is there, or when the table is full).
    /// - Complexity: O(|string|) amortised.
    mutating func add(_ string: String) {
        var utf8 = string
        utf8.withUTF8 { key in
            let hash = ByteHash.hash(key)
            guard keys.find(key, hash: hash) == nil, keys.hasRoom(forBytes: key.count) else { return }
            keys.append(key, hash: hash)
            strings.append(string)
        }
    }

    /// The string whose bytes are `key`, if one was added.
    /// - Complexity: O(|key|) expected.
    func string(for key: UnsafeBufferPointer<UInt8>) -> String? {
        keys.find(key).map { strings[$0] }
    }
}
