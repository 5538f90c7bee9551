/// The places of many records of one section, kept for diagnostics made late (the quote
/// check's): 12 bytes a record instead of a ``RecordPlace``'s 40, the file kept once for
/// each run of records from it. On a 5-million-edge file, 140 MB less beside the graph
/// being built.
///
/// ```swift
/// var places = PlaceList(section: .edge)
/// places.append(record.place)
/// places[0].diagnostic(.warning, "...")  // the same diagnostic as record.place's
/// ```
struct PlaceList {
    private let section: RecordPlace.Section
    /// Per record: line, column and position in its file's list.
    private var lines: [Int32] = []
    private var columns: [Int32] = []
    private var indices: [Int32] = []
    /// The file of each run of records: records from `runs[k].start` on come from `runs[k].file`.
    private var runs: [(start: Int, file: String)] = []

    init(section: RecordPlace.Section) {
        self.section = section
    }

    var count: Int { lines.count }

    mutating func reserveCapacity(_ capacity: Int) {
        lines.reserveCapacity(capacity)
        columns.reserveCapacity(capacity)
        indices.reserveCapacity(capacity)
    }

    /// Adds a resolved place of this list's section.
    /// - Complexity: O(1) amortised.
    mutating func append(_ place: RecordPlace) {
        assert(place.section == section, "a place of another section")
        if runs.last?.file != place.file { runs.append((lines.count, place.file)) }
        lines.append(Int32(truncatingIfNeeded: place.line))
        columns.append(Int32(truncatingIfNeeded: place.column))
        indices.append(Int32(truncatingIfNeeded: place.index))
    }

    /// The place of the record at `position`, line and column resolved (its byte offset is
    /// not kept: diagnostics do not use it).
    /// - Complexity: O(log number of files).
    subscript(position: Int) -> RecordPlace {
        var low = 0, high = runs.count - 1
        while low < high {  // the last run starting at or before `position`
            let middle = (low + high + 1) / 2
            if runs[middle].start <= position { low = middle } else { high = middle - 1 }
        }
        var place = RecordPlace(file: runs[low].file, section: section, index: Int(indices[position]), offset: 0)
        place.resolve(line: Int(lines[position]), column: Int(columns[position]))
        return place
    }
}
