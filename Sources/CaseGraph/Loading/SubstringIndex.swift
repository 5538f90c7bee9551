import Foundation

/// Where byte strings occur in one text: every position's next eight bytes, hashed into
/// buckets of positions, so that finding a quote that is not a whole line costs a look-up and a
/// few comparisons instead of a pass over the document.
///
/// A document whose quotes are sentences inside paragraphs (most real sources) has most of its
/// quotes checked this way; a pass over a 750 KB document for each of 12,000 quotes took
/// minutes. A text of more than ``positionBudget`` bytes has every `stride`-th position indexed
/// instead, so that the index stays within 5–6 bytes a position of the budget; a needle is then
/// looked up once for each of the `stride` places its match could start relative to them.
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

    /// How many of a needle's grams are weighed, at most, for each of the stride's offsets, to
    /// pick the rarest to look up: in repetitive text most grams of a sentence are common
    /// ("is mentioned in the"), and a common one costs a comparison for each of its places.
    static let gramsWeighed = 16

    /// A bucket this small is taken without weighing further grams.
    static let rareEnough = 2

    /// The most positions indexed: 16 M (64 MB of positions, 16–32 MB of counters).
    static let positionBudget = 16 << 20

    /// Bucket b holds `positions[starts[b]..<starts[b + 1]]`, in increasing order.
    private let starts: [Int32]
    private let positions: [Int32]
    private let shift: UInt64
    /// Positions 0, stride, 2 · stride, … are indexed.
    let stride: Int

    /// Indexes every `stride`-th position of `bytes` that has a whole gram after it, `stride`
    /// the smallest that keeps them within `budget` (tests give a small one); nil when the text
    /// is shorter than a gram or 2 GB or more.
    /// - Complexity: O(n) for a text of n bytes (two passes over the positions indexed).
    init?(_ bytes: UnsafeBufferPointer<UInt8>, positionBudget budget: Int = Self.positionBudget) {
        guard bytes.count >= Self.gram, bytes.count < Int(Int32.max), let base = bytes.baseAddress else { return nil }
        let last = bytes.count - Self.gram
        let stride = Swift.max(1, (last + budget) / budget)
        let count = last / stride + 1
        // Two to four positions a bucket: few to compare, and a counter for every two to four positions.
        let bits = Swift.max(8, Swift.min(30, Int.bitWidth - count.leadingZeroBitCount - 2))
        let shift = UInt64(64 - bits)
        var starts = [Int32](repeating: 0, count: (1 << bits) + 1)
        let raw = UnsafeRawPointer(base)
        @inline(__always) func bucket(_ slot: Int) -> Int {
            Int(Self.bucket(raw.loadUnaligned(fromByteOffset: slot * stride, as: UInt64.self), shift))
        }
        starts.withUnsafeMutableBufferPointer { starts in
            for slot in 0..<count { starts[bucket(slot) + 1] += 1 }
            for bucket in 1..<starts.count { starts[bucket] += starts[bucket - 1] }
        }
        var next = starts
        let positions = [Int32](unsafeUninitializedCapacity: count) { slots, initialized in
            next.withUnsafeMutableBufferPointer { next in
                for slot in 0..<count {
                    let bucket = bucket(slot)
                    slots[Int(next[bucket])] = Int32(truncatingIfNeeded: slot * stride)
                    next[bucket] += 1
                }
            }
            initialized = count
        }
        self.starts = starts
        self.positions = positions
        self.shift = shift
        self.stride = stride
    }

    @inline(__always)
    private static func bucket(_ gram: UInt64, _ shift: UInt64) -> UInt64 {
        (gram &* 0x9E37_79B9_7F4A_7C15) >> shift
    }

    /// Calls `body` with the start of each occurrence of `needle` in `bytes` (the text indexed by
    /// `index`, when there is one), until it returns true; returns whether it did. Without an
    /// index, or for a needle too short to hold a gram at each of the index's `stride` offsets,
    /// the text is scanned, in order. With one, a match starting at t holds an indexed position
    /// at needle offset o for the one o below `stride` with t + o a multiple of it: for each o,
    /// the rarest of a few of the needle's grams at o, o + stride, … is looked up and each
    /// position there compared (an empty bucket rules out every match of that o).
    /// - Complexity: O(n) scanning a text of n bytes; with the index, O(|needle| · k) for the k
    ///   positions in the buckets looked up.
    static func occurrences(of needle: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>,
                            index: SubstringIndex?, _ body: (Int) -> Bool) -> Bool {
        guard let needleBase = needle.baseAddress, let base = bytes.baseAddress,
              !needle.isEmpty, needle.count <= bytes.count else { return false }
        guard let index, needle.count >= gram + index.stride - 1 else {
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
        let last = needle.count - gram, stride = index.stride
        for first in 0..<stride {
            // The grams at offsets first, first + stride, … up to `last`: ``gramsWeighed`` of them, spread.
            let offsets = (last - first) / stride + 1
            let step = Swift.max(1, (offsets - 1 + gramsWeighed - 2) / (gramsWeighed - 1))
            var best = (offset: 0, low: 0, high: Int.max)
            var taken = 0
            while taken < offsets {
                let offset = first + taken * stride
                let bucket = Int(Self.bucket(raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self), index.shift))
                let low = Int(index.starts[bucket]), high = Int(index.starts[bucket + 1])
                if high - low < best.high - best.low { best = (offset, low, high) }
                if high - low <= rareEnough || taken == offsets - 1 { break }
                taken = Swift.min(taken + step, offsets - 1)
            }
            for slot in best.low..<best.high {
                let start = Int(index.positions[slot]) - best.offset
                guard start >= 0, start + needle.count <= bytes.count,
                      memcmp(base + start, needleBase, needle.count) == 0 else { continue }
                if body(start) { return true }
            }
        }
        return false
    }
}
