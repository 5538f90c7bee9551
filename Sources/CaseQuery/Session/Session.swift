import CaseGraph

/// How a session writes its results.
public struct SessionOptions: Sendable, Hashable {
    public var format: OutputFormat
    /// ANSI colour in the text format and in errors.
    public var color: Bool
    /// Rows shown when a statement gives no `limit`; 0 for no limit.
    public var defaultLimit: Int
    /// Time each statement (`set timer on`): outcomes then carry a ``StatementTiming``.
    public var timer: Bool

    public init(format: OutputFormat = .table, color: Bool = false, defaultLimit: Int = 200, timer: Bool = false) {
        self.format = format
        self.color = color
        self.defaultLimit = defaultLimit
        self.timer = timer
    }
}

/// What running one statement produced: text for standard output, or an error for
/// standard error.
public struct StatementOutcome: Sendable, Hashable {
    /// The statement as typed.
    public var statement: String
    public var output: String?
    /// The rendered error, with the statement and a caret under the offending text.
    public var error: String?
    /// True after `quit`.
    public var quit: Bool
    /// How long the statement took, when the session's timer is on (also for a failed one).
    public var timing: StatementTiming?

    public var failed: Bool { error != nil }
}

/// A casegraph session: a loaded graph, the output format, and the last result (which
/// `export` with no statement draws). It runs text — one statement or a script — through
/// parse → bind → evaluate → format, and never prints.
public struct Session: Sendable {
    public private(set) var graph: Graph
    /// What the load of `graph` warned of, in file order (`warnings` lists them).
    public private(set) var warnings: [GraphDiagnostic]
    public var options: SessionOptions
    public private(set) var lastResult: QueryResult?
    /// Polled while statements run: the REPL cancels a long statement on Ctrl-C.
    public var cancellation: Cancellation = .never
    /// Takes output a chunk at a time while it is written (listings as tables, JSON, CSV and
    /// DOT); an outcome's `output` is then only the rest. A statement cancelled midway may
    /// have handed on part of its output already. Nil: every output whole in its outcome.
    public var sink: OutputSink?
    /// Goes up by one each time `load` replaces the graph.
    public private(set) var graphGeneration = 0
    /// The time the running statement has spent formatting its result (for its timing).
    private var formatting = Duration.zero

    public init(graph: Graph, warnings: [GraphDiagnostic] = [], options: SessionOptions = SessionOptions()) {
        self.graph = graph
        self.warnings = warnings
        self.options = options
    }

    /// Runs every statement of `text` in order; a failing statement does not stop the rest.
    /// `quit` stops the run.
    public mutating func run(_ text: String) -> [StatementOutcome] {
        var outcomes = [StatementOutcome]()
        run(text) { outcomes.append($0) }
        return outcomes
    }

    /// Runs every statement of `text` in order as ``run(_:)`` does, handing each outcome to
    /// `handle` before the next statement starts: what a caller with a ``sink`` needs, so that
    /// a statement's output is shown before the next one's first chunk.
    ///
    /// With `script`, where `text` starts in a named script (its column 1), each error says
    /// where in the script it is (`--> NAME:LINE:COLUMN`, see ``ScriptPosition``).
    public mutating func run(_ text: String, from script: ScriptPosition? = nil, handing handle: (StatementOutcome) -> Void) {
        for item in StatementParser.parseScript(text) {
            let start = script?.locating(SourceLocation(offset: 0, line: item.startLine, column: item.startColumn))
            let outcome = run(item, at: start)
            handle(outcome)
            if outcome.quit { break }
        }
    }

    private mutating func run(_ item: ScriptItem, at place: ScriptPosition?) -> StatementOutcome {
        let clock = ContinuousClock()
        let start = clock.now
        var bound: ContinuousClock.Instant?
        formatting = .zero
        var outcome: StatementOutcome
        do throws(QueryError) {
            let parsed = try item.result.get()
            let query = try Binder(graph: graph).bind(parsed, source: item.text)
            bound = clock.now
            outcome = try execute(query)
        } catch {
            outcome = StatementOutcome(statement: item.text, output: nil,
                                       error: ErrorRendering.render(error, source: item.text, color: options.color, in: place),
                                       quit: false)
        }
        if options.timer {
            // A statement that failed to bind spent all its time binding.
            let end = clock.now, evaluated = bound ?? end
            outcome.timing = StatementTiming(bind: evaluated - start, evaluate: max(.zero, end - evaluated - formatting),
                                             format: formatting)
        }
        return outcome
    }

    private mutating func execute(_ query: BoundQuery) throws(QueryError) -> StatementOutcome {
        switch query.statement {
        case .quit:
            return StatementOutcome(statement: query.text, output: nil, error: nil, quit: true)
        case .setFormat(let format):
            options.format = format
            return finish(query, message: "output format: \(format.rawValue)")
        case .setTimer(let on):
            options.timer = on
            return finish(query, message: "timer: \(on ? "on" : "off")")
        case .load(let path):
            return finish(query, message: try load(path))
        case .export(let export):
            let (text, isDrawing) = try self.export(export)
            return isDrawing ? finish(query, output: text) : finish(query, message: text)
        default:
            let result = try evaluator.evaluate(query)
            if case .help = result.body {} else { lastResult = result }
            let clock = ContinuousClock()
            let start = clock.now
            let text = try format(result)
            formatting = clock.now - start
            return finish(query, output: text)
        }
    }

