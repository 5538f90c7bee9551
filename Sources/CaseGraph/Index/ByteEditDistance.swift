/// ``EditDistance/between(_:_:limit:)`` on bytes, with its rows kept between calls: the
/// fuzzy pass of a search measures up to millions of ASCII keys, and this allocates nothing
/// per key. For ASCII text, bytes are Unicode scalars, so the answers are the same.
struct ByteEditDistance {
    private var beforePrevious = [Int]()
    private var previous = [Int]()
    private var current = [Int]()

    /// The optimal-string-alignment distance (insertions, deletions, substitutions and swaps
    /// of neighbours each cost one), or nil when it exceeds `limit`.
    /// - Complexity: O(n·m) time, stopping at the first row whose minimum exceeds `limit`.
    mutating func between(_ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>, limit: Int) -> Int? {
        if abs(left.count - right.count) > limit { return nil }
        if left.isEmpty { return right.count <= limit ? right.count : nil }
        if right.isEmpty { return left.count <= limit ? left.count : nil }
        let width = right.count + 1
        if previous.count < width {
            beforePrevious = [Int](repeating: 0, count: width)
            previous = beforePrevious
            current = beforePrevious
        }
        for j in 0..<width { previous[j] = j }
        for i in 1...left.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...right.count {
                let cost = left[i - 1] == right[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, left[i - 1] == right[j - 2], left[i - 2] == right[j - 1] {
                    value = min(value, beforePrevious[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return nil }
            swap(&beforePrevious, &previous)
            swap(&previous, &current)
        }
        let distance = previous[right.count]
        return distance <= limit ? distance : nil
    }
}
