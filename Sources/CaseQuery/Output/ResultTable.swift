import CaseGraph

/// A result as rows and columns: what CSV writes, and what the text format aligns for
/// tabular results. Cells hold the data's text unescaped; each writer escapes for its medium.
///
/// The cells are UTF-8 in one buffer, row after row, so that a table of thousands of rows is
/// a few allocations, not a `String` and an array per cell and row; the writers read the
/// bytes (``withCell(_:_:_:)``) and make a `String` only for the rare cell that needs escaping.
///
/// ```swift
/// var table = ResultTable(columns: ["id", "name"])
/// table.append("dutch-police")
/// table.append("Dutch police")
/// table.rows  // [["dutch-police", "Dutch police"]]
/// ```
public struct ResultTable: Sendable, Hashable {
    public let columns: [String]
    /// The cells' text, row after row.
    private var bytes: [UInt8] = []
    /// Where each cell ends in `bytes`: cell (row r, column c) is number `r × columns + c`.
    private var cellEnds: [Int] = []

    /// A table of `rows`, each of as many cells as there are `columns`.
    public init(columns: [String], rows: [[String]] = []) {
        precondition(!columns.isEmpty, "a table has a column")
        self.columns = columns
        for row in rows {
            precondition(row.count == columns.count, "a row has a cell for every column")
            for cell in row { append(cell) }
        }
    }

    /// The number of whole rows.
    public var rowCount: Int { cellEnds.count / columns.count }

    /// The cells as strings, row by row.
    /// - Complexity: O(size of the table).
    public var rows: [[String]] {
        (0..<rowCount).map { row in (0..<columns.count).map { column in withCell(row, column) { String(decoding: $0, as: UTF8.self) } } }
    }

    /// Calls `body` with the UTF-8 of the cell at `row` and `column`.
    @inline(__always)
    func withCell<Result>(_ row: Int, _ column: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        let cell = row * columns.count + column
        let range = (cell == 0 ? 0 : cellEnds[cell - 1])..<cellEnds[cell]
        return try bytes.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    // MARK: - Building, a cell at a time (row after row)

    /// Reserves room for `rows` more rows of about `bytesPerRow` bytes.
    mutating func reserveCapacity(rows: Int, bytesPerRow: Int) {
        cellEnds.reserveCapacity(cellEnds.count + rows * columns.count)
        bytes.reserveCapacity(bytes.count + rows * bytesPerRow)
    }

    /// Appends a cell holding `text`.
    mutating func append(_ text: String) {
        appendPiece(text)
        endCell()
    }

    /// Appends a cell holding the UTF-8 `text`.
    mutating func append(utf8 text: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: text)
        endCell()
    }

    /// Appends a cell holding `number` in decimal.
    mutating func append(_ number: Int) {
        appendPiece(number)
        endCell()
    }

    /// Adds `text` to the cell being written (ended by ``endCell()``).
    mutating func appendPiece(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Adds the UTF-8 `text` to the cell being written.
    mutating func appendPiece(utf8 text: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: text)
    }

    /// Adds `number`, in decimal, to the cell being written.
    mutating func appendPiece(_ number: Int) {
        if number < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = number.magnitude, digits = 1
        while magnitude >= 10 {
            magnitude /= 10
            digits += 1
        }
        let start = bytes.count
        bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: digits))
        var rest = number.magnitude
        for position in stride(from: start + digits - 1, through: start, by: -1) {
            bytes[position] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
        }
    }

    /// Ends the cell being written (possibly empty).
    mutating func endCell() {
        cellEnds.append(bytes.count)
    }
}
