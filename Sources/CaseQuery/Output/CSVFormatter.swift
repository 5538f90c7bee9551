import CaseGraph
import Foundation

/// Writes each result's table as RFC 4180 CSV: a header row, then one row per line.
/// Fields holding a comma, a quote or a space at either end are quoted; control characters
/// and bidi overrides are written visibly as `\u{..}` so the output is safe on a terminal.
public struct CSVFormatter: Sendable {
    public let graph: Graph

    public init(graph: Graph) {
        self.graph = graph
    }

    public func format(_ result: QueryResult) -> String {
        let table = ResultTables.table(for: result, in: graph)
        return ([table.columns] + table.rows).map { row in row.map(Self.field).joined(separator: ",") }
            .joined(separator: "\n")
    }

    static func field(_ text: String) -> String {
        let safe = SafeText.escaped(text)
        let needsQuotes = safe.contains(where: { $0 == "," || $0 == "\"" }) || safe.first == " " || safe.last == " "
        return needsQuotes ? "\"" + safe.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : safe
    }
}
