/// Edit distances from one search text to byte strings met in byte order, each string's
/// table rows shared with the string before it for their common prefix (a walk of the trie
/// the sorted strings spell, without building it).
///
/// The distance is the optimal-string-alignment distance of ``EditDistanceRows``, within
/// `limit`; a string is measured as a whole and as its first run of `width` words (the run
/// ends at the `width`-th space, or at the string's end when it has exactly `width` words).
/// Row `i` of the table belongs to the string's first `i` bytes: strings that share a prefix
/// share those rows, and when a row's smallest value exceeds `limit` every string with that
/// prefix is out of reach: it is answered by comparing prefixes alone.
///
/// Only the band of cells within `limit` of the diagonal is kept (2·limit + 1 a row), as in
/// ``EditDistanceRows``; the answers are that table's, capped at `limit`.
struct SortedKeyDistances {
    private let query: [UInt8]
    private let limit: Int
    private let width: Int
    /// Whether a string's whole distance counts, or only its first run's.
    private let measuresWhole: Bool
    /// The band's width: 2·limit + 1 cells a row; the cell for column j of row i is at
    /// `i * band + (j - i + limit)`.
    private let band: Int
    /// Rows 0 through `validDepth`, for the first bytes of `previous`.
    private var rows: [Int32]
    /// The number of spaces in `previous[0 ..< depth]`, for each depth with a row.
    private var spaces: [Int32]
    /// The run's distance found at a depth below each depth, or `limit + 1`.
    private var runBefore: [Int32]
    private var previous: [UInt8] = []
    private var validDepth = 0
    /// The depth at which `previous`'s rows went out of reach, if they did.
    private var outOfReach: Int?

    /// - Parameter measuresWhole: true to measure strings whole and by their first run; false
    ///   for the first run only (a string that starts at a word of a longer key).
    init(query: [UInt8], limit: Int, width: Int, measuresWhole: Bool) {
        let limit = max(0, limit)
        self.query = query
        self.limit = limit
        self.width = max(1, width)
        self.measuresWhole = measuresWhole
        band = 2 * limit + 1
        let beyond = Int32(limit + 1)
        // Row 0: column j costs j insertions.
        rows = (0..<band).map { cell in
            let column = cell - limit
            return column >= 0 && column <= query.count ? Int32(column) : beyond
        }
        spaces = [0]
        runBefore = [beyond]
    }

    /// The distance of `key`, the next string in byte order (or any string: the rows of the
    /// prefix it shares with the one before are reused), if within the limit.
    /// - Complexity: O((|key| - shared prefix) · limit), and O(shared prefix) to find it.
    mutating func distance(_ key: UnsafeBufferPointer<UInt8>) -> Int? {
        var shared = 0
        let common = min(key.count, previous.count, validDepth)
        while shared < common && key[shared] == previous[shared] { shared += 1 }
        if let depth = outOfReach, shared >= depth {
            // Only a run that ended before the rows went out of reach can be within it.
            let run = Int(runBefore[depth])
            return run <= limit ? run : nil
        }
        outOfReach = nil
        previous.removeSubrange(shared...)
        previous.append(contentsOf: key[shared...])
        validDepth = shared
        let beyond = Int32(limit + 1)
        var run = Int(runBefore[shared])
        var depth = shared
        while true {
            // The run ends here when the first `depth` bytes are `width` words.
            let wordsEnd = depth == key.count || key[depth] == 0x20
            if wordsEnd && Int(spaces[depth]) == width - 1 {
                run = min(run, Int(cell(depth, query.count)))
                if !measuresWhole { break }
            }
            if depth == key.count || (!measuresWhole && Int(spaces[depth]) >= width) { break }
            if !extendRow(with: key, to: depth + 1) {
                // Row depth + 1 is kept: a string sharing those bytes is out of reach too.
                outOfReach = depth + 1
                validDepth = depth + 1
                if runBefore.count <= depth + 1 { runBefore.append(beyond) }
                runBefore[depth + 1] = Int32(run)
                break
            }
            depth += 1
            validDepth = depth
            if runBefore.count <= depth { runBefore.append(beyond) }
            runBefore[depth] = Int32(run)
        }
        var best = run
        if measuresWhole && depth == key.count && outOfReach == nil { best = min(best, Int(cell(key.count, query.count))) }
        return best <= limit ? best : nil
    }

    /// The cell for column `column` of row `row`, or `limit + 1` off the band.
    @inline(__always)
    private func cell(_ row: Int, _ column: Int) -> Int32 {
        let offset = column - row + limit
        guard offset >= 0 && offset < band && column >= 0 && column <= query.count else { return Int32(limit + 1) }
        return rows[row * band + offset]
    }

    /// Computes row `depth` from the rows before it and `key[depth - 1]`; false when every
    /// cell of it exceeds the limit.
    private mutating func extendRow(with key: UnsafeBufferPointer<UInt8>, to depth: Int) -> Bool {
        let beyond = Int32(limit + 1)
        if rows.count < (depth + 1) * band { rows.append(contentsOf: repeatElement(beyond, count: band)) }
        if spaces.count <= depth { spaces.append(0) }
        spaces[depth] = spaces[depth - 1] + (key[depth - 1] == 0x20 ? 1 : 0)
        let character = key[depth - 1]
        var smallest = beyond
        for offset in 0..<band {
            let column = depth - limit + offset
            var value = beyond
            if column == 0 {
                value = Int32(min(depth, limit + 1))
            } else if column > 0 && column <= query.count {
                let cost: Int32 = character == query[column - 1] ? 0 : 1
                value = min(cell(depth - 1, column) + 1, cell(depth - 1, column - 1) + cost)
                if offset > 0 { value = min(value, rows[depth * band + offset - 1] + 1) }
                if depth > 1, column > 1, character == query[column - 2], key[depth - 2] == query[column - 1] {
                    value = min(value, cell(depth - 2, column - 2) + 1)
                }
                value = min(value, beyond)
            }
            rows[depth * band + offset] = value
            smallest = min(smallest, value)
        }
        return smallest <= limit
    }
}
