/// The merger's table of node ids: node k's id is entry k, found by its UTF-8 bytes with an
/// open-addressing hash table, without hashing a `String`.
///
/// Answers what a `[String: Int32]` of the same ids answers, where ids compare as `String`s
/// (canonical equivalence): equal bytes are equal `String`s, so a byte match is certain;
/// a miss is certain when the id and every stored id are ASCII (an ASCII string equals only
/// itself, and a non-ASCII one can equal an ASCII one: "\u{212A}" is "K"); any other miss is
/// confirmed with a `[String: Int32]`, made on first need and kept up to date after.
///
/// ```swift
/// var ids = NodeIDTable()
/// ids.append("caf\u{E9}")               // node 0
/// ids.index(of: "cafe\u{301}")          // 0: canonically equal
/// ```
struct NodeIDTable {
    /// The ids' bytes, one after the other: `bytes[starts[k] ..< starts[k + 1]]` is node k's.
    private var bytes: [UInt8] = []
    private var starts: [Int32] = [0]
    /// Slots: 0 for empty, else the node + 1 in the low half and the hash's high half in the
    /// high half (most probes that do not match stop at the comparison of halves).
    private var slots = [UInt64](repeating: 0, count: 16)
    /// Whether some stored id is not ASCII (then an ASCII id's byte miss is not certain).
    private var hasNonASCII = false
    /// The ids as `String`s, for the misses bytes cannot decide; nil until first needed.
    private var byString: [String: Int32]?

    init() {}

    /// The number of ids.
    var count: Int { starts.count - 1 }

    /// The node whose id equals `id` as a `String`.
    /// - Complexity: O(|id|) expected; the first miss that bytes cannot decide builds the
    ///   `String` table, O(total length of the ids).
    mutating func index(of id: String) -> Int32? {
        let (found, ascii) = Self.withBytes(of: id) { wanted in
            (find(wanted, hash: ByteHash.hash(wanted)), Self.isASCII(wanted))
        }
        if let found { return Int32(truncatingIfNeeded: found) }
        if ascii && !hasNonASCII { return nil }
        return stringTable()[id]
    }

    /// Makes room for `ids` more ids of `bytes` bytes in all, so that adding them does not
    /// grow the buffers by doubling.
    /// - Complexity: O(number of ids stored).
    mutating func reserveCapacity(ids: Int, bytes byteCount: Int) {
        bytes.reserveCapacity(bytes.count + byteCount)
        starts.reserveCapacity(starts.count + ids)
        while (count + ids) * 2 > slots.count { grow() }
    }

    /// Adds `id` as the next node's. The caller makes sure no equal id is stored.
    /// - Complexity: O(|id|) amortised.
    mutating func append(_ id: String) {
        let node = count
        let (hash, ascii) = Self.withBytes(of: id) { wanted -> (UInt64, Bool) in
            bytes.append(contentsOf: wanted)
            return (ByteHash.hash(wanted), Self.isASCII(wanted))
        }
        starts.append(Int32(truncatingIfNeeded: bytes.count))
        if !ascii { hasNonASCII = true }
        if node * 2 >= slots.count { grow() }
        insert(node: node, hash: hash)
        byString?[id] = Int32(truncatingIfNeeded: node)
    }

    // MARK: - Internals

    private static func withBytes<Result>(of id: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = id.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(id.utf8).withUnsafeBufferPointer(body)
    }

    private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var union: UInt8 = 0
        for byte in bytes { union |= byte }
        return union < 0x80
    }

    private mutating func stringTable() -> [String: Int32] {
        if let byString { return byString }
        var table = [String: Int32](minimumCapacity: count)
        bytes.withUnsafeBufferPointer { buffer in
            for node in 0..<count {
                let id = String(decoding: buffer[Int(starts[node])..<Int(starts[node + 1])], as: UTF8.self)
                if table[id] == nil { table[id] = Int32(truncatingIfNeeded: node) }
            }
        }
        byString = table
        return table
    }

    private mutating func insert(node: Int, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = (hash & 0xFFFF_FFFF_0000_0000) | UInt64(node + 1)
    }

    private mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: 0, count: old.count * 2)
        for entry in old where entry != 0 {
            let node = Int(entry & 0xFFFF_FFFF) - 1
            let hash = bytes.withUnsafeBufferPointer {
                ByteHash.hash(UnsafeBufferPointer(rebasing: $0[Int(starts[node])..<Int(starts[node + 1])]))
            }
            insert(node: node, hash: hash)
        }
    }

    /// The node whose id's bytes equal `wanted`, if any.
    private func find(_ wanted: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
        let tag = hash & 0xFFFF_FFFF_0000_0000
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        return bytes.withUnsafeBufferPointer { stored -> Int? in
            slots.withUnsafeBufferPointer { slots -> Int? in
                while true {
                    let entry = slots[slot]
                    if entry == 0 { return nil }
                    if entry & 0xFFFF_FFFF_0000_0000 == tag {
                        let node = Int(entry & 0xFFFF_FFFF) - 1
                        let start = Int(starts[node]), end = Int(starts[node + 1])
                        if end - start == wanted.count, ByteHash.equal(stored, from: start, wanted) { return node }
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
    }
}
