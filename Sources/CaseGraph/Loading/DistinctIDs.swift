/// Whether ids noted one by one are all different, as `Set<String>` judges (canonically
/// equivalent texts are equal): the fast decoder's check of edge ids, decided once every id
/// is read.
///
/// An ASCII id is noted by its 64-bit ``ByteHash`` alone: eight bytes written in order, no
/// table probed at random while the file is read (two ASCII texts are equal exactly when their
/// bytes are). ``hasRepeats(replaying:)`` then groups the hashes by their top bits, and only
/// ids whose hashes are equal are compared, by their bytes. An id with any other byte may
/// equal a differently spelled one (`"\u{212A}"` is `"K"`): it is only noted as such, and the
/// caller checks all ids with a `Set<String>`.
///
/// ```swift
/// var ids = DistinctIDs()
/// for id in ["e1", "e2", "e1"] { ids.note(id) }
/// if ids.needsFullCheck { /* check every id with a Set<String> */ }
/// ids.hasRepeats { each in for id in ["e1", "e2", "e1"] { var id = id; id.withUTF8(each) } }  // true
/// ```
struct DistinctIDs: Sendable {
    /// The hashes of the ASCII ids, in the order noted.
    private var hashes: [UInt64] = []
    /// An id was not ASCII: only a full check decides.
    private(set) var needsFullCheck = false

    init() {}

    /// The number of ASCII ids noted.
    var count: Int { hashes.count }

    /// Notes `id`.
    /// - Complexity: O(|id|) amortised.
    mutating func note(_ id: String) {
        var id = id
        id.withUTF8 { note($0) }
    }

    /// Notes the id whose UTF-8 is `key`.
    /// - Complexity: O(|key|) amortised.
    mutating func note(_ key: UnsafeBufferPointer<UInt8>) {
        guard Self.isASCII(key) else {
            needsFullCheck = true
            return
        }
        hashes.append(ByteHash.hash(key))
    }

    /// Notes the ids `other` noted, after this one's (the second half of a split decode).
    /// - Complexity: O(other.count) amortised.
    mutating func append(contentsOf other: DistinctIDs) {
        hashes.append(contentsOf: other.hashes)
        needsFullCheck = needsFullCheck || other.needsFullCheck
    }

    /// Whether two of the ASCII ids noted are equal. `replaying` calls its argument with the
    /// UTF-8 of every id noted, in the order they were noted (ids that are not ASCII may come
    /// too; they are skipped); it is called only when two hashes are equal.
    /// - Complexity: O(n) expected for n ids noted, plus the replay when two hashes are equal.
    func hasRepeats(replaying: ((UnsafeBufferPointer<UInt8>) -> Void) -> Void) -> Bool {
        let repeated = Self.repeatedHashes(hashes)
        guard !repeated.isEmpty else { return false }
        var seen = Set<[UInt8]>()
        var found = false
        replaying { key in
            guard !found, Self.isASCII(key), repeated.contains(ByteHash.hash(key)) else { return }
            if !seen.insert(Array(key)).inserted { found = true }
        }
        return found
    }

    /// The values that occur more than once in `hashes`: the hashes are placed in buckets by
    /// their top bits (about four a bucket; the hash is uniform), and each bucket is sorted.
    /// - Complexity: O(n) expected for uniform hashes, O(n²) at worst.
    static func repeatedHashes(_ hashes: [UInt64]) -> Set<UInt64> {
        guard hashes.count > 1 else { return [] }
        let bits = min(20, max(1, Int.bitWidth - hashes.count.leadingZeroBitCount - 2))
        let shift = UInt64(64 - bits)
        var starts = [Int32](repeating: 0, count: (1 << bits) + 1)
        for hash in hashes { starts[Int(hash >> shift) + 1] += 1 }
        for bucket in 0..<(1 << bits) { starts[bucket + 1] += starts[bucket] }
        var placed = [UInt64](repeating: 0, count: hashes.count)
        var next = starts
        for hash in hashes {
            let bucket = Int(hash >> shift)
            placed[Int(next[bucket])] = hash
            next[bucket] += 1
        }
        var repeated = Set<UInt64>()
        placed.withUnsafeMutableBufferPointer { placed in
            for bucket in 0..<(1 << bits) {
                let range = Int(starts[bucket])..<Int(starts[bucket + 1])
                guard range.count > 1 else { continue }
                placed[range].sort()
                for index in range.dropFirst() where placed[index] == placed[index - 1] {
                    repeated.insert(placed[index])
                }
            }
        }
        return repeated
    }

    private static func isASCII(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
        key.allSatisfy { $0 < 0x80 }
    }
}
