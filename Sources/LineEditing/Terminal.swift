import CEditLine

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Facts about the process's standard streams.
public enum Terminal {
    /// Whether standard input is a terminal (`isatty(0)`). When it is not,
    /// read with ``PlainLineReader``: no prompt, no editing, no history.
    public static var isInputInteractive: Bool { isatty(0) != 0 }

    /// Whether standard output is a terminal (`isatty(1)`); use it to decide
    /// on colours or on paging, for instance.
    public static var isOutputInteractive: Bool { isatty(1) != 0 }

    /// Whether standard error is a terminal (`isatty(2)`).
    public static var isErrorInteractive: Bool { isatty(2) != 0 }
}

/// The process-wide Ctrl-C flag.
///
/// ``install()`` replaces the default SIGINT action (terminate) with a
/// handler that only sets this flag. The handler is installed *without*
/// `SA_RESTART`, so a blocking `read` returns `EINTR`: that is how Ctrl-C
/// cancels the line being typed in ``LineEditor`` and ``PlainLineReader``.
/// A host running a long statement polls ``isSet`` to cancel it:
///
/// ```swift
/// InterruptFlag.install()               // once, at start-up
/// InterruptFlag.clear()                 // before running a statement
/// for node in nodes {
///     if InterruptFlag.isSet { throw Cancelled() }
///     …
/// }
/// ```
///
/// The handler may run on any thread; while a reader is blocked waiting for
/// input it forwards the signal to the reading thread, so Ctrl-C cancels the
/// line even when the REPL runs off the main thread.
///
/// Because system calls are no longer restarted after SIGINT, a write to a
/// full pipe may fail with `EINTR` while the flag is set; that is acceptable
/// when the user asked to cancel.
public enum InterruptFlag {
    /// Installs the SIGINT handler. Idempotent.
    public static func install() {
        _ = cg_install_sigint_handler()
    }

    /// Whether SIGINT arrived since the last ``clear()``.
    public static var isSet: Bool { cg_interrupted() != 0 }

    /// Forgets any pending SIGINT.
    public static func clear() {
        cg_clear_interrupt()
    }
}
