/// Byte strings numbered in the order they were added and found again by their bytes: the
/// keys packed one after the other, and an open-addressing table over them.
///
/// The loader's byte-keyed tables (``LocalNodeIDs``, ``DistinctIDs``, ``NodeIDTable``) are
/// this table plus what each adds: the `String`s themselves, or the rules for texts whose
/// bytes alone cannot decide equality. Each slot holds the key's hash's top 32 bits and its
/// number + 1 (0: empty), so most probes that do not match stop at the comparison of hash bits.
/// The table is at most half full.
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
    private var slots = [UInt64](repeating: 0, count: 16)

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
        let tag = hash & 0xFFFF_FFFF_0000_0000
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        return bytes.withUnsafeBufferPointer { stored -> Int? in
            slots.withUnsafeBufferPointer { slots -> Int? in
                while true {
                    let entry = slots[slot]
                    if entry == 0 { return nil }
                    if entry & 0xFFFF_FFFF_0000_0000 == tag {
                        let number = Int(entry & 0xFFFF_FFFF) - 1
                        let start = Int(starts[number]), end = Int(starts[number + 1])
                        if end - start == wanted.count, ByteHash.equal(stored, from: start, wanted) { return number }
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    /// Calls `body` with raw views of the keys' bytes, where each key starts, the slots, and
    /// the slot mask (for ``find(_:_:)``'s reads ahead).
    func withStorage<Result>(
        _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<Int32>, UnsafeBufferPointer<UInt64>, Int) throws -> Result
    ) rethrows -> Result {
        try bytes.withUnsafeBufferPointer { bytes in
            try starts.withUnsafeBufferPointer { starts in
                try slots.withUnsafeBufferPointer { slots in try body(bytes, starts, slots, slots.count - 1) }
            }
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
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = (hash & 0xFFFF_FFFF_0000_0000) | UInt64(number + 1)
    }

    /// Doubles the slots and places every key again (including one just appended).
    private mutating func grow() {
        slots = [UInt64](repeating: 0, count: slots.count * 2)
        for number in 0..<count {
            insert(number, hash: withKey(number) { ByteHash.hash($0) })
        }
    }
}