    private func finish(_ query: BoundQuery, output: String) -> StatementOutcome {
        StatementOutcome(statement: query.text, output: output, error: nil, quit: false)
    }

    /// A message from a statement that changed the session, in the output format: a JSON
    /// document or a CSV table for tools, plain text otherwise.
    private func finish(_ query: BoundQuery, message: String) -> StatementOutcome {
        let result = QueryResult(statement: query.text, body: .message(message))
        switch options.format {
        case .json: return finish(query, output: JSONFormatter(graph: graph).format(result))
        case .csv: return finish(query, output: CSVFormatter(graph: graph).format(result))
        case .table, .dot: return finish(query, output: message)
        }
    }

    /// The result in the session's output format. Formatting a result of millions of rows
    /// polls ``cancellation`` too: once it fires, this throws ``QueryError/Kind/cancelled``.
    /// With a ``sink``, the text handed to it (listings as tables, JSON, CSV and DOT) is not in
    /// the text returned.
    public func format(_ result: QueryResult) throws(QueryError) -> String {
        let text = try formatted(result)
        if cancellation.isCancelled {
            throw .interrupted
        }
        return text
    }

    private func formatted(_ result: QueryResult) throws(QueryError) -> String {
        switch options.format {
        case .table:
            return TextFormatter(graph: graph, style: TextStyle(color: options.color), cancellation: cancellation, sink: sink)
                .format(result)
        case .json: return JSONFormatter(graph: graph, cancellation: cancellation, sink: sink).format(result)
        case .csv: return CSVFormatter(graph: graph, cancellation: cancellation, sink: sink).format(result)
        case .dot:
            switch result.body {
            case .help, .message:
                return TextFormatter(graph: graph, style: TextStyle(color: options.color)).format(result)
            default:
                guard case .text(let dot) = try Exporter.export(result, of: graph, format: .dot, withContext: false,
                                                                  byCountry: false, file: nil, cancellation: cancellation,
                                                                  sink: sink)
                else { return "" }
                return Self.withoutFinalLineBreak(dot)
            }
        }
    }

    /// Loads the graph at `path`, replacing the current one only when the load succeeds.
    /// Evaluates statements on the session's graph, with its warnings, limit and cancellation.
    private var evaluator: Evaluator {
        Evaluator(graph: graph, warnings: warnings, defaultLimit: options.defaultLimit, cancellation: cancellation)
    }

    private mutating func load(_ path: String) throws(QueryError) -> String {
        do {
            let loaded = try GraphLoader.load(paths: [path], cancellation: cancellation)
            graph = loaded.graph
            warnings = loaded.warnings
            graphGeneration += 1
            lastResult = nil
            var lines = ["loaded \(SafeText.escaped(path)): \(count(graph.nodes.count, "node")), "
                         + "\(count(graph.edges.count, "edge")), \(count(graph.documents.count, "document"))"]
            lines += DiagnosticDigest.warningLines(loaded.warnings)
            return lines.joined(separator: "\n")
        } catch {
            if error.isCancelled {
                throw QueryError(.cancelled, "cancelled", notes: ["the load of \(quotedWord(path)) was interrupted",
                                                                  "the graph loaded before is unchanged"])
            }
            var notes = DiagnosticDigest(error.diagnostics, perSort: 20).lines
            notes.append("the graph loaded before is unchanged")
            throw QueryError(.io, "cannot load \(quotedWord(path)): \(count(error.errors.count, "error"))", notes: notes)
        }
    }

    /// The DOT text (`isDrawing`), or a message saying which file was written.
    private mutating func export(_ export: BoundExport) throws(QueryError) -> (String, isDrawing: Bool) {
        let result: QueryResult
        if let statement = export.statement {
            let query = BoundQuery(statement: statement, limit: export.limit, text: export.statementText ?? "")
            result = try evaluator.evaluate(query)
            lastResult = result
        } else if let last = lastResult {
            result = last
        } else {
            throw QueryError(.invalidArgument, "there is no result to export yet",
                             notes: ["run a statement first, or name one: export dot linked IJM to ijm.dot"])
        }
        switch try Exporter.export(result, of: graph, format: export.format, withContext: export.withContext,
                                   byCountry: export.byCountry, file: export.file, cancellation: cancellation,
                                   sink: sink) {
        case .text(let text):
            return (Self.withoutFinalLineBreak(text), true)
        case .wrote(let path, let nodes, let edges, let bytes):
            return ("wrote \(SafeText.escaped(path)): \(count(nodes, "node")), \(count(edges, "edge")), \(count(bytes, "byte"))", false)
        }
    }

    /// `text` without its final `\n`, if it ends with one (the statement's output gets one
    /// when it is printed).
    /// - Complexity: O(n) to copy the text; `String.dropLast()` counted every character first.
    private static func withoutFinalLineBreak(_ text: String) -> String {
        guard text.utf8.last == UInt8(ascii: "\n") else { return text }
        return String(text[..<text.utf8.index(before: text.utf8.endIndex)])
    }
}
