import CaseGraph
import CaseQuery
import LineEditing
import Synchronization

/// The interactive prompt: reads statements with the line editor (history, Ctrl-R, Tab
/// completion), runs them in the session, and prints what they produce.
struct REPL {
    var session: Session
    let warnings: [GraphDiagnostic]
    /// Up to this many load warnings are printed before the REPL starts; more are only
    /// counted in the banner (the statement `warnings` lists them).
    static let warningsShownAtStart = 5

    mutating func run() {
        let completer = CompletionBridge(completer: StatementCompleter(graph: session.graph))
        guard let editor = LineEditor(historyFile: LineEditor.defaultHistoryPath(), completer: completer) else {
            Console.error("error: cannot start the line editor on this terminal")
            return
        }
        for warning in editor.warnings { Console.error("warning: " + warning) }
        Console.output("casegraph \(CaseGraphVersion.string) — \(SafeText.escaped(session.graph.name ?? "graph")): "
                       + "\(session.graph.nodes.count) nodes, \(session.graph.edges.count) edges"
                       + (warnings.isEmpty ? "" : ", \(warnings.count) load warnings")
                       + (warnings.count > Self.warningsShownAtStart ? " (type warnings to list them)" : "")
                       + ". Type help, Tab completes, Ctrl-D quits.")
        session.graph.names.prepareFuzzySearchInBackground()
        session.cancellation = Cancellation { InterruptFlag.isSet }
        // A listing of millions of rows goes to the terminal a chunk at a time while it is
        // written, not held whole first; Ctrl-C stops the printing, then the formatting.
        session.sink = OutputSink { chunk in _ = Console.write(chunk, unless: { InterruptFlag.isSet }) }
        var generation = session.graphGeneration
        var assembler = StatementAssembler()
        while true {
            let prompt = assembler.isContinuing ? "       ...> " : "casegraph> "
            switch editor.readLine(prompt: prompt) {
            case .endOfInput:
                if assembler.isContinuing { assembler.discard(); continue }
                finish(editor)
                return
            case .interrupted:
                assembler.discard()
                InterruptFlag.clear()
                continue
            case .line(let line):
                guard let text = assembler.add(line)?.text else { continue }
                editor.addHistory(text)
                InterruptFlag.clear()
                // Keys typed while the statement runs, Ctrl-D among them, wait for the next prompt.
                let quits = TypeaheadHold.during { runAndShow(text) }
                if quits {
                    finish(editor)
                    return
                }
                if session.graphGeneration != generation {
                    completer.replace(with: StatementCompleter(graph: session.graph))
                    session.graph.names.prepareFuzzySearchInBackground()
                    generation = session.graphGeneration
                }
            }
        }
    }

    /// Runs the statements of `text` and shows what they produce; true when one of them quits.
    private mutating func runAndShow(_ text: String) -> Bool {
        for outcome in session.run(text) {
            if let output = outcome.output, !output.isEmpty,
               !Console.output(output, unless: { InterruptFlag.isSet }) {
                Console.error("^C the rest of the output was not shown")
                InterruptFlag.clear()
                break
            }
            if let error = outcome.error { Console.error(error) }
            if let timing = outcome.timing { Console.error(timing.summary) }
            if outcome.quit { return true }
        }
        return false
    }

    private func finish(_ editor: LineEditor) {
        do {
            try editor.saveHistory()
        } catch {
            Console.error("warning: \(error)")
        }
    }
}

/// Offers the query language's completions to the line editor; `load` swaps in the new graph's.
final class CompletionBridge: Completing {
    private let completer: Mutex<StatementCompleter>

    init(completer: StatementCompleter) {
        self.completer = Mutex(completer)
    }

    func replace(with newCompleter: StatementCompleter) {
        completer.withLock { $0 = newCompleter }
    }

    func completions(line: String, cursor: Int) -> (wordStart: Int, candidates: [Completion]) {
        let (start, candidates) = completer.withLock { $0.complete(line: line, cursor: cursor) }
        return (start, candidates.map { Completion(replacement: $0) })
    }
}
