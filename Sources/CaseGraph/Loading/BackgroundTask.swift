import Dispatch

/// Runs a closure on another thread and hands its result back to the thread that waits:
/// lets the synchronous loader build the graph on the second core while it checks quotes.
///
/// ```swift
/// let building = BackgroundTask { Graph(nodes: nodes, edges: edges) }
/// checkQuotes()
/// let graph = building.wait()
/// ```
final class BackgroundTask<Value: Sendable>: @unchecked Sendable {
    // Safe: `value` is written once, by the worker, before `done.signal()`, and read only
    // after `done.wait()`, which orders the write before the read.
    private var value: Value?
    private let done = DispatchSemaphore(value: 0)

    init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            value = work()
            done.signal()
        }
    }

    /// Blocks until the work is done and hands its result over (the task keeps no copy, so
    /// the caller's is not shared). A later call, by the same thread, returns nil at once: the
    /// result was handed over.
    func wait() -> Value? {
        done.wait()
        done.signal()  // done stays done: a later wait does not block
        return value.take()
    }
}
