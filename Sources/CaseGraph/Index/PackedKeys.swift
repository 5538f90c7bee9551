/// Strings packed as UTF-8 into one buffer, for sorting and binary search by bytes without
/// touching a `String` (no reference counting, no per-comparison set-up).
///
/// ```swift
/// let keys = PackedKeys(["b", "a"])
/// keys.sortedOrder { _, _ in false }  // [1, 0]
/// ```
struct PackedKeys: Sendable {
    private var bytes: [UInt8] = []
    /// `bytes[starts[key] ..< starts[key + 1]]` is a key.
    private var starts: [Int32] = [0]
    /// After ``indexRuns()``: an open-addressing table of the first position + 1 of each run
    /// of equal keys (0 for an empty slot).
    private var runSlots: [Int32] = []

    init() {}

    /// - Complexity: O(total length).
    init(_ keys: [String]) {
        for key in keys { append(key) }
    }

    var count: Int { starts.count - 1 }

    /// - Complexity: O(|key|).
    mutating func append(_ key: String) {
        var key = key
        key.withUTF8 { append(utf8: $0) }
    }

    /// Appends the key whose UTF-8 is `key`.
    /// - Complexity: O(|key|).
    mutating func append(utf8 key: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: key)
        starts.append(Int32(truncatingIfNeeded: bytes.count))
    }

    /// Appends the fold (``TextFolding/fold(_:)``) of the text whose UTF-8 is `text`:
    /// folded in place in the buffer when it is ASCII, with no `String`.
    /// - Complexity: O(|text|).
    mutating func appendFolded(utf8 text: UnsafeBufferPointer<UInt8>) {
        let start = bytes.count
        bytes.append(contentsOf: text)
        let folded = bytes.withUnsafeMutableBufferPointer {
            TextFolding.foldASCIIInPlace(UnsafeMutableBufferPointer(rebasing: $0[start...]))
        }
        guard let folded else {
            bytes.removeSubrange(start...)
            return append(TextFolding.fold(String(decoding: text, as: UTF8.self)))
        }
        bytes.removeSubrange((start + folded)...)
        starts.append(Int32(truncatingIfNeeded: bytes.count))
    }

    /// Makes room for `keys` more keys of `byteCount` bytes in all.
    mutating func reserveCapacity(keys: Int, bytes byteCount: Int) {
        bytes.reserveCapacity(bytes.count + byteCount)
        starts.reserveCapacity(starts.count + keys)
    }

    /// The key positions sorted by bytes (a shorter key before the keys it is a prefix of);
    /// `tieBreak(a, b)` orders equal keys. Keys that compare equal both ways keep their order.
    /// - Complexity: O(total length + n log n) comparisons of 8-byte words (see
    ///   ``radixSortedOrder(tieBreak:)``).
    func sortedOrder(tieBreak: (Int, Int) -> Bool) -> [Int32] {
        radixSortedOrder(tieBreak: tieBreak)
    }

    /// Indexes the runs of equal keys by hash, for ``equalRange(of:)``; the keys must have
    /// been appended in byte order (as ``sortedOrder(tieBreak:)`` orders them).
    /// - Complexity: O(total length).
    mutating func indexRuns() {
        var capacity = 16
        while capacity < count * 2 { capacity <<= 1 }
        var slots = [Int32](repeating: 0, count: capacity)
        let mask = capacity - 1
        bytes.withUnsafeBufferPointer { buffer in
            var position = 0
            while position < count {
                let start = Int(starts[position]), end = Int(starts[position + 1])
                var slot = Int(truncatingIfNeeded: ByteHash.hash(UnsafeBufferPointer(rebasing: buffer[start..<end]))) & mask
                while slots[slot] != 0 { slot = (slot + 1) & mask }
                slots[slot] = Int32(truncatingIfNeeded: position + 1)
                position = endOfRun(from: position)
            }
        }
        runSlots = slots
    }

    /// The positions of the keys equal to `key`, after ``indexRuns()``: one hash look-up.
    /// - Complexity: O(|key| + the number of equal keys) expected.
    func equalRange(of key: String) -> Range<Int> {
        guard !runSlots.isEmpty else { return 0..<0 }
        var key = key
        return key.withUTF8 { wanted in
            bytes.withUnsafeBufferPointer { buffer in
                let mask = runSlots.count - 1
                var slot = Int(truncatingIfNeeded: ByteHash.hash(wanted)) & mask
                while runSlots[slot] != 0 {
                    let first = Int(runSlots[slot]) - 1
                    if Self.compare(buffer, Int(starts[first]), Int(starts[first + 1]), wanted, 0, wanted.count) == 0 {
                        return first..<endOfRun(from: first)
                    }
                    slot = (slot + 1) & mask
                }
                return 0..<0
            }
        }
    }

    /// The first position whose key is not below `key` in byte order; the keys must be in
    /// byte order (as ``sortedOrder(tieBreak:)`` orders them).
    /// - Complexity: O(|key| log n).
    func lowerBound(of key: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            key.withUnsafeBufferPointer { wanted in
                var low = 0, high = count
                while low < high {
                    let middle = (low + high) / 2
                    if Self.compare(buffer, Int(starts[middle]), Int(starts[middle + 1]), wanted, 0, wanted.count) < 0 {
                        low = middle + 1
                    } else {
                        high = middle
                    }
                }
                return low
            }
        }
    }

    /// True when the key at `position` starts with the bytes of `prefix`.
    /// - Complexity: O(|prefix|).
    func key(at position: Int, hasPrefix prefix: [UInt8]) -> Bool {
        let start = Int(starts[position]), end = Int(starts[position + 1])
        guard end - start >= prefix.count else { return false }
        return bytes.withUnsafeBufferPointer { buffer in
            prefix.withUnsafeBufferPointer { wanted in
                Self.compare(buffer, start, start + wanted.count, wanted, 0, wanted.count) == 0
            }
        }
    }

    /// The keys in the order `order` gives: key `k` of the result is key `order[k]` of this
    /// one. Built by copying bytes, without a `String`.
    /// - Complexity: O(total length).
    func permuted(gathering order: [Int32]) -> PackedKeys {
        var result = PackedKeys()
        result.bytes.reserveCapacity(bytes.count)
        result.starts.reserveCapacity(starts.count)
        bytes.withUnsafeBufferPointer { buffer in
            starts.withUnsafeBufferPointer { starts in
                for (position, key) in order.enumerated() {
                    Self.prefetchKeys(after: position, of: order, upTo: order.count, buffer, starts)
                    result.bytes.append(contentsOf: buffer[Int(starts[Int(key)])..<Int(starts[Int(key) + 1])])
                    result.starts.append(Int32(truncatingIfNeeded: result.bytes.count))
                }
            }
        }
        return result
    }

    /// The first position of the run of keys equal to the key at `position`.
    /// - Complexity: O(length of the run × |key|).
    func startOfRun(through position: Int) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            let start = Int(starts[position]), end = Int(starts[position + 1])
            var first = position
            while first > 0 && Self.compare(buffer, start, end, buffer, Int(starts[first - 1]), Int(starts[first])) == 0 {
                first -= 1
            }
            return first
        }
    }

    /// One past the last position of the run of keys equal to the key at `position`.
    /// - Complexity: O(length of the run × |key|).
    func endOfRun(from position: Int) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            let start = Int(starts[position]), end = Int(starts[position + 1])
            var next = position + 1
            while next < count && Self.compare(buffer, start, end, buffer, Int(starts[next]), Int(starts[next + 1])) == 0 {
                next += 1
            }
            return next
        }
    }

    /// Calls `body` with the packed bytes and the start offsets (`bytes[starts[k] ..< starts[k + 1]]`
    /// is key k), for scans over every key without a `String` each.
    func withKeyBytes<Result>(
        _ body: (_ bytes: UnsafeBufferPointer<UInt8>, _ starts: UnsafeBufferPointer<Int32>) throws -> Result
    ) rethrows -> Result {
        try bytes.withUnsafeBufferPointer { bytes in try starts.withUnsafeBufferPointer { try body(bytes, $0) } }
    }

    /// Compares `lhs[lhsStart ..< lhsEnd]` with `rhs[rhsStart ..< rhsEnd]`: negative, zero or positive.
    @inline(__always)
    private static func compare(
        _ lhs: UnsafeBufferPointer<UInt8>, _ lhsStart: Int, _ lhsEnd: Int,
        _ rhs: UnsafeBufferPointer<UInt8>, _ rhsStart: Int, _ rhsEnd: Int
    ) -> Int {
        let common = min(lhsEnd - lhsStart, rhsEnd - rhsStart)
        var index = 0
        while index < common {
            let left = lhs[lhsStart + index], right = rhs[rhsStart + index]
            if left != right { return Int(left) - Int(right) }
            index += 1
        }
        return (lhsEnd - lhsStart) - (rhsEnd - rhsStart)
    }
}
