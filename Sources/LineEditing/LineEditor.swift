import CEditLine

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Interactive line editing on a terminal, on top of libedit.
///
/// Emacs key bindings, a persistent history (with Ctrl-R reverse
/// incremental search), Tab completion through a ``Completing`` value,
/// Ctrl-C to cancel the line being typed and Ctrl-D on an empty line to end
/// input. Text is UTF-8 throughout.
///
/// ```swift
/// var reader: any LineReading
/// if let editor = LineEditor(historyFile: LineEditor.defaultHistoryPath(),
///                            completer: MyCompleter()) {
///     editor.warnings.forEach { printToStandardError($0) }
///     reader = editor
/// } else {
///     reader = PlainLineReader()
/// }
/// ```
///
/// The host adds lines to the history itself (``addHistory(_:)``), so it
/// decides what is worth recalling, and calls ``saveHistory()`` before it
/// exits. Creating an editor installs ``InterruptFlag``'s SIGINT handler and
/// makes `LC_CTYPE` a UTF-8 locale. Use one editor per process, on one thread.
public final class LineEditor: LineReading {
    /// Problems met while setting up, such as an unreadable, corrupt or
    /// unwritable history file; at most one per problem. The host shows them.
    public private(set) var warnings: [String] = []

    /// The history, oldest line first.
    public var history: [String] { historyList.entries }

    let editLine: OpaquePointer
    private let libeditHistory: OpaquePointer
    /// Where libedit draws the prompt and the line: standard output, or
    /// standard error when only that one is a terminal.
    let output: UnsafeMutablePointer<FILE>
    let completer: (any Completing)?
    private var historyList: HistoryList
    private let historyFile: HistoryFile?
    private var savesHistory: Bool
    private var promptText = ""
    private var promptBuffer: UnsafeMutablePointer<wchar_t>
    /// The line and cursor left by the last ambiguous Tab; a Tab that finds
    /// them unchanged lists the candidates.
    var lastTab: TabState?

    /// A line editor on the terminal, or nil when standard input is not a
    /// terminal (or neither standard output nor standard error is one): then
    /// read with ``PlainLineReader``, so piped lines reach no history file.
    ///
    /// - Parameters:
    ///   - programName: the name `~/.editrc` settings are selected by.
    ///   - historyFile: the history file to load now and to write on
    ///     ``saveHistory()``; nil keeps the history in memory only.
    ///   - completer: what Tab completes with; nil makes Tab beep.
    ///   - historyLimit: the most lines kept in the history.
    public init?(
        programName: String = "casegraph",
        historyFile: String?,
        completer: (any Completing)?,
        historyLimit: Int = 1000
    ) {
        guard isatty(0) != 0 else { return nil }
        guard let output = isatty(1) != 0 ? cg_stdout() : (isatty(2) != 0 ? cg_stderr() : nil) else {
            return nil
        }
        _ = cg_prepare_utf8_ctype()  // before el_init, which checks the code set
        InterruptFlag.install()
        guard let editLine = el_init(programName, cg_stdin(), output, cg_stderr()) else { return nil }
        guard let libeditHistory = cg_history_init(Int32(clamping: max(1, historyLimit))) else {
            el_end(editLine)
            return nil
        }
        self.editLine = editLine
        self.libeditHistory = libeditHistory
        self.output = output
        self.completer = completer
        self.historyList = HistoryList(limit: historyLimit)
        self.historyFile = historyFile.map(HistoryFile.init(path:))
        self.savesHistory = historyFile != nil
        self.promptBuffer = .allocate(capacity: 1)
        promptBuffer.initialize(to: 0)
        configure()
        loadHistory()
    }

    deinit {
        el_end(editLine)  // restores the terminal
        history_wend(libeditHistory)
        promptBuffer.deallocate()
    }

    /// `$HOME/.casegraph_history`, or nil if the home directory is unknown.
    public static func defaultHistoryPath(fileName: String = ".casegraph_history") -> String? {
        guard let home = getenv("HOME").map({ String(cString: $0) }), !home.isEmpty else { return nil }
        return home.hasSuffix("/") ? home + fileName : home + "/" + fileName
    }

