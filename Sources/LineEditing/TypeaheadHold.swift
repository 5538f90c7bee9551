#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Keeps what the user types while a statement runs, byte for byte, for the next prompt.
///
/// Between two prompts the terminal is cooked (canonical): the line discipline turns Ctrl-D
/// typed at the start of a line into an end of file for the read that is waiting, and with no
/// read waiting that end of file is dropped when the line editor switches the terminal to raw
/// mode, so Ctrl-D typed during a long statement was lost (text and Enter came through). While
/// held, the terminal is non-canonical with everything else unchanged (echo, Ctrl-C and Ctrl-Z
/// still signal): each key waits in the input queue as the byte it is, and the editor, reading
/// an 0x04 on an empty line, ends the input as if it had been typed at the prompt.
public enum TypeaheadHold {
    /// Runs `body` with the terminal on standard input held (see the type's documentation),
    /// then, once its output has been sent, puts the terminal's settings back as they were,
    /// keeping the queued input. When standard input is not a terminal it only runs `body`.
    public static func during<Result>(_ body: () throws -> Result) rethrows -> Result {
        var saved = termios()
        guard isatty(0) != 0, tcgetattr(0, &saved) == 0, saved.c_lflag & tcflag_t(ICANON) != 0 else {
            return try body()
        }
        var held = saved
        held.c_lflag &= ~tcflag_t(ICANON)
        guard tcsetattr(0, TCSANOW, &held) == 0 else { return try body() }
        // TCSADRAIN: back to cooked only once the output has reached the terminal, which may
        // be seconds after the last write; a key typed meanwhile is still held.
        defer { _ = tcsetattr(0, TCSADRAIN, &saved) }
        return try body()
    }
}
