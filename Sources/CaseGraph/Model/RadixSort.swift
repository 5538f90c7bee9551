/// Least-significant-digit radix sorting of values by a `UInt64` key, for the loader's
/// large sorts: name keys' runs (``PackedKeys``), adjacency runs of hubs (``Adjacency``).
enum RadixSort {
    /// From this many values on, a radix sort (a pass a byte at most, a pass skipped where all
    /// the values share the byte) beats a comparison sort (about log n passes) here.
    static let minimumCount = 1_024

    /// Sorts `values` stably by the bytes `bytes` of `key(value)` (byte 0 the lowest): a
    /// least-significant-digit radix sort, a byte a pass, a pass skipped where every value
    /// has the same byte. The digits of every byte are counted in one pass first. `scratch`
    /// is working memory, reused from call to call.
    /// - Complexity: O(n) time, a pass over the values per byte, and one more; `scratch` grows to n values.
    static func sort<Value>(_ values: inout [Value], scratch: inout [Value], bytes: Range<Int>, key: (Value) -> UInt64) {
        guard values.count > 1, !bytes.isEmpty else { return }
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: values)
        var counts = [Int](repeating: 0, count: 256 * bytes.count)
        counts.withUnsafeMutableBufferPointer { counts in
            for value in values {
                let word = key(value)
                for (row, byte) in bytes.enumerated() {
                    counts[row << 8 | Int(truncatingIfNeeded: word >> UInt64(8 * byte)) & 0xFF] += 1
                }
            }
        }
        for (row, byte) in bytes.enumerated() {
            let shift = UInt64(8 * byte), digits = row << 8..<(row + 1) << 8
            guard !counts[digits].contains(values.count) else { continue }  // one byte for all: in order
            var next = 0
            for digit in digits {
                let count = counts[digit]
                counts[digit] = next
                next += count
            }
            values.withUnsafeBufferPointer { values in
                scratch.withUnsafeMutableBufferPointer { scratch in
                    counts.withUnsafeMutableBufferPointer { starts in
                        for value in values {
                            let digit = row << 8 | Int(truncatingIfNeeded: key(value) >> shift) & 0xFF
                            scratch[starts[digit]] = value
                            starts[digit] += 1
                        }
                    }
                }
            }
            swap(&values, &scratch)
        }
    }
}
