@testable import CaseQuery
import CaseGraph
import Testing

/// The table writer against a plain restatement of its rules: cells escaped, cut at 72
/// characters with "…", columns padded to their widest cell (the last column never),
/// two spaces between columns, trailing spaces dropped from every line.
@Suite("Text tables")
struct TextTableWriterTests {
    static func reference(_ table: ResultTable, indent: String) -> String {
        let cells = table.rows.map { row in row.map { TextTableWriter.cut(SafeText.escaped($0)) } }
        var widths = table.columns.map(\.count)
        for row in cells { for (column, cell) in row.enumerated() { widths[column] = max(widths[column], cell.count) } }
        func line(_ values: [String]) -> String {
            indent + values.enumerated().map { column, value in
                column == values.count - 1 ? value : value + String(repeating: " ", count: widths[column] - value.count)
            }.joined(separator: "  ")
        }
        let lines = [line(table.columns), indent + widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")]
            + cells.map(line)
        return lines.map(\.trailingSpacesRemoved).joined(separator: "\n")
    }

    @Test("random tables are written exactly as the rules say", arguments: Array(UInt64(1)...60))
    func randomTables(seed: UInt64) {
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        let pieces = ["a", "id-17", " ", "  ", "é", "e\u{301}", "界", "\u{1B}[31m", "\t", "\r\n", "…", "👩‍👩‍👧", "x y", "\u{202E}",
                      "ß", "Ł", "ễ", "\u{A0}", "ǅ", "\u{2FF}", "\u{85}", "Zoë Nguyễn"]
        func cell() -> String {
            let count = next(4) == 0 ? next(60) : next(6)
            return (0..<count).map { _ in pieces[next(pieces.count)] }.joined()
        }
        let columns = ["distance", "id", "type", "name", "via"].prefix(1 + next(5)).map { $0 }
        let table = ResultTable(columns: columns, rows: (0..<next(8)).map { _ in columns.map { _ in cell() } })
        for indent in ["", "  "] {
            #expect(TextTableWriter.write(table, style: TextStyle(color: false), indent: indent) == Self.reference(table, indent: indent),
                    "seed \(seed): \(table.rows)")
            #expect(TextTableWriter.write(table, style: TextStyle(color: false), indent: indent, heading: "linked to Zoë: 3 nodes")
                    == "linked to Zoë: 3 nodes\n" + Self.reference(table, indent: indent), "seed \(seed): \(table.rows)")
        }
    }
}
