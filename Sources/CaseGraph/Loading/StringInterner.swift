/// Strings already made, found again by their UTF-8 bytes: the fast decoder reads an
/// edge's endpoints as the very `String`s of the node ids (one allocation per id, not one
/// per mention). A byte-equal string is the same `String`, so answers do not change.
struct StringInterner {
    private var bytes: [UInt8] = []
    /// `bytes[starts[key] ..< starts[key + 1]]` is the key of `strings[key]`.
    private var starts: [Int32] = [0]
    private var strings: [String] = []
    /// Open addressing: the key's number + 1, 0 for an empty slot.
    private var slots = [Int32](repeating: 0, count: 64)

    /// Adds `string` (ignored when a byte-equal one is there).
    /// - Complexity: O(|string|) amortised.
    mutating func add(_ string: String) {
        var utf8 = string
        utf8.withUTF8 { key in
            let hash = ByteHash.hash(key)
            guard find(key, hash: hash) == nil else { return }
            bytes.append(contentsOf: key)
            starts.append(Int32(truncatingIfNeeded: bytes.count))
            strings.append(string)
            if strings.count * 2 > slots.count { rehash(to: slots.count * 2) } else { place(strings.count - 1, hash: hash) }
        }
    }

    /// The string whose bytes are `key`, if one was added.
    /// - Complexity: O(|key|) expected.
    func string(for key: UnsafeBufferPointer<UInt8>) -> String? {
        find(key, hash: ByteHash.hash(key)).map { strings[$0] }
    }

    private func find(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let index = Int(slots[slot]) - 1
            let start = Int(starts[index]), end = Int(starts[index + 1])
            if end - start == key.count && bytes.withUnsafeBufferPointer({ ByteHash.equal($0, from: start, key) }) {
                return index
            }
            slot = (slot + 1) & mask
        }
        return nil
    }

    private mutating func place(_ index: Int, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(truncatingIfNeeded: index + 1)
    }

    private mutating func rehash(to capacity: Int) {
        slots = [Int32](repeating: 0, count: capacity)
        for index in strings.indices {
            let hash = bytes.withUnsafeBufferPointer {
                ByteHash.hash(UnsafeBufferPointer(rebasing: $0[Int(starts[index])..<Int(starts[index + 1])]))
            }
            place(index, hash: hash)
        }
    }
}
