import CaseGraph

/// Writes each result's table as RFC 4180 CSV: a header row, then one row per line.
/// Fields holding a comma, a quote or a space at either end are quoted; control characters
/// and bidi overrides are written visibly as `\u{..}` so the output is safe on a terminal.
public struct CSVFormatter: Sendable {
    public let graph: Graph
    /// Polled while rows are written; once it fires the output is cut short (see ``TextFormatter``).
    public let cancellation: Cancellation
    /// Takes the text a chunk at a time while it is written (see ``OutputSink``); then
    /// ``format(_:)`` returns only the rest.
    public let sink: OutputSink?

    public init(graph: Graph, cancellation: Cancellation = .never, sink: OutputSink? = nil) {
        self.graph = graph
        self.cancellation = cancellation
        self.sink = sink
    }

    /// - Complexity: O(size of the output), written into one buffer of bytes.
    public func format(_ result: QueryResult) -> String {
        let table = ResultTables.table(for: result, in: graph, cancellation: cancellation)
        var bytes = [UInt8]()
        for (position, column) in table.columns.enumerated() {
            if position > 0 { bytes.append(UInt8(ascii: ",")) }
            var column = column
            column.withUTF8 { Self.append(field: $0, to: &bytes) }
        }
        var work = 0
        for row in 0..<table.rowCount {
            if cancellation.shouldStop(after: &work) { break }
            sink?.takeIfFull(&bytes)  // before the row: the rest returned is never empty
            bytes.append(UInt8(ascii: "\n"))
            for column in table.columns.indices {
                if column > 0 { bytes.append(UInt8(ascii: ",")) }
                table.withCell(row, column) { Self.append(field: $0, to: &bytes) }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// One field: made terminal-safe, then quoted (its quotes doubled) when it holds a comma
    /// or a quote or starts or ends with a space.
    private static func append(field text: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]) {
        // Printable ASCII, the usual case, is safe as it is (see `SafeText`).
        if text.allSatisfy({ $0 &- 0x20 < 0x5F }) {
            append(safeField: text, to: &bytes)
        } else {
            var safe = SafeText.escaped(String(decoding: text, as: UTF8.self))
            safe.withUTF8 { append(safeField: $0, to: &bytes) }
        }
    }

    private static func append(safeField safe: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]) {
        let needsQuotes = safe.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") })
            || safe.first == UInt8(ascii: " ") || safe.last == UInt8(ascii: " ")
        guard needsQuotes else {
            bytes.append(contentsOf: safe)
            return
        }
        bytes.append(UInt8(ascii: "\""))
        for byte in safe {
            if byte == UInt8(ascii: "\"") { bytes.append(byte) }
            bytes.append(byte)
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
