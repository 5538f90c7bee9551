import CaseGraph

/// A table measured for writing (see ``TextTableWriter``): each column's width, each cell's,
/// the escaped text of the rare cells that need it, and how many bytes the rows take at most.
struct TableLayout {
    let table: ResultTable
    let indent: String
    /// Each column's width: its widest cell, or its name.
    private(set) var widths: [Int]
    /// Each cell's width in characters, at most ``TextTableWriter/maximumCellWidth``.
    private var cellWidths: [UInt8] = []
    /// The cells written escaped and cut, by cell number.
    private var escaped: [Int: String] = [:]
    /// The rows measured: all of them, unless the cancellation fired.
    private(set) var rowCount = 0
    /// The most bytes the rows take, each after a line break.
    private(set) var rowBytes = 0

    /// Measures `table`'s rows until `cancellation` fires.
    /// - Complexity: O(bytes of the cells).
    init(measuring table: ResultTable, indent: String, cancellation: Cancellation) {
        self.table = table
        self.indent = indent
        widths = table.columns.map(\.count)
        let columnCount = table.columns.count
        cellWidths.reserveCapacity(table.rowCount * columnCount)
        var cellBytes = 0, work = 0
        while rowCount < table.rowCount, !cancellation.shouldStop(after: &work) {
            for column in 0..<columnCount {
                let width = table.withCell(rowCount, column) { bytes in
                    if let width = TextTableWriter.plainWidth(of: bytes) {
                        cellBytes += bytes.count
                        return width
                    }
                    let text = TextTableWriter.cut(SafeText.escaped(String(decoding: bytes, as: UTF8.self)))
                    escaped[cellWidths.count] = text
                    cellBytes += text.utf8.count
                    return text.count
                }
                cellWidths.append(UInt8(width))
                widths[column] = max(widths[column], width)
            }
            rowCount += 1
        }
        // A row is a line break, the indent, its cells, each but the last padded to its
        // column's width, and two spaces between columns: at most this many bytes.
        let rowFrame = 1 + indent.utf8.count + 2 * (columnCount - 1) + widths.dropLast().reduce(0, +)
        rowBytes = rowCount * rowFrame + cellBytes
    }

    /// Writes the measured rows, each after a line break, until `cancellation` fires.
    /// - Complexity: O(bytes written).
    func writeRows<Output: TableOutput>(into output: inout Output, cancellation: Cancellation) {
        let columnCount = table.columns.count
        var work = 0
        for row in 0..<rowCount {
            if cancellation.shouldStop(after: &work) { break }
            output.betweenRows()
            output.append(byte: UInt8(ascii: "\n"))
            let rowStart = output.count
            output.append(indent)
            for column in 0..<columnCount {
                if column > 0 { output.appendSpaces(2) }
                let cell = row * columnCount + column
                if !escaped.isEmpty, let text = escaped[cell] {
                    output.append(text)
                } else {
                    table.withCell(row, column) { output.append($0) }
                }
                if column < columnCount - 1 { output.appendSpaces(widths[column] - Int(cellWidths[cell])) }
            }
            // Rare: a row ending in spaces; they go, as `trailingSpacesRemoved` drops them.
            output.dropSpaces(after: rowStart)
        }
    }
}

/// Where ``TableLayout`` writes a table's lines.
protocol TableOutput {
    /// The bytes written (since the last chunk handed on).
    var count: Int { get }
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>)
    mutating func append(byte: UInt8)
    /// Appends `spaces` spaces; none when it is not positive.
    mutating func appendSpaces(_ spaces: Int)
    /// Drops the spaces at the end, back to `start` at most.
    mutating func dropSpaces(after start: Int)
    /// Called before each row: where a chunk may be handed on.
    mutating func betweenRows()
}

extension TableOutput {
    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }
}

/// Bytes written one after another into a buffer sized for them beforehand (a `String`'s).
struct TextBuffer: TableOutput {
    let buffer: UnsafeMutableBufferPointer<UInt8>
    private(set) var count = 0

    init(_ buffer: UnsafeMutableBufferPointer<UInt8>) {
        self.buffer = buffer
    }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        precondition(count + bytes.count <= buffer.count, "the text was sized for every byte")
        guard let source = bytes.baseAddress, let base = buffer.baseAddress else { return }
        (base + count).initialize(from: source, count: bytes.count)
        count += bytes.count
    }

    mutating func append(byte: UInt8) {
        precondition(count < buffer.count, "the text was sized for every byte")
        buffer[count] = byte
        count += 1
    }

    mutating func appendSpaces(_ spaces: Int) {
        guard spaces > 0, let base = buffer.baseAddress else { return }
        precondition(count + spaces <= buffer.count, "the text was sized for every byte")
        (base + count).initialize(repeating: UInt8(ascii: " "), count: spaces)
        count += spaces
    }

    mutating func dropSpaces(after start: Int) {
        while count > start && buffer[count - 1] == UInt8(ascii: " ") { count -= 1 }
    }

    func betweenRows() {}
}

/// Bytes handed to a sink a chunk of whole lines at a time (``OutputSink``), as the JSON and
/// DOT writers hand theirs (``ChunkedOutput``).
struct ChunkOutput: TableOutput, ChunkedOutput {
    let sink: OutputSink?
    var bytes: [UInt8] = []

    init(sink: OutputSink) {
        self.sink = sink
        bytes.reserveCapacity(OutputSink.chunkSize + 4096)
    }

    var count: Int { bytes.count }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes.append(contentsOf: bytes) }

    mutating func append(byte: UInt8) { bytes.append(byte) }

    mutating func appendSpaces(_ spaces: Int) {
        if spaces > 0 { bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: spaces)) }
    }

    mutating func dropSpaces(after start: Int) {
        while bytes.count > start && bytes.last == UInt8(ascii: " ") { bytes.removeLast() }
    }

    mutating func betweenRows() { handOnIfFull() }
}
