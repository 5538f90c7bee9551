import Foundation

/// A flag that one thread raises, once, and another reads: how the fast decoder's two
/// threads tell each other "stop" and "done with the bytes before the split".
///
/// ```swift
/// let stop = RaisedFlag()
/// worker { while !stop.isRaised { ... } }
/// stop.raise()
/// ```
final class RaisedFlag: @unchecked Sendable {
    // Safe: `raised` is read and written only under `lock`.
    private let lock = NSLock()
    private var raised = false

    init() {}

    /// Whether ``raise()`` was called (on any thread).
    var isRaised: Bool {
        lock.lock()
        defer { lock.unlock() }
        return raised
    }

    /// Raises the flag; raising it again changes nothing.
    func raise() {
        lock.lock()
        raised = true
        lock.unlock()
    }
}
