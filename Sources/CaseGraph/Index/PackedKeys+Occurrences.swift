import CByteSearch

extension PackedKeys {
    /// The positions of the keys that hold a byte from 0x80 on, in order.
    ///
    /// Reads the packed bytes eight at a time and, at a high byte, finds its key and goes on
    /// after that key: a graph whose names are ASCII costs one pass over its key bytes.
    /// - Complexity: O(total length + k log n) for k such keys.
    func nonASCIIPositions() -> [Int32] {
        var positions = [Int32]()
        withKeyBytes { bytes, starts in
            do {
                let raw = UnsafeRawBufferPointer(bytes)
                let total = raw.count
                var offset = 0
                var cursor = 0
                while offset < total {
                    if offset + 8 <= total && raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                        offset += 8
                        continue
                    }
                    guard raw[offset] >= 0x80 else {
                        offset += 1
                        continue
                    }
                    cursor = Self.key(containing: offset, in: starts, from: cursor)
                    positions.append(Int32(truncatingIfNeeded: cursor))
                    offset = Int(starts[cursor + 1])
                    cursor += 1
                }
            }
        }
        return positions
    }

    /// Calls `body(position, offset, length)` for every key that contains `needle`, in key
    /// order, with the offset in that key of its first occurrence and the key's length; stops
    /// when `body` returns false.
    ///
    /// One search over all the packed bytes, by the C library's memmem: after a hit it goes on
    /// at the next key; an occurrence that runs across the end of a key is no hit.
    /// - Complexity: O(total length) for the search, and O(log n) to place each occurrence.
    func forEachKey(containing needle: [UInt8], _ body: (_ position: Int, _ offset: Int, _ length: Int) -> Bool) {
        guard !needle.isEmpty, count > 0 else { return }
        withKeyBytes { buffer, starts in
            do {
                needle.withUnsafeBufferPointer { needle in
                    guard let base = buffer.baseAddress, let wanted = needle.baseAddress else { return }
                    var from = 0
                    var cursor = 0
                    while true {
                        let found = cg_find_bytes(base, buffer.count, from, wanted, needle.count)
                        guard found >= 0 else { return }
                        let offset = Int(found)
                        cursor = Self.key(containing: offset, in: starts, from: cursor)
                        let start = Int(starts[cursor]), end = Int(starts[cursor + 1])
                        if offset + needle.count <= end {
                            guard body(cursor, offset - start, end - start) else { return }
                            from = end
                            cursor += 1
                        } else {
                            from = offset + 1
                        }
                    }
                }
            }
        }
    }

    /// The key at `position`, from the buffers ``withKeyBytes(_:)`` lends.
    @inline(__always)
    static func key(_ position: Int, in bytes: UnsafeBufferPointer<UInt8>, _ starts: UnsafeBufferPointer<Int32>)
        -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[Int(starts[position])..<Int(starts[position + 1])])
    }

    /// The position of the key whose bytes hold `offset`, at `from` or after it (keys before
    /// `from` end at or before `offset`); galloping, then binary search.
    /// - Complexity: O(log d) for a key d positions on.
    private static func key(containing offset: Int, in starts: UnsafeBufferPointer<Int32>, from: Int) -> Int {
        // The last position p with starts[p] <= offset; keys are starts.count - 1.
        var low = from, step = 1
        var high = from + 1
        while high < starts.count - 1 && Int(starts[high]) <= offset {
            low = high
            step *= 2
            high = min(high + step, starts.count - 1)
        }
        // starts[low] <= offset < starts[high] (or high is the last key's end).
        while high - low > 1 {
            let middle = (low + high) / 2
            if Int(starts[middle]) <= offset { low = middle } else { high = middle }
        }
        return low
    }
}
