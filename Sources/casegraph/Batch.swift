import CaseQuery

/// Runs statements without a prompt: results to standard output, errors to standard error.
struct Batch {
    /// True once any statement failed (or the script could not be read to its end).
    private(set) var failed = false
    /// True once `quit` ran: nothing more runs.
    private(set) var quit = false

    /// Runs the statements of `text` (from `-c`, or a chunk of a script starting at `script`).
    /// Listings (as tables, JSON, CSV or DOT) go out a chunk at a time while they are written
    /// (``OutputSink``), then the rest.
    mutating func run(_ text: String, from script: ScriptPosition? = nil, in session: inout Session) {
        guard !quit else { return }
        session.sink = OutputSink { Console.write($0) }
        // Each statement's output is written before the next statement runs (and streams).
        session.run(text, from: script) { outcome in
            if let output = outcome.output, !output.isEmpty { Console.output(output) }
            if let error = outcome.error {
                Console.error(error)
                failed = true
            }
            if let timing = outcome.timing { Console.error(timing.summary) }
            if outcome.quit { quit = true }
        }
    }

    /// Runs a script a statement at a time as its lines arrive: each statement runs as soon as
    /// it is whole, and an error names its place in the script (`NAME:LINE:COLUMN`).
    mutating func run(_ input: ScriptInput, in session: inout Session) {
        var assembler = StatementAssembler()
        do throws(ScriptInput.Failure) {
            while !quit, let line = try input.nextLine() {
                if let chunk = assembler.add(line) { run(chunk, of: input, in: &session) }
            }
        } catch {
            Console.error(error.description)
            failed = true
        }
        if let rest = assembler.finish() { run(rest, of: input, in: &session) }
    }

    private mutating func run(_ chunk: StatementAssembler.Chunk, of input: ScriptInput, in session: inout Session) {
        run(chunk.text, from: ScriptPosition(name: input.name, line: chunk.firstLine), in: &session)
    }
}
