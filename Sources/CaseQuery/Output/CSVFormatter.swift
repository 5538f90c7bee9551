import CaseGraph
import Foundation

/// Writes each result's table as RFC 4180 CSV: a header row, then one row per line.
/// Fields holding a comma, a quote or a space at either end are quoted; control characters
/// and bidi overrides are written visibly as `\u{..}` so the output is safe on a terminal.
public struct CSVFormatter: Sendable {
    public let graph: Graph
    /// Polled while rows are written; once it fires the output is cut short (see ``TextFormatter``).
    public let cancellation: Cancellation

    public init(graph: Graph, cancellation: Cancellation = .never) {
        self.graph = graph
        self.cancellation = cancellation
    }

    public func format(_ result: QueryResult) -> String {
        let table = ResultTables.table(for: result, in: graph, cancellation: cancellation)
        return ([table.columns] + table.rows).map(polling: cancellation) { row in row.map(Self.field).joined(separator: ",") }
            .joined(separator: "\n")
    }

    static func field(_ text: String) -> String {
        let safe = SafeText.escaped(text)
        let needsQuotes = safe.contains(where: { $0 == "," || $0 == "\"" }) || safe.first == " " || safe.last == " "
        return needsQuotes ? "\"" + safe.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : safe
    }
}
