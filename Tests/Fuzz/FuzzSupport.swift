import CaseGraph
@testable import CaseQuery

/// Checks shared by the fuzz targets: every text meant for a terminal is free of raw control
/// characters, escape sequences and bidi overrides, and every result formats in every format.
enum FuzzSupport {
    /// Stops the run (libFuzzer records the input) when `text` holds a scalar that must not
    /// reach a terminal raw. Line feeds separate lines and are allowed.
    static func expectTerminalSafe(_ text: String, _ what: @autoclosure () -> String) {
        for scalar in text.unicodeScalars where scalar != "\n" && SafeText.isUnsafe(scalar) {
            fatalError("raw U+\(String(scalar.value, radix: 16, uppercase: true)) in \(what()): \(SafeText.escaped(text).prefix(400))")
        }
    }

    /// Formats `result` as a table, JSON, CSV and DOT text, checking that each is terminal-safe.
    static func formatEverywhere(_ result: QueryResult, of graph: Graph) {
        expectTerminalSafe(TextFormatter(graph: graph, style: TextStyle(color: false)).format(result), "table output")
        expectTerminalSafe(JSONFormatter(graph: graph).format(result), "JSON output")
        expectTerminalSafe(CSVFormatter(graph: graph).format(result), "CSV output")
        for withContext in [false, true] {
            do throws(QueryError) {
                if case .text(let dot) = try Exporter.export(result, of: graph, format: .dot, withContext: withContext,
                                                             byCountry: withContext, file: nil) {
                    expectTerminalSafe(dot, "DOT output")
                }
            } catch {
                expectTerminalSafe(ErrorRendering.render(error, source: result.statement, color: false), "export error")
            }
        }
    }

    /// Evaluates a bound query (never one that touches files) and formats its result.
    static func evaluate(_ query: BoundQuery, on graph: Graph) {
        let evaluator = Evaluator(graph: graph, defaultLimit: 200)
        do throws(QueryError) {
            switch query.statement {
            case .load, .setFormat, .setTimer, .quit:
                return
            case .export(let export):
                // Never write a file or run Graphviz: draw the inner statement as DOT text.
                guard let statement = export.statement else { return }
                let inner = BoundQuery(statement: statement, limit: nil, text: export.statementText ?? "")
                formatEverywhere(try evaluator.evaluate(inner), of: graph)
            default:
                formatEverywhere(try evaluator.evaluate(query), of: graph)
            }
        } catch {
            expectTerminalSafe(ErrorRendering.render(error, source: query.text, color: false), "evaluation error")
        }
    }
}
