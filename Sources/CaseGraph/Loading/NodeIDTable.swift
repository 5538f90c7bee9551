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
    /// A slot: `node` 0 for empty, else the node + 1, with the hash's high half (most probes
    /// that do not match stop at it) and where the id's bytes are (a look-up reads the slot,
    /// then the bytes: two places in memory).
    private struct Slot {
        var tag: UInt32 = 0
        var node: Int32 = 0
        var start: Int32 = 0
        var count: Int32 = 0
    }

    /// The ids' bytes, one after the other, in node order.
    private var bytes: [UInt8] = []
    private var slots = [Slot](repeating: Slot(), count: 16)
    /// Whether some stored id is not ASCII (then an ASCII id's byte miss is not certain).
    private var hasNonASCII = false
    /// The ids as `String`s, for the misses bytes cannot decide; nil until first needed.
    private var byString: [String: Int32]?

    init() {}

    /// The number of ids.
    private(set) var count = 0

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

    /// Adds `id` as the next node's. The caller makes sure no equal id is stored.
    /// - Complexity: O(|id|) amortised.
    mutating func append(_ id: String) {
        let node = count
        let start = bytes.count
        let (hash, ascii) = Self.withBytes(of: id) { wanted -> (UInt64, Bool) in
            bytes.append(contentsOf: wanted)
            return (ByteHash.hash(wanted), Self.isASCII(wanted))
        }
        count += 1
        if !ascii { hasNonASCII = true }
        if node * 2 >= slots.count { grow() }
        insert(Slot(tag: 0, node: Int32(truncatingIfNeeded: node + 1), start: Int32(truncatingIfNeeded: start),
                    count: Int32(truncatingIfNeeded: bytes.count - start)), hash: hash)
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
            for slot in slots where slot.node != 0 {
                let id = String(decoding: buffer[Int(slot.start)..<Int(slot.start + slot.count)], as: UTF8.self)
                table[id] = slot.node - 1
            }
        }
        byString = table
        return table
    }

    private mutating func insert(_ slot: Slot, hash: UInt64) {
        let mask = slots.count - 1
        var position = Int(truncatingIfNeeded: hash) & mask
        while slots[position].node != 0 { position = (position + 1) & mask }
        slots[position] = slot
        slots[position].tag = UInt32(truncatingIfNeeded: hash >> 32)
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: old.count * 2)
        for slot in old where slot.node != 0 {
            let hash = bytes.withUnsafeBufferPointer {
                ByteHash.hash(UnsafeBufferPointer(rebasing: $0[Int(slot.start)..<Int(slot.start + slot.count)]))
            }
            insert(slot, hash: hash)
        }
    }

    /// The node whose id's bytes equal `wanted`, if any.
    private func find(_ wanted: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
        let tag = UInt32(truncatingIfNeeded: hash >> 32)
        let mask = slots.count - 1
        var position = Int(truncatingIfNeeded: hash) & mask
        return bytes.withUnsafeBufferPointer { stored -> Int? in
            slots.withUnsafeBufferPointer { slots -> Int? in
                while true {
                    let slot = slots[position]
                    if slot.node == 0 { return nil }
                    if slot.tag == tag && Int(slot.count) == wanted.count
                        && ByteHash.equal(stored, from: Int(slot.start), wanted) {
                        return Int(slot.node) - 1
                    }
                    position = (position + 1) & mask
                }
            }
        }
    }
}
