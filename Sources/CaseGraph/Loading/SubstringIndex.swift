import Foundation

/// Where byte strings occur in one text: every position's next eight bytes, hashed into
/// buckets of positions, so that finding a quote that is not a whole line costs a look-up and a
/// few comparisons instead of a pass over the document.
///
/// A document whose quotes are sentences inside paragraphs (most real sources) has most of its
/// quotes checked this way; a pass over a 750 KB document for each of 12,000 quotes took
/// minutes. Texts over ``largestText`` are not indexed (the index takes 5–6 bytes a byte of text):
/// their searches scan.
///
/// ```swift
/// let text = Array("the tip led to the arrest".utf8)
/// text.withUnsafeBufferPointer { bytes in
///     let index = SubstringIndex(bytes)
///     Array("the arrest".utf8).withUnsafeBufferPointer { needle in
///         _ = SubstringIndex.occurrences(of: needle, in: bytes, index: index) { start in print(start); return false }  // 15
///     }
/// }
/// ```
struct SubstringIndex: Sendable {
    /// The bytes each position is indexed by.
    static let gram = 8

    /// How many of a needle's grams are weighed, at most, to pick the rarest to look up.
    static let gramsWeighed = 8

    /// The longest text indexed, in bytes.
    static let largestText = 64 << 20

    /// Bucket b holds `positions[starts[b]..<starts[b + 1]]`, in increasing order.
    private let starts: [Int32]
    private let positions: [Int32]
    private let shift: UInt64

    /// Indexes every position of `bytes` that has a whole gram after it; nil when the text is
    /// shorter than a gram or longer than ``largestText``.
    /// - Complexity: O(n) for a text of n bytes (two passes; 4n bytes of positions, n to 2n of counters).
    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count >= Self.gram, bytes.count <= Self.largestText, let base = bytes.baseAddress else { return nil }
        let count = bytes.count - Self.gram + 1
        // Two to four positions a bucket: few to compare, and a counter for every two to four positions.
        let bits = Swift.max(8, Swift.min(30, Int.bitWidth - count.leadingZeroBitCount - 2))
        let shift = UInt64(64 - bits)
        var starts = [Int32](repeating: 0, count: (1 << bits) + 1)
        let raw = UnsafeRawPointer(base)
        starts.withUnsafeMutableBufferPointer { starts in
            for position in 0..<count {
                starts[Int(Self.bucket(raw.loadUnaligned(fromByteOffset: position, as: UInt64.self), shift)) + 1] += 1
            }
            for bucket in 1..<starts.count { starts[bucket] += starts[bucket - 1] }
        }
        var next = starts
        let positions = [Int32](unsafeUninitializedCapacity: count) { slots, initialized in
            next.withUnsafeMutableBufferPointer { next in
                for position in 0..<count {
                    let bucket = Int(Self.bucket(raw.loadUnaligned(fromByteOffset: position, as: UInt64.self), shift))
                    slots[Int(next[bucket])] = Int32(truncatingIfNeeded: position)
                    next[bucket] += 1
                }
            }
            initialized = count
        }
        self.starts = starts
        self.positions = positions
        self.shift = shift
    }

    @inline(__always)
    private static func bucket(_ gram: UInt64, _ shift: UInt64) -> UInt64 {
        (gram &* 0x9E37_79B9_7F4A_7C15) >> shift
    }

    /// Calls `body` with the start of each occurrence of `needle` in `bytes` (the text indexed by
    /// `index`, when there is one), until it returns true; returns whether it did. Without an
    /// index, or for a needle shorter than a gram, the text is scanned, in order.
    /// With one, the needle's rarest gram among a few is looked up and each position there
    /// compared; an empty bucket proves the needle absent.
    /// - Complexity: O(n) scanning a text of n bytes; with the index, O(|needle| · k) for the k
    ///   positions in the rarest bucket weighed.
    static func occurrences(of needle: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>,
                            index: SubstringIndex?, _ body: (Int) -> Bool) -> Bool {
        guard let needleBase = needle.baseAddress, let base = bytes.baseAddress,
              !needle.isEmpty, needle.count <= bytes.count else { return false }
        guard let index, needle.count >= gram else {
            // Each place of the needle's first byte (`memchr`), compared whole (`memcmp`).
            let lastStart = bytes.count - needle.count
            var from = 0
            while from <= lastStart, let found = memchr(base + from, Int32(needle[0]), lastStart - from + 1) {
                let start = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if memcmp(base + start, needleBase, needle.count) == 0 && body(start) { return true }
                from = start + 1
            }
            return false
        }
        let raw = UnsafeRawPointer(needleBase)
        // The grams at offsets 0, 8, 16, … and the last one: the one whose bucket is smallest.
        let last = needle.count - gram
        let step = Swift.max(gram, (last / (gramsWeighed - 1) + gram - 1) / gram * gram)
        var best = (offset: 0, low: 0, high: Int.max)
        var offset = 0
        while true {
            let bucket = Int(Self.bucket(raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self), index.shift))
            let low = Int(index.starts[bucket]), high = Int(index.starts[bucket + 1])
            if high == low { return false }
            if high - low < best.high - best.low { best = (offset, low, high) }
            if offset == last { break }
            offset = Swift.min(offset + step, last)
        }
        for slot in best.low..<best.high {
            let start = Int(index.positions[slot]) - best.offset
            guard start >= 0, start + needle.count <= bytes.count,
                  memcmp(base + start, needleBase, needle.count) == 0 else { continue }
            if body(start) { return true }
        }
        return false
    }
}
