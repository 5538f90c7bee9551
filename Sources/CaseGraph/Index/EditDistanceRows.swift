/// The optimal-string-alignment distance, with its rows kept between calls: the fuzzy pass
/// of a search measures up to millions of keys and allocates nothing per key.
/// ``EditDistance/between(_:_:limit:)`` measures `String`s by Unicode scalar with it; the
/// search measures ASCII keys by byte (for ASCII, bytes are scalars: the same answers).
struct EditDistanceRows {
    private var beforePrevious = [Int]()
    private var previous = [Int]()
    private var current = [Int]()

    /// Insertions, deletions, substitutions and swaps of neighbours each cost one; nil when
    /// the distance exceeds `limit`.
    /// - Complexity: O(n·m) time, stopping at the first row whose minimum exceeds `limit`.
    mutating func between<Text: RandomAccessCollection>(_ left: Text, _ right: Text, limit: Int) -> Int?
    where Text.Element: Equatable, Text.Index == Int {
        if abs(left.count - right.count) > limit { return nil }
        if left.isEmpty { return right.count <= limit ? right.count : nil }
        if right.isEmpty { return left.count <= limit ? left.count : nil }
        let width = right.count + 1
        if previous.count < width {
            beforePrevious = [Int](repeating: 0, count: width)
            previous = beforePrevious
            current = beforePrevious
        }
        let l = left.startIndex, r = right.startIndex
        for j in 0..<width { previous[j] = j }
        for i in 1...left.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...right.count {
                let cost = left[l + i - 1] == right[r + j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, left[l + i - 1] == right[r + j - 2], left[l + i - 2] == right[r + j - 1] {
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
