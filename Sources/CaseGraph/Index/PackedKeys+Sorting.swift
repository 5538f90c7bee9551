import CPrefetch

extension PackedKeys {
    /// A key with the 8-byte word of it being sorted on, and its place before the sort
    /// (which keeps the sort stable).
    private struct WordKey {
        var word: UInt64
        var place: Int32
        var key: Int32
    }

    /// The key positions sorted by bytes, then `tieBreak`, then position: the order a stable
    /// comparison sort by bytes and `tieBreak` gives.
    ///
    /// A multikey radix sort. First all keys by their first four bytes (big-endian, zero past
    /// a key's end) with their position, packed in one `UInt64` each; then each run of keys
    /// equal so far by the word of their next eight bytes. Within a group of equal words, the
    /// keys that end in the word come first (each is a prefix of the rest), by length, then
    /// `tieBreak`; the others go on to their next eight bytes. Runs wait on a stack, not in
    /// recursion (a key may be long). Memory: 16 bytes a key while the first four bytes are
    /// sorted, then 16 a key of the largest run.
    ///
    /// - Complexity: O(total length + n log n) comparisons of words.
    func radixSortedOrder(tieBreak: (Int, Int) -> Bool) -> [Int32] {
        var order = [Int32](repeating: 0, count: count)
        withKeyBytes { bytes, starts in
            func length(_ key: Int32) -> Int { Int(starts[Int(key) + 1] - starts[Int(key)]) }
            var runs = [(range: Range<Int>, depth: Int)]()
            var group = [WordKey]()
            /// Puts `group` (keys equal up to `depth`, in order) at `start`: the keys that end by
            /// `depth` first, sorted, then the longer ones, queued as a run if more than one.
            func place(at start: Int, depth: Int) {
                var ended = group.filter { length($0.key) <= depth }
                if ended.count > 1 {
                    ended.sort { lhs, rhs in
                        let left = length(lhs.key), right = length(rhs.key)
                        if left != right { return left < right }
                        if tieBreak(Int(lhs.key), Int(rhs.key)) { return true }
                        if tieBreak(Int(rhs.key), Int(lhs.key)) { return false }
                        return lhs.place < rhs.place
                    }
                }
                var position = start
                for word in ended {
                    order[position] = word.key
                    position += 1
                }
                let longerStart = position
                for word in group where length(word.key) > depth {
                    order[position] = word.key
                    position += 1
                }
                if position - longerStart > 1 { runs.append((longerStart..<position, depth)) }
            }
            // The first four bytes of every key, with the key, in one word: no other memory.
            var firsts = [UInt64]()
            firsts.reserveCapacity(count)
            for key in 0..<count {
                let prefix = Self.word(bytes, from: Int(starts[key]), to: Int(starts[key + 1])) >> 32
                firsts.append(prefix << 32 | UInt64(key))
            }
            // By the first four bytes (the high half); the key numbers, in the low half, are
            // in order already and stay so (the sort is stable): `firsts.sort()`'s order.
            var scratch = [UInt64]()
            RadixSort.sort(&firsts, scratch: &scratch, bytes: 4..<8) { $0 }
            scratch = []
            var groupStart = 0
            while groupStart < firsts.count {
                var groupEnd = groupStart + 1
                while groupEnd < firsts.count && firsts[groupEnd] >> 32 == firsts[groupStart] >> 32 { groupEnd += 1 }
                group.removeAll(keepingCapacity: true)
                for index in groupStart..<groupEnd {
                    let key = Int32(truncatingIfNeeded: firsts[index] & 0xFFFF_FFFF)
                    group.append(WordKey(word: 0, place: key, key: key))
                }
                place(at: groupStart, depth: 4)
                groupStart = groupEnd
            }
            firsts = []
            var words = [WordKey](), wordScratch = [WordKey]()
            while let (range, depth) = runs.popLast() {
                words.removeAll(keepingCapacity: true)
                for position in range {
                    Self.prefetchKeys(after: position, of: order, upTo: range.upperBound, bytes, starts, depth: depth)
                    let key = order[position]
                    words.append(WordKey(word: Self.word(bytes, from: Int(starts[Int(key)]) + depth, to: Int(starts[Int(key) + 1])),
                                         place: Int32(truncatingIfNeeded: position), key: key))
                }
                // In place order already: a stable sort by word is the order by (word, place).
                if words.count >= RadixSort.minimumCount {
                    RadixSort.sort(&words, scratch: &wordScratch, bytes: 0..<8) { $0.word }
                } else {
                    words.sort { ($0.word, $0.place) < ($1.word, $1.place) }
                }
                var groupStart = 0
                while groupStart < words.count {
                    var groupEnd = groupStart + 1
                    while groupEnd < words.count && words[groupEnd].word == words[groupStart].word { groupEnd += 1 }
                    if groupEnd - groupStart == 1 {  // a key alone: in its place
                        order[range.lowerBound + groupStart] = words[groupStart].key
                    } else {
                        group.removeAll(keepingCapacity: true)
                        group.append(contentsOf: words[groupStart..<groupEnd])
                        place(at: range.lowerBound + groupStart, depth: depth + 8)
                    }
                    groupStart = groupEnd
                }
            }
        }
        return order
    }

    /// Asks for the places of the keys that `order` lists after `position` (up to `end`):
    /// the bounds of the key 16 ahead, the bytes from `depth` on of the key 8 ahead (its
    /// bounds near by then). For loops over keys taken in an order other than the bytes':
    /// each key read would otherwise wait on two cache misses.
    @inline(__always)
    static func prefetchKeys(
        after position: Int, of order: [Int32], upTo end: Int,
        _ bytes: UnsafeBufferPointer<UInt8>, _ starts: UnsafeBufferPointer<Int32>, depth: Int = 0
    ) {
        if position + 16 < end { cg_prefetch(starts.baseAddress.map { $0 + Int(order[position + 16]) }) }
        if position + 8 < end {
            let ahead = Int(starts[Int(order[position + 8])]) + depth
            cg_prefetch(bytes.baseAddress.map { $0 + min(ahead, bytes.count) })
        }
    }

    /// The big-endian word of `bytes[start ..< min(start + 8, end)]`, zero-padded.
    @inline(__always)
    private static func word(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> UInt64 {
        var word: UInt64 = 0
        var index = start
        let stop = min(start + 8, end)
        while index < stop {
            word = word << 8 | UInt64(bytes[index])
            index += 1
        }
        return index > start ? word << (8 * UInt64(start + 8 - index)) : 0
    }
}
