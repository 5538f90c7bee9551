/// Whether ids seen one by one are all different, as `Set<String>` judges (canonically
/// equivalent texts are equal): the fast decoder's check of edge ids, without hashing each
/// id with `Hasher` (a third of the cost of a `Set<String>` insert).
///
/// ASCII ids are kept as bytes (two ASCII texts are equal exactly when their bytes are). An
/// id with any other byte may equal a differently spelled one (`"\u{212A}"` is `"K"`): it is
/// only noted, and the caller checks all ids with a `Set<String>` once it has them all.
///
/// ```swift
/// var ids = DistinctIDs()
/// guard ids.insert("e1") else { /* a duplicate */ }
/// if ids.needsFullCheck { /* check every id with a Set<String> */ }
/// ```
struct DistinctIDs: Sendable {
    private var bytes: [UInt8] = []
    /// `bytes[starts[key] ..< starts[key + 1]]` is key `key`.
    private var starts: [Int32] = [0]
    /// Open addressing: the key's hash's top 32 bits, then its number + 1; 0 for an empty
    /// slot. A probe compares the hash bits before it looks at the key's bytes.
    private var slots = [UInt64](repeating: 0, count: 64)
    /// An id was not ASCII (or there were too many to number): only a full check decides.
    private(set) var needsFullCheck = false

    init() {}

    /// The number of ASCII ids kept.
    var count: Int { starts.count - 1 }

    /// Adds `id`; false when an equal id was added before (as far as ASCII ids tell).
    /// - Complexity: O(|id|) amortised.
    mutating func insert(_ id: String) -> Bool {
        var id = id
        return id.withUTF8 { key in
            guard key.allSatisfy({ $0 < 0x80 }), bytes.count + key.count < Int(Int32.max) else {
                needsFullCheck = true
                return true
            }
            let hash = ByteHash.hash(key)
            guard find(key, hash: hash) == nil else { return false }
            bytes.append(contentsOf: key)
            starts.append(Int32(bytes.count))
            if count * 2 > slots.count { rehash(to: slots.count * 2) } else { place(count - 1, hash: hash) }
            return true
        }
    }

    /// Whether any id kept here is kept in `other` too.
    /// - Complexity: O(total length of the ids kept here).
    func overlaps(_ other: DistinctIDs) -> Bool {
        bytes.withUnsafeBufferPointer { all in
            for key in 0..<count {
                let id = UnsafeBufferPointer(rebasing: all[Int(starts[key])..<Int(starts[key + 1])])
                if other.find(id, hash: ByteHash.hash(id)) != nil { return true }
            }
            return false
        }
    }

    private func find(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
        let mask = slots.count - 1
        let tag = hash & 0xFFFF_FFFF_0000_0000
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let entry = slots[slot]
            if entry & 0xFFFF_FFFF_0000_0000 == tag {
                let index = Int(entry & 0xFFFF_FFFF) - 1
                let start = Int(starts[index])
                if Int(starts[index + 1]) - start == key.count
                    && bytes.withUnsafeBufferPointer({ ByteHash.equal($0, from: start, key) }) {
                    return index
                }
            }
            slot = (slot + 1) & mask
        }
        return nil
    }

    private mutating func place(_ index: Int, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = hash & 0xFFFF_FFFF_0000_0000 | UInt64(index + 1)
    }

    private mutating func rehash(to capacity: Int) {
        slots = [UInt64](repeating: 0, count: capacity)
        for index in 0..<count {
            let hash = bytes.withUnsafeBufferPointer {
                ByteHash.hash(UnsafeBufferPointer(rebasing: $0[Int(starts[index])..<Int(starts[index + 1])]))
            }
            place(index, hash: hash)
        }
    }
}
