import CEditLine

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Conversions between Swift strings and libedit's wide (`wchar_t`) text.
///
/// On Linux a `wchar_t` holds one Unicode scalar, so the conversion is exact
/// and libedit's cursor, counted in `wchar_t`s, is a scalar offset.
enum WideText {
    /// The scalars of `text` followed by a terminating zero.
    static func nullTerminated(_ text: String) -> [wchar_t] {
        var wide: [wchar_t] = []
        wide.reserveCapacity(text.unicodeScalars.count + 1)
        for scalar in text.unicodeScalars { wide.append(wchar_t(bitPattern: scalar.value)) }
        wide.append(0)
        return wide
    }

    /// The text of `count` wide characters at `start`; values that are not
    /// Unicode scalars become U+FFFD.
    static func string(from start: UnsafePointer<wchar_t>, count: Int) -> String {
        var text = String.UnicodeScalarView()
        for offset in 0..<max(count, 0) {
            let value = UInt32(bitPattern: start[offset])
            text.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return String(text)
    }

    /// The line being edited and the cursor as a UTF-8 offset into it.
    static func lineAndCursor(of info: LineInfoW) -> (line: String, cursor: Int) {
        let length = info.lastchar - info.buffer
        let before = info.cursor - info.buffer
        let line = string(from: info.buffer, count: length)
        let cursor = string(from: info.buffer, count: before).utf8.count
        return (line, cursor)
    }
}

/// The key bindings the editor adds to libedit's emacs map.
///
/// Keys use libedit's `bind` notation: `^X` is Ctrl-X and `\e` is Escape.
/// Commands are libedit's (see `editrc(5)`) plus `cg-complete`, the
/// editor's own Tab completion. A user's `~/.editrc` is read afterwards and
/// can override any of them.
enum KeyBindings {
    static let all: [(key: String, command: String)] = [
        ("^I", "cg-complete"),
        ("^R", "em-inc-search-prev"),
        ("^W", "ed-delete-prev-word"),
        ("^U", "em-kill-line"),
        // Home and End as sent by xterm, tmux, screen and the Linux console.
        ("\\e[H", "ed-move-to-beg"),
        ("\\eOH", "ed-move-to-beg"),
        ("\\e[1~", "ed-move-to-beg"),
        ("\\e[7~", "ed-move-to-beg"),
        ("\\e[F", "ed-move-to-end"),
        ("\\eOF", "ed-move-to-end"),
        ("\\e[4~", "ed-move-to-end"),
        ("\\e[8~", "ed-move-to-end"),
        ("\\e[3~", "ed-delete-next-char"),
        // Ctrl- and Alt-arrows move by word.
        ("\\e[1;5D", "ed-prev-word"),
        ("\\e[1;5C", "em-next-word"),
        ("\\e[1;3D", "ed-prev-word"),
        ("\\e[1;3C", "em-next-word"),
    ]
}
