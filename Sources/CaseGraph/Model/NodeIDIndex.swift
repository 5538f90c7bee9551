/// A graph's nodes by id: an open-addressing table of node numbers over the node list's own
/// id column (``PackedStrings``, shared, not copied), found by the id's UTF-8 bytes.
///
/// Answers what a `[String: Int32]` of the same ids answers, where ids compare as `String`s
/// (canonical equivalence): a byte match is certain; a miss is certain when every id is ASCII
/// (an ASCII id equals only its own bytes, and a non-ASCII one can equal an ASCII one:
/// "\u{212A}" is "K"). A graph with a non-ASCII id also keeps a `[String: Int32]`, asked on a
/// byte miss.
///
/// ```swift
/// let index = NodeIDIndex(ids: nodes.ids)
/// index.index(of: "cafe\u{301}")   // the node whose id is "caf\u{E9}"
/// ```
struct NodeIDIndex: Sendable {
    private let ids: PackedStrings
    /// Each slot: the id's hash's top 32 bits and its node + 1 (0: empty). At most half full.
    private let slots: [UInt64]
    /// The ids as `String`s, when some id is not ASCII.
    private let byString: [String: Int32]?

    /// - Precondition: no two ids are equal as `String`s.
    /// - Complexity: O(total length of the ids).
    init(ids: PackedStrings) {
        self.ids = ids.contiguous()  // looked up in one buffer
        var capacity = 16
        while capacity < ids.count * 2 { capacity <<= 1 }
        var slots = [UInt64](repeating: 0, count: capacity)
        var allASCII = true
        let mask = capacity - 1
        for node in 0..<ids.count {
            let (hash, isASCII) = ids.withBytes(node) { ByteHash.hashNotingASCII($0) }
            allASCII = allASCII && isASCII
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = (hash & 0xFFFF_FFFF_0000_0000) | UInt64(node + 1)
        }
        self.slots = slots
        if allASCII {
            byString = nil
        } else {
            var table = [String: Int32](minimumCapacity: ids.count)
            for node in 0..<ids.count { table[ids[node]] = Int32(truncatingIfNeeded: node) }
            byString = table
        }
    }

    /// The number of ids.
    var count: Int { ids.count }

    /// The node whose id equals `id` as a `String`.
    /// - Complexity: O(|id|) expected.
    func index(of id: String) -> Int32? {
        var id = id
        return id.withUTF8 { wanted -> Int32? in
            let (hash, isASCII) = ByteHash.hashNotingASCII(wanted)
            if let found = find(wanted, hash: hash) { return found }
            if isASCII && byString == nil { return nil }
            return byString?[String(decoding: wanted, as: UTF8.self)]
        }
    }

    private func find(_ wanted: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32? {
        let tag = hash & 0xFFFF_FFFF_0000_0000
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        return ids.bytes.withUnsafeBufferPointer { stored -> Int32? in
            while true {
                let entry = slots[slot]
                if entry == 0 { return nil }
                if entry & 0xFFFF_FFFF_0000_0000 == tag {
                    let node = Int(entry & 0xFFFF_FFFF) - 1
                    let range = ids.range(node)
                    if range.count == wanted.count, ByteHash.equal(stored, from: range.lowerBound, wanted) {
                        return Int32(truncatingIfNeeded: node)
                    }
                }
                slot = (slot + 1) & mask
            }
        }
    }
}
