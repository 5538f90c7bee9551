/// Byte strings numbered in the order they were added and found again by their bytes: the
/// keys packed one after the other, and an open-addressing table over them.
///
/// The loader's byte-keyed tables (``LocalNodeIDs``, ``DistinctIDs``, ``NodeIDTable``) are
/// this table plus what each adds: the `String`s themselves, or the rules for texts whose
/// bytes alone cannot decide equality. Each slot holds the key's hash's top 32 bits and its
/// number + 1 (0: empty), so most probes that do not match stop at the comparison of hash bits,
/// and where the key's bytes start and how many there are, so that a probe that matches goes
/// to them straight (one read from memory fewer than through `starts`: look-ups of a large
/// table wait on memory). The table is at most half full.
///
/// ```swift
/// var table = ByteKeyTable()
/// let key = Array("e-1".utf8)
/// key.withUnsafeBufferPointer { bytes in
///     if table.find(bytes) == nil { _ = table.append(bytes) }   // key number 0
/// }
/// ```
struct ByteKeyTable: Sendable {
    /// The keys, one after the other: `bytes[starts[k] ..< starts[k + 1]]` is key k.
    private var bytes: [UInt8] = []
    private var starts: [Int32] = [0]
    private var slots = [Slot](repeating: Slot(), count: 16)

    /// A place in the table: 16 bytes, four to a cache line.
    struct Slot: Sendable {
        /// The hash's top 32 bits and the key's number + 1; 0 when the slot is empty.
        var entry: UInt64 = 0
        /// Where the key's bytes start, and how many there are.
        var start: UInt32 = 0
        var length: UInt32 = 0

        /// The key number here when its hash bits match `hash`'s.
        @inline(__always)
        func candidate(hash: UInt64) -> Int? {
            guard entry != 0, entry & 0xFFFF_FFFF_0000_0000 == hash & 0xFFFF_FFFF_0000_0000 else { return nil }
            return Int(entry & 0xFFFF_FFFF) - 1
        }
    }

    init() {}

    /// The number of keys.
    var count: Int { starts.count - 1 }

    /// Whether a key of `length` more bytes fits (offsets are 32-bit).
    func hasRoom(forBytes length: Int) -> Bool {
        bytes.count + length < Int(Int32.max)
    }

    /// Makes room for `keys` more keys of `byteCount` bytes in all, so that adding them does not
    /// grow the buffers by doubling.
    /// - Complexity: O(number of keys stored).
    mutating func reserveCapacity(keys: Int, bytes byteCount: Int) {
        bytes.reserveCapacity(bytes.count + byteCount)
        starts.reserveCapacity(starts.count + keys)
        while (count + keys) * 2 > slots.count { grow() }
    }

    /// Adds `key` as the next number and returns that number. The caller makes sure that no
    /// equal key is stored and that it fits (``hasRoom(forBytes:)``).
    /// - Complexity: O(|key|) amortised.
    @discardableResult
    mutating func append(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int {
        let number = count
        bytes.append(contentsOf: key)
        starts.append(Int32(truncatingIfNeeded: bytes.count))
        if count * 2 > slots.count { grow() } else { insert(number, hash: hash) }
        return number
    }

    /// ``append(_:hash:)`` with the key's hash computed here.
    @discardableResult
    mutating func append(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        append(key, hash: ByteHash.hash(key))
    }

    /// The number of the key equal to `wanted`, if any.
    /// - Complexity: O(|wanted|) expected.
    func find(_ wanted: UnsafeBufferPointer<UInt8>) -> Int? {
        find(wanted, hash: ByteHash.hash(wanted))
    }

    /// ``find(_:)`` given the key's ``ByteHash`` hash.
    func find(_ wanted: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: hash) & mask
        return bytes.withUnsafeBufferPointer { stored -> Int? in
            slots.withUnsafeBufferPointer { slots -> Int? in
                while true {
                    let slot = slots[index]
                    if slot.entry == 0 { return nil }
                    if let number = slot.candidate(hash: hash), Int(slot.length) == wanted.count,
                       ByteHash.equal(stored, from: Int(slot.start), wanted) {
                        return number
                    }
                    index = (index + 1) & mask
                }
            }
        }
    }

    /// Asks for the slot a key of hash `hash` is looked for first, ahead of its look-up or
    /// insertion: a hint that never waits.
    @inline(__always)
    func prefetchSlot(hash: UInt64) {
        slots.prefetchElement(at: Int(truncatingIfNeeded: hash) & (slots.count - 1))
    }

    /// Calls `body` with raw views of the keys' bytes, the slots, and the slot mask (for
    /// ``find(_:_:)``'s reads ahead).
    func withStorage<Result>(
        _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<Slot>, Int) throws -> Result
    ) rethrows -> Result {
        try bytes.withUnsafeBufferPointer { bytes in
            try slots.withUnsafeBufferPointer { slots in try body(bytes, slots, slots.count - 1) }
        }
    }

    /// Calls `body` with the bytes of key `number`.
    func withKey<Result>(_ number: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try bytes.withUnsafeBufferPointer { stored in
            try body(UnsafeBufferPointer(rebasing: stored[Int(starts[number])..<Int(starts[number + 1])]))
        }
    }

    private mutating func insert(_ number: Int, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot].entry != 0 { slot = (slot + 1) & mask }
        let start = starts[number], end = starts[number + 1]
        slots[slot] = Slot(entry: (hash & 0xFFFF_FFFF_0000_0000) | UInt64(number + 1), start: UInt32(bitPattern: start),
                           length: UInt32(bitPattern: end &- start))
    }

    /// Doubles the slots and places every key again (including one just appended).
    private mutating func grow() {
        slots = [Slot](repeating: Slot(), count: slots.count * 2)
        for number in 0..<count {
            insert(number, hash: withKey(number) { ByteHash.hash($0) })
        }
    }
}
