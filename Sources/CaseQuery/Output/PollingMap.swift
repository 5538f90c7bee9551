import CaseGraph

extension Collection {
    /// `map` for the rows of a result, which may be millions long: once `cancellation` fires
    /// (polled through ``CaseGraph/Cancellation/shouldStop(after:)``) it stops and returns the
    /// rows made so far.
    /// The caller sees the cancellation and discards the partial output.
    ///
    /// ```swift
    /// let rows = nodes.map(polling: cancellation) { graph.nodes.id(of: $0) }
    /// ```
    /// - Complexity: O(n) calls of `transform`.
    func map<Mapped>(polling cancellation: Cancellation, _ transform: (Element) throws -> Mapped) rethrows -> [Mapped] {
        var mapped = [Mapped]()
        mapped.reserveCapacity(count)
        var work = 0
        for element in self {
            if cancellation.shouldStop(after: &work) { break }
            mapped.append(try transform(element))
        }
        return mapped
    }
}
