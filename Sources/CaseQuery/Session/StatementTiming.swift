/// How long one statement took, phase by phase: what `set timer on` (and `--timer`) shows
/// after each statement, as sqlite3's and DuckDB's `.timer on` do.
///
/// Parsing (microseconds, done for a whole script at once) is not counted; binding
/// resolves names, evaluating runs the query, formatting writes the output text.
public struct StatementTiming: Sendable, Hashable {
    public var bind: Duration
    public var evaluate: Duration
    public var format: Duration

    public init(bind: Duration, evaluate: Duration, format: Duration) {
        self.bind = bind
        self.evaluate = evaluate
        self.format = format
    }

    /// Binding, evaluating and formatting together.
    public var total: Duration { bind + evaluate + format }

    /// One line: `time: 46.2 µs (bind 2.1 µs, evaluate 30.1 µs, format 14.0 µs)`.
    public var summary: String {
        "time: \(Self.written(total)) (bind \(Self.written(bind)), evaluate \(Self.written(evaluate)), "
            + "format \(Self.written(format)))"
    }

    /// The line `--timer` writes for the load: `time: load 2.3 s (100000 nodes, 500000 edges)`.
    public static func loadSummary(_ duration: Duration, nodes: Int, edges: Int) -> String {
        "time: load \(written(duration)) (\(count(nodes, "node")), \(count(edges, "edge")))"
    }

    /// A duration in the unit that keeps three significant figures readable: µs below a
    /// millisecond, ms below a second, s above.
    static func written(_ duration: Duration) -> String {
        let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
        switch seconds {
        case ..<1e-3: return decimal(seconds * 1e6) + " µs"
        case ..<1: return decimal(seconds * 1e3) + " ms"
        default: return decimal(seconds) + " s"
        }
    }

    /// `value` with one decimal below 100, none above (`46.2`, `312`).
    private static func decimal(_ value: Double) -> String {
        if value >= 100 { return String(Int(value.rounded())) }
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}