    /// Shows `prompt` and lets the user edit a line.
    ///
    /// Returns `.interrupted` on Ctrl-C (the terminal shows `^C` and a new
    /// line) and `.endOfInput` on Ctrl-D on an empty line. Any Ctrl-C pending
    /// from before the call is discarded. The line is not added to the
    /// history: call ``addHistory(_:)``.
    public func readLine(prompt: String) -> LineReadResult {
        setPrompt(prompt)
        lastTab = nil
        var saved = cg_saved_signals()
        var reading = cg_reading_state()
        cg_catch_editing_signals(&saved)
        cg_begin_reading(&reading)  // may deliver a SIGINT pending on this thread…
        defer {
            cg_end_reading(&reading)
            cg_restore_editing_signals(&saved)
        }
        InterruptFlag.clear()  // …which is discarded here, with any earlier one

        var count: Int32 = 0
        guard let wide = el_wgets(editLine, &count), count > 0 else {
            if InterruptFlag.isSet {
                InterruptFlag.clear()
                writeToTerminal("^C\r\n")
                return .interrupted
            }
            writeToTerminal("\r\n")
            return .endOfInput
        }
        var line = WideText.string(from: wide, count: Int(count))
        while line.unicodeScalars.last == "\n" || line.unicodeScalars.last == "\r" {
            line.unicodeScalars.removeLast()
        }
        return .line(line)
    }

    /// Adds `line` to the history, unless it is blank or the same as the
    /// previous entry.
    public func addHistory(_ line: String) {
        guard historyList.add(line) else { return }
        let wide = WideText.nullTerminated(line)
        _ = cg_history_enter(libeditHistory, wide)
    }

    /// Writes the history file, atomically and with mode 0600.
    ///
    /// Does nothing when there is no history file, or when it was reported
    /// in ``warnings`` as unreadable, corrupt or unwritable (so a file that
    /// is not ours is never overwritten).
    ///
    /// - Throws: ``HistoryFileError`` if writing fails anyway.
    public func saveHistory() throws(HistoryFileError) {
        guard savesHistory, let historyFile else { return }
        try historyFile.save(historyList.entries)
    }

    // MARK: - Set-up

    private func configure() {
        _ = cg_el_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
        _ = cg_el_set_prompt(editLine) { editLine in
            LineEditor.owner(of: editLine)?.promptBuffer ?? emptyWideText
        }
        _ = cg_el_set_editor(editLine, "emacs")
        _ = cg_el_set_signal(editLine, 0)  // signals are handled by cg_read_char
        _ = cg_el_set_read_function(editLine)
        _ = cg_el_set_history(editLine, libeditHistory)
        _ = cg_el_add_function(editLine, "cg-complete", "Complete the word before the cursor") { editLine, _ in
            LineEditor.owner(of: editLine)?.completeWord() ?? UInt8(CC_ERROR)
        }
        for (key, command) in KeyBindings.all {
            _ = cg_el_bind(editLine, key, command)
        }
        _ = el_source(editLine, nil)  // the user's ~/.editrc, if any
    }

    private func loadHistory() {
        guard let historyFile else { return }
        do {
            historyList = HistoryList(limit: historyList.limit, entries: try historyFile.load())
        } catch {
            warnings.append("\(error); it was not loaded and will not be overwritten")
            savesHistory = false
            return
        }
        for entry in historyList.entries {
            _ = cg_history_enter(libeditHistory, WideText.nullTerminated(entry))
        }
        if let problem = historyFile.saveProblem() {
            warnings.append("history file \(historyFile.path): \(problem); this session's history will not be saved")
            savesHistory = false
        }
    }

    private func setPrompt(_ prompt: String) {
        guard prompt != promptText else { return }
        let wide = WideText.nullTerminated(prompt)
        promptBuffer.deallocate()
        promptBuffer = .allocate(capacity: wide.count)
        promptBuffer.initialize(from: wide, count: wide.count)
        promptText = prompt
    }

    /// Writes text that belongs to the editing display (not program output).
    func writeToTerminal(_ text: String) {
        fputs(text, output)
        fflush(output)
    }

    static func owner(of editLine: OpaquePointer?) -> LineEditor? {
        guard let editLine, let data = cg_el_clientdata(editLine) else { return nil }
        return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue()
    }
}

/// A prompt to fall back on if libedit asks an editor that is gone.
nonisolated(unsafe) private let emptyWideText: UnsafeMutablePointer<wchar_t> = {
    let text = UnsafeMutablePointer<wchar_t>.allocate(capacity: 1)
    text.initialize(to: 0)
    return text
}()
