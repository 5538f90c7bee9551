import CaseQuery

/// Runs statements without a prompt: results to standard output, errors to standard error.
enum Batch {
    /// Runs `text`; returns true when any statement failed. Listings (as tables, JSON, CSV or
    /// DOT) go out a chunk at a time while they are written (``OutputSink``), then the rest.
    static func run(_ text: String, in session: inout Session) -> Bool {
        session.sink = OutputSink { Console.write($0) }
        var failed = false
        // Each statement's output is written before the next statement runs (and streams).
        session.run(text) { outcome in
            if let output = outcome.output, !output.isEmpty { Console.output(output) }
            if let error = outcome.error {
                Console.error(error)
                failed = true
            }
            if let timing = outcome.timing { Console.error(timing.summary) }
        }
        return failed
    }
}
