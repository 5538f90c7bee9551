/// The file each item of a long list came from, kept once per run of items from the same
/// file (a list's items come file by file): the edges' declaring files, the places of the
/// loader's records.
///
/// ```swift
/// var files = FileRuns()
/// files.note("a.json", at: 0); files.note("a.json", at: 1); files.note("b.json", at: 2)
/// files[1]   // "a.json"
/// ```
struct FileRuns: Sendable, Equatable {
    private struct Run: Sendable, Equatable {
        var start: Int
        var file: String
    }

    /// Items from `runs[k].start` on come from `runs[k].file`.
    private var runs: [Run] = []

    init() {}

    /// Records that the item at `position` (the next one) comes from `file`.
    /// - Complexity: O(1) amortised.
    @inline(__always)
    mutating func note(_ file: String, at position: Int) {
        if runs.last?.file != file { runs.append(Run(start: position, file: file)) }
    }

    /// The file of the item at `position`.
    /// - Complexity: O(log number of runs).
    subscript(position: Int) -> String {
        var low = 0, high = runs.count - 1
        while low < high {  // the last run starting at or before `position`
            let middle = (low + high + 1) / 2
            if runs[middle].start <= position { low = middle } else { high = middle - 1 }
        }
        return runs[low].file
    }

    /// Appends the runs of `other`, whose items follow this list's from `base` on.
    mutating func append(contentsOf other: FileRuns, at base: Int) {
        for run in other.runs { note(run.file, at: base + run.start) }
    }

    /// Forgets the items from `position` on.
    mutating func removeSuffix(from position: Int) {
        while let last = runs.last, last.start >= position { runs.removeLast() }
    }
}
