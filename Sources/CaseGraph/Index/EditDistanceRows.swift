/// The optimal-string-alignment distance, with its rows kept between calls: the fuzzy pass
/// of a search measures up to millions of keys and allocates nothing per key.
/// ``EditDistance/between(_:_:limit:)`` measures `String`s by Unicode scalar with it; the
/// search measures ASCII keys by byte (for ASCII, bytes are scalars: the same answers).
struct EditDistanceRows {
    /// Three rows of the table one after the other: the one before the previous one (for
    /// swaps), the previous one, the current one; which is which rotates.
    private var rows = [Int]()

    /// Insertions, deletions, substitutions and swaps of neighbours each cost one; nil when
    /// the distance exceeds `limit`.
    ///
    /// Only the band of cells within `limit` of the diagonal is computed (a cell further off
    /// is at least that many edits away), and a value above `limit` is kept as `limit + 1`:
    /// the answers of the whole table, in (2·limit + 1)/m of its time.
    /// - Complexity: O(n · min(m, limit)) time, stopping at the first row whose minimum
    ///   exceeds `limit`.
    mutating func between<Text: RandomAccessCollection>(_ left: Text, _ right: Text, limit: Int) -> Int?
    where Text.Element: Equatable, Text.Index == Int {
        let n = left.count, m = right.count
        guard limit >= 0, abs(n - m) <= limit else { return nil }
        if n == 0 { return m }
        if m == 0 { return n }
        let band = min(limit, max(n, m))  // no distance exceeds the longer length
        let beyond = band + 1
        let width = m + 1
        if rows.count < 3 * width { rows = [Int](repeating: 0, count: 3 * width) }
        let l = left.startIndex, r = right.startIndex
        return rows.withUnsafeMutableBufferPointer { rows -> Int? in
            guard let base = rows.baseAddress else { return nil }
            var beforePrevious = base, previous = base + width, current = base + 2 * width
            for j in 0...m { previous[j] = j <= band ? j : beyond }
            for i in 1...n {
                let low = max(1, i - band), high = min(m, i + band)
                // The cell left of the band: column 0 in the first rows, else beyond the limit.
                current[low - 1] = low == 1 && i <= band ? i : beyond
                var rowMinimum = current[low - 1]
                let character = left[l + i - 1]
                for j in low...high {
                    let cost = character == right[r + j - 1] ? 0 : 1
                    var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                    if i > 1, j > 1, character == right[r + j - 2], left[l + i - 2] == right[r + j - 1] {
                        value = min(value, beforePrevious[j - 2] + 1)
                    }
                    value = min(value, beyond)
                    current[j] = value
                    rowMinimum = min(rowMinimum, value)
                }
                // The cell right of the band, which the next row reads above its last cell.
                if high < m { current[high + 1] = beyond }
                if rowMinimum > band { return nil }
                (beforePrevious, previous, current) = (previous, current, beforePrevious)
            }
            let distance = previous[m]
            return distance <= band ? distance : nil
        }
    }
}
