/// What one attempt to read a line produced.
///
/// ```swift
/// var reader: any LineReading = PlainLineReader()
/// loop: while true {
///     switch reader.readLine(prompt: "casegraph> ") {
///     case .line(let text): run(text)
///     case .interrupted: continue          // Ctrl-C: show a fresh prompt
///     case .endOfInput: break loop         // Ctrl-D or end of the pipe
///     }
/// }
/// ```
public enum LineReadResult: Sendable, Equatable {
    /// A complete line, without its line terminator (`\n` or `\r\n`).
    case line(String)
    /// The user pressed Ctrl-C while typing; the partial line is discarded.
    case interrupted
    /// No more input: Ctrl-D on an empty line, or the end of a pipe or file.
    case endOfInput
}

/// A source of input lines for the REPL.
///
/// The REPL reads through this protocol so that tests can feed it a script
/// (``ScriptLineReader``), piped input is read plainly (``PlainLineReader``)
/// and a terminal gets full line editing (``LineEditor``).
public protocol LineReading {
    /// Shows `prompt` (if the reader shows prompts at all) and reads one line.
    ///
    /// After `.endOfInput` every further call returns `.endOfInput` again.
    mutating func readLine(prompt: String) -> LineReadResult
}

/// A ``LineReading`` that replays a fixed script; for testing the REPL host.
///
/// ```swift
/// var reader = ScriptLineReader(lines: ["find Zoë", ":quit"])
/// reader.readLine(prompt: "> ")   // .line("find Zoë")
/// reader.readLine(prompt: "> ")   // .line(":quit")
/// reader.readLine(prompt: "> ")   // .endOfInput
/// reader.prompts                  // ["> ", "> ", "> "]
/// ```
public struct ScriptLineReader: LineReading, Sendable {
    /// The results still to be returned, in order.
    public private(set) var remaining: [LineReadResult]
    /// Every prompt passed to ``readLine(prompt:)`` so far, in order, so a
    /// test can check for example that a continuation prompt was shown.
    public private(set) var prompts: [String] = []

    /// A script of lines, followed by end of input.
    public init(lines: [String]) {
        self.remaining = lines.map { LineReadResult.line($0) }
    }

    /// A script of arbitrary results (to simulate Ctrl-C with `.interrupted`),
    /// followed by end of input.
    public init(results: [LineReadResult]) {
        self.remaining = results
    }

    /// Records `prompt` and returns the next scripted result, or
    /// `.endOfInput` once the script is exhausted.
    public mutating func readLine(prompt: String) -> LineReadResult {
        prompts.append(prompt)
        if remaining.isEmpty { return .endOfInput }
        let next = remaining.removeFirst()
        if next == .endOfInput { remaining.removeAll() }
        return next
    }
}
