import CEditLine

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The line and cursor (a UTF-8 offset) at a Tab press.
struct TabState: Equatable {
    var line: String
    var cursor: Int
}

extension LineEditor {
    /// Handles Tab (libedit function `cg-complete`); returns a libedit
    /// `CC_…` code telling it how to redraw.
    func completeWord() -> UInt8 {
        guard let completer, let info = el_wline(editLine)?.pointee else { return UInt8(CC_ERROR) }
        let (line, cursor) = WideText.lineAndCursor(of: info)
        let state = TabState(line: line, cursor: cursor)
        let answer = completer.completions(line: line, cursor: cursor)
        let action = CompletionPlanner.action(
            line: line, cursor: cursor, wordStart: answer.wordStart,
            candidates: answer.candidates, isRepeatedTab: lastTab == state
        )
        switch action {
        case .beep:
            lastTab = state
            return UInt8(CC_ERROR)
        case .replace(let start, let end, let text, let isPartial):
            replace(in: line, from: start, to: end, with: text)
            lastTab = isPartial ? currentState() : nil
            return UInt8(CC_REFRESH)
        case .list(let candidates):
            showList(candidates.map(\.display))
            lastTab = state
            return UInt8(CC_REDISPLAY)
        }
    }

    /// Replaces the UTF-8 range `start..<end` of `line`, which ends at the
    /// cursor, with `text`. libedit counts in scalars, so convert.
    private func replace(in line: String, from start: Int, to end: Int, with text: String) {
        let removed = CompletionWord.scalarCount(in: line, upTo: end) - CompletionWord.scalarCount(in: line, upTo: start)
        if removed > 0 { el_deletestr(editLine, Int32(clamping: removed)) }
        if !text.isEmpty { _ = el_winsertstr(editLine, WideText.nullTerminated(text)) }
    }

    private func currentState() -> TabState? {
        guard let info = el_wline(editLine)?.pointee else { return nil }
        let (line, cursor) = WideText.lineAndCursor(of: info)
        return TabState(line: line, cursor: cursor)
    }

    /// Prints the candidates in columns below the line, asking first when
    /// there are many; libedit then redraws the prompt and line below them.
    private func showList(_ items: [String]) {
        if items.count > CompletionListing.confirmationThreshold {
            writeToTerminal("\r\nDisplay all \(items.count) possibilities? (y or n)")
            var answer: wchar_t = 0
            let read = el_wgetc(editLine, &answer)
            let yes = read == 1 && ["y", "Y", " "].contains(Unicode.Scalar(UInt32(bitPattern: answer)))
            guard yes else {
                writeToTerminal("\r\n")
                return
            }
        }
        let columns = Int(cg_terminal_columns(fileno(output)))
        let lines = CompletionListing.lines(for: items, width: columns > 0 ? columns : 80)
        var text = "\r\n"
        for line in lines { text += line + "\r\n" }
        writeToTerminal(text)
    }
}
