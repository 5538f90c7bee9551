/// The places of many records of one section, kept for diagnostics made late (the quote
/// check's): 8 bytes a record instead of a ``RecordPlace``'s 40, the file kept once for
/// each run of records from it, the position in the file's list once for each run of
/// consecutive positions (``IndexRuns``). On a 5-million-edge file, 140 MB less beside the graph
/// being built.
///
/// ```swift
/// var places = PlaceList(section: .edge)
/// places.append(record.place)
/// places[0].diagnostic(.warning, "...")  // the same diagnostic as record.place's
/// ```
struct PlaceList: Sendable, Equatable {
    private let section: RecordPlace.Section
    /// Per record: line, column and position in its file's list.
    private var lines: [Int32] = []
    private var columns: [Int32] = []
    private var indices = IndexRuns()
    /// The file of each record, once per run.
    private var files = FileRuns()

    init(section: RecordPlace.Section) {
        self.section = section
    }

    var count: Int { lines.count }

    mutating func reserveCapacity(_ capacity: Int) {
        lines.reserveCapacity(capacity)
        columns.reserveCapacity(capacity)
    }

    /// Adds a resolved place of this list's section.
    /// - Complexity: O(1) amortised.
    mutating func append(_ place: RecordPlace) {
        assert(place.section == section, "a place of another section")
        append(line: place.line, column: place.column, index: place.index, file: place.file)
    }

    /// Adds the place of the record at `index` in `file`'s list, at `line` and `column`.
    /// - Complexity: O(1) amortised.
    @inline(__always)
    mutating func append(line: Int, column: Int, index: Int, file: String) {
        files.note(file, at: lines.count)
        lines.append(Int32(truncatingIfNeeded: line))
        columns.append(Int32(truncatingIfNeeded: column))
        indices.append(Int32(truncatingIfNeeded: index))
    }

    /// Adds the places of `other`, in order.
    /// - Complexity: O(size of `other`).
    mutating func append(contentsOf other: PlaceList) {
        guard !isEmpty else { return self = other }
        files.append(contentsOf: other.files, at: lines.count)
        lines.append(contentsOf: other.lines)
        columns.append(contentsOf: other.columns)
        indices.append(contentsOf: other.indices)
    }

    var isEmpty: Bool { lines.isEmpty }

    /// Stores the line and column of the place at `position`.
    mutating func resolve(_ position: Int, line: Int, column: Int) {
        lines[position] = Int32(truncatingIfNeeded: line)
        columns[position] = Int32(truncatingIfNeeded: column)
    }

    /// Moves the places of records read on their own from a part of the file (their index
    /// and location counted from the part's start) to their places in the whole file: the
    /// part's first record is at `index`, and the file's counter `lines` stopped where the
    /// part starts.
    /// - Complexity: O(count).
    mutating func move(index first: Int, lines counter: LineCounter) {
        for position in lines.indices {
            let (line, column) = counter.location(continuedBy: (Int(lines[position]), Int(columns[position])))
            lines[position] = Int32(truncatingIfNeeded: line)
            columns[position] = Int32(truncatingIfNeeded: column)
        }
        indices.shift(by: Int32(truncatingIfNeeded: first))
    }

    /// Removes the places from `position` on.
    mutating func removeSuffix(from position: Int) {
        guard position < count else { return }
        lines.removeSubrange(position...)
        columns.removeSubrange(position...)
        indices.removeSuffix(from: position)
        files.removeSuffix(from: position)
    }

    /// The place of the record at `position`, line and column resolved (its byte offset is
    /// not kept: diagnostics do not use it).
    /// - Complexity: O(log number of files).
    subscript(position: Int) -> RecordPlace {
        var place = RecordPlace(file: files[position], section: section, index: Int(indices[position]), offset: 0)
        place.resolve(line: Int(lines[position]), column: Int(columns[position]))
        return place
    }
}
