/// A way to stop a long computation early: the algorithms poll it every few thousand steps
/// and, once it says so, return what they have. The caller, seeing it cancelled, discards
/// that partial answer (``CaseQuery`` reports "cancelled").
///
/// ```swift
/// let cancellation = Cancellation { InterruptFlag.isSet }
/// let reached = graph.neighbourhood(of: hub, depth: 6, cancellation: cancellation)
/// ```
public struct Cancellation: Sendable {
    private let check: @Sendable () -> Bool

    public init(_ check: @escaping @Sendable () -> Bool) {
        self.check = check
    }

    /// Never cancels.
    public static let never = Cancellation { false }

    /// True once the computation should stop.
    public var isCancelled: Bool { check() }

    /// How many steps pass between two polls.
    public static let interval = 4096

    /// Polls every ``interval`` calls; `counter` is the caller's step count. Loops over
    /// millions of steps (a search, a listing's rows) call it once a step.
    @inline(__always)
    public func shouldStop(after counter: inout Int) -> Bool {
        counter &+= 1
        return counter % Self.interval == 0 && check()
    }
}
