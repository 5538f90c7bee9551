/// A few dozen byte keys to look up in a ``ByteKeyTable`` together: their bytes one after
/// the other, each one's hash, and a value the caller attaches to each (where the answer goes).
///
/// One look-up in a large table waits on up to two cache misses in a row (the slot, which says
/// where the key's bytes are, then the bytes). ``ByteKeyTable/find(_:_:)`` reads those places for every
/// key of the batch, stage by stage, before it looks any key up: the misses of a stage are
/// independent, so the processor overlaps them instead of waiting on each in turn.
///
/// ```swift
/// var batch = ByteKeyBatch()
/// Array("bob".utf8).withUnsafeBufferPointer { batch.append($0, tag: 7) }
/// _ = table.find(batch) { index, number in print(batch.tags[index], number as Any) }   // 7, bob's number
/// batch.removeAll()
/// ```
struct ByteKeyBatch: Sendable {
    /// The keys, one after the other: key k is `bytes[ends[k - 1] ..< ends[k]]` (from 0 for k = 0).
    private(set) var bytes: [UInt8] = []
    private(set) var ends: [Int] = []
    private(set) var hashes: [UInt64] = []
    /// The caller's value for each key.
    private(set) var tags: [Int] = []

    init() {}

    /// The number of keys.
    var count: Int { tags.count }

    /// Appends `key` with the caller's value `tag`.
    /// - Complexity: O(|key|) amortised.
    mutating func append(_ key: UnsafeBufferPointer<UInt8>, tag: Int) {
        bytes.append(contentsOf: key)
        ends.append(bytes.count)
        hashes.append(ByteHash.hash(key))
        tags.append(tag)
    }

    /// Drops the keys from `index` on.
    mutating func removeKeys(from index: Int) {
        guard index < count else { return }
        bytes.removeSubrange((index == 0 ? 0 : ends[index - 1])...)
        ends.removeSubrange(index...)
        hashes.removeSubrange(index...)
        tags.removeSubrange(index...)
    }

    /// Empties the batch, keeping its memory.
    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        hashes.removeAll(keepingCapacity: true)
        tags.removeAll(keepingCapacity: true)
    }

    /// Calls `body` with key `index`'s bytes.
    @inline(__always)
    func withKey<Result>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try bytes.withUnsafeBufferPointer { all in
            try body(UnsafeBufferPointer(rebasing: all[(index == 0 ? 0 : ends[index - 1])..<ends[index]]))
        }
    }
}

extension ByteKeyTable {
    /// Looks every key of `batch` up, in order, and calls `found` with its index in the batch
    /// and the number of the equal key stored (nil when none is): the answers of ``find(_:hash:)``, with the
    /// table's places for the whole batch read first, stage by stage (see ``ByteKeyBatch``).
    /// Returns a value folded from those reads, for the caller to keep (so they are not dropped).
    /// - Complexity: O(total length of the keys) expected.
    func find(_ batch: ByteKeyBatch, _ found: (_ index: Int, _ number: Int?) -> Void) -> UInt64 {
        find(batch, in: 0..<batch.count, found)
    }

    /// ``find(_:_:)`` for the keys of `batch` in `range` only (a window of a large batch: the
    /// reads ahead help while they stay in the cache).
    /// - Complexity: O(total length of those keys) expected.
    func find(_ batch: ByteKeyBatch, in range: Range<Int>, _ found: (_ index: Int, _ number: Int?) -> Void) -> UInt64 {
        var folded: UInt64 = 0
        let hashes = batch.hashes[range]
        withStorage { bytes, slots, mask in
            // Stage 1: each key's first slot. Stage 2: the first bytes of the key in it (when
            // its hash bits match). Each stage's reads are independent.
            for hash in hashes { folded &+= slots[Int(truncatingIfNeeded: hash) & mask].entry }
            let last = bytes.count - 1
            for hash in hashes where last >= 0 {
                let slot = slots[Int(truncatingIfNeeded: hash) & mask]
                if slot.candidate(hash: hash) != nil {
                    folded &+= UInt64(bytes[min(Int(slot.start), last)])
                }
            }
        }
        for index in range {
            found(index, batch.withKey(index) { find($0, hash: batch.hashes[index]) })
        }
        return folded
    }

}
