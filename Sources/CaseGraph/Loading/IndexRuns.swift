/// The position of each record of a long list in its file's list, kept once per run of
/// consecutive positions: a file's records come in order, so a list read from one file is
/// one run (4 bytes a record saved on millions of places).
///
/// ```swift
/// var indices = IndexRuns()
/// indices.append(0); indices.append(1); indices.append(0)   // a second file starts
/// indices[1]   // 1
/// indices.count // 3
/// ```
struct IndexRuns: Sendable, Equatable {
    private struct Run: Sendable, Equatable {
        /// The first item of the run.
        var start: Int32
        /// That item's index; the run's next items follow it one by one.
        var first: Int32
    }

    private var runs: [Run] = []
    private(set) var count = 0

    init() {}

    /// Appends the next item's index.
    /// - Complexity: O(1) amortised.
    @inline(__always)
    mutating func append(_ index: Int32) {
        if let last = runs.last, last.first &+ (Int32(truncatingIfNeeded: count) &- last.start) == index {
            count += 1
            return
        }
        runs.append(Run(start: Int32(truncatingIfNeeded: count), first: index))
        count += 1
    }

    /// The index of the item at `position`.
    /// - Complexity: O(log number of runs).
    subscript(position: Int) -> Int32 {
        var low = 0, high = runs.count - 1
        while low < high {  // the last run starting at or before `position`
            let middle = (low + high + 1) / 2
            if Int(runs[middle].start) <= position { low = middle } else { high = middle - 1 }
        }
        return runs[low].first &+ (Int32(truncatingIfNeeded: position) &- runs[low].start)
    }

    /// Adds `offset` to every index.
    /// - Complexity: O(number of runs).
    mutating func shift(by offset: Int32) {
        for run in runs.indices { runs[run].first &+= offset }
    }

    /// Appends the items of `other`, in order.
    /// - Complexity: O(number of `other`'s runs).
    mutating func append(contentsOf other: IndexRuns) {
        for (number, run) in other.runs.enumerated() {
            let end = number + 1 < other.runs.count ? Int(other.runs[number + 1].start) : other.count
            append(run.first)
            let rest = end - Int(run.start) - 1
            if rest > 0 {  // the run's other items follow its first: they extend the run just appended or continued
                count += rest
            }
        }
    }

    /// Forgets the items from `position` on.
    mutating func removeSuffix(from position: Int) {
        guard position < count else { return }
        while let last = runs.last, Int(last.start) >= position { runs.removeLast() }
        count = position
    }
}
