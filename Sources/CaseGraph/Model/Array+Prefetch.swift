import CPrefetch

extension Array {
    /// Asks for element `index`'s cache line to be brought near, ahead of a read: a hint that
    /// never waits and never faults, whatever the index (`CPrefetch`). The tables' reads ahead
    /// (slots, text bounds, text bytes) are this call.
    ///
    /// ```swift
    /// slots.prefetchElement(at: Int(truncatingIfNeeded: hash) & (slots.count - 1))
    /// ```
    /// - Complexity: O(1).
    @inline(__always)
    func prefetchElement(at index: Int) {
        withUnsafeBufferPointer { cg_prefetch($0.baseAddress.map { $0 + index }) }
    }
}
