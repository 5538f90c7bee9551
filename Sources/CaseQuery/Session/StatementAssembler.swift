/// Gathers lines of input into texts that end at a statement boundary, so that statements
/// arriving a line at a time (a prompt, a pipe, a script read as it is written) run as soon as
/// they are whole, with the same meaning as the whole input parsed at once.
///
/// A line joins the next one while the text so far ends inside a quoted string or with a line
/// continuation (``InputCompleteness/ending(of:insideStringOpenedBy:)``), found from the new
/// line alone: a long statement, or garbage that opens a string and never closes it, costs
/// time in proportion to its length, not its length times its lines. Each text handed out
/// starts at a line the assembler counts, for error locations in the input (``Chunk/firstLine``).
///
/// ```swift
/// var assembler = StatementAssembler()
/// assembler.add(#"show "Henk"#)      // nil: the string is open
/// assembler.add(#"Jan""#)            // Chunk(text: "show \"Henk\nJan\"", firstLine: 1)
/// assembler.add("stats; nodes")      // Chunk(text: "stats; nodes", firstLine: 3)
/// assembler.finish()                 // nil: nothing is left over
/// ```
public struct StatementAssembler: Sendable {
    /// Text that ends at a statement boundary (or at the end of the input), and the 1-based
    /// line of the input it starts on.
    public struct Chunk: Sendable, Hashable {
        public var text: String
        public var firstLine: Int

        public init(text: String, firstLine: Int) {
            self.text = text
            self.firstLine = firstLine
        }
    }

    /// The lines gathered so far that do not end at a statement boundary yet, and how they end.
    private var pending = ""
    private var pendingFirstLine = 1
    private var ending = InputCompleteness.Ending.blank
    /// The number of lines added.
    private(set) public var linesRead = 0

    public init() {}

    /// True while lines are being gathered into a statement that is not whole yet (a prompt
    /// shows its continuation prompt).
    public var isContinuing: Bool { !pending.isEmpty }

    /// Adds one line of input (without its line break). Returns the text gathered so far when
    /// it ends at a statement boundary, else nil; also nil for blank text (only spaces or
    /// comments), which runs nothing.
    /// - Complexity: O(length of the line).
    public mutating func add(_ line: String) -> Chunk? {
        linesRead += 1
        switch ending {
        case .insideString(let quote):
            // Only the string's closing quote can change how the text ends.
            if line.utf8.contains(quote) { ending = InputCompleteness.ending(of: line, insideStringOpenedBy: quote) }
        case .continued:
            // The continuation joined this line to the statement: it lexes as if on its own,
            // and a line with no token leaves the statement continued.
            let lineEnding = InputCompleteness.ending(of: line)
            if lineEnding != .blank { ending = lineEnding }
        case .complete, .blank:
            pendingFirstLine = linesRead
            ending = InputCompleteness.ending(of: line)
        }
        pending += pending.isEmpty ? line : "\n" + line
        switch ending {
        case .continued, .insideString: return nil
        case .complete: return take()
        case .blank:
            discard()
            return nil
        }
    }

    /// Ends the input: returns what was gathered and never completed (an open string, a
    /// trailing continuation), for the parser to report, or nil when nothing is left.
    public mutating func finish() -> Chunk? {
        take()
    }

    /// Forgets the pending lines (a prompt whose line was cancelled).
    public mutating func discard() {
        pending = ""
        ending = .blank
    }

    private mutating func take() -> Chunk? {
        defer { discard() }
        guard ending != .blank else { return nil }
        return Chunk(text: pending, firstLine: pendingFirstLine)
    }
}
