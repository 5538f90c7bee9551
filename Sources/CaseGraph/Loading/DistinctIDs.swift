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
        note(hashed: id.withUTF8 { ByteHash.hashNotingASCII($0) })
    }

    /// Notes the id whose ``ByteHash/hashNotingASCII(_:)`` is `hashed`.
    /// - Complexity: O(1) amortised.
    mutating func note(hashed: (hash: UInt64, isASCII: Bool)) {
        let (hash, isASCII) = hashed
        guard isASCII else {
            needsFullCheck = true
            return
        }
        hashes.append(hash)
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
            guard !found else { return }
            let (hash, isASCII) = ByteHash.hashNotingASCII(key)
            guard isASCII, repeated.contains(hash) else { return }
            if !seen.insert(Array(key)).inserted { found = true }
        }
        return found
    }

    /// The values that occur more than once in `hashes`. The hashes are uniform, so they are
    /// spread by their top bits into a thousand or so buckets (a copy, written bucket by
    /// bucket: each bucket's next place stays cached), and each bucket, small enough to stay
    /// cached itself, is spread by its next bits into runs of about four, each run sorted.
    /// - Complexity: O(n) expected for uniform hashes, O(n log n) at worst.
    static func repeatedHashes(_ hashes: [UInt64]) -> Set<UInt64> {
        var repeated = Set<UInt64>()
        guard hashes.count > 1 else { return repeated }
        let topBits = min(10, max(1, Int.bitWidth - hashes.count.leadingZeroBitCount - 12))
        let placed = spread(hashes[...], shift: 64 - topBits, bits: topBits)
        var scratch = [UInt64]()
        for bucket in 0..<(1 << topBits) {
            let values = placed.values[placed.starts[bucket]..<placed.starts[bucket + 1]]
            guard values.count > 1 else { continue }
            let bits = min(16, max(1, Int.bitWidth - values.count.leadingZeroBitCount - 2))
            var runs = spread(values, shift: 64 - topBits - bits, bits: bits, reusing: &scratch)
            for run in 0..<(1 << bits) {
                let range = runs.starts[run]..<runs.starts[run + 1]
                guard range.count > 1 else { continue }
                runs.values[range].sort()
                for index in range.dropFirst() where runs.values[index] == runs.values[index - 1] {
                    repeated.insert(runs.values[index])
                }
            }
            scratch = runs.values
        }
        return repeated
    }

    /// `values` ordered by the `bits` bits above `shift` (a counting sort, stable), and where
    /// each of the `1 << bits` groups starts (`starts[g] ..< starts[g + 1]`).
    /// - Complexity: O(|values| + 2^bits).
    private static func spread(
        _ values: ArraySlice<UInt64>, shift: Int, bits: Int, reusing buffer: inout [UInt64]
    ) -> (values: [UInt64], starts: [Int]) {
        let mask = UInt64(1 << bits) - 1
        var starts = [Int](repeating: 0, count: (1 << bits) + 1)
        for value in values { starts[Int(value >> UInt64(shift) & mask) + 1] += 1 }
        for group in 0..<(1 << bits) { starts[group + 1] += starts[group] }
        var placed = buffer
        buffer = []
        placed.removeAll(keepingCapacity: true)
        placed.append(contentsOf: repeatElement(0, count: values.count))
        var next = starts
        placed.withUnsafeMutableBufferPointer { placed in
            for value in values {
                let group = Int(value >> UInt64(shift) & mask)
                placed[next[group]] = value
                next[group] += 1
            }
        }
        return (placed, starts)
    }

    private static func spread(_ values: ArraySlice<UInt64>, shift: Int, bits: Int) -> (values: [UInt64], starts: [Int]) {
        var buffer = [UInt64]()
        return spread(values, shift: shift, bits: bits, reusing: &buffer)
    }
}
