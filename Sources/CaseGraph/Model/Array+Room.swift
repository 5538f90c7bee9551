extension Array {
    /// Makes room for `extra` more elements.
    ///
    /// A new buffer, when one is needed, is at least half as large again as the old one, as
    /// appending one element at a time would make it. `reserveCapacity(count + extra)` instead
    /// takes a buffer of exactly that size every time. Then a run of calls copies the whole
    /// array on each call: `PackedStrings.append(contentsOf:)`, called once for each file of
    /// a graph of many files when room was not taken beforehand, made such a load take time
    /// quadratic in the number of files. A single call, or one adding at least half of what
    /// is there, still takes exactly the room asked for.
    ///
    /// ```swift
    /// ends.reserveRoom(for: other.ends.count)
    /// ```
    /// - Complexity: O(count) when a new buffer is taken; amortised O(extra) over a run of calls.
    mutating func reserveRoom(for extra: Int) {
        let needed = count + extra
        guard needed > capacity else { return }
        reserveCapacity(Swift.max(needed, capacity + capacity / 2))
    }
}
