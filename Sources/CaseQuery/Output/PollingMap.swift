import CaseGraph

extension Collection {
    /// `map` for the rows of a result, which may be millions long: once `cancellation` fires
    /// (polled every ``pollingInterval`` elements) it stops and returns the rows made so far.
    /// The caller sees the cancellation and discards the partial output.
    ///
    /// ```swift
    /// let rows = nodes.map(polling: cancellation) { graph.nodes[$0].id }
    /// ```
    /// - Complexity: O(n) calls of `transform`.
    func map<Mapped>(polling cancellation: Cancellation, _ transform: (Element) throws -> Mapped) rethrows -> [Mapped] {
        var mapped = [Mapped]()
        mapped.reserveCapacity(count)
        var sincePoll = 0
        for element in self {
            sincePoll += 1
            if sincePoll == pollingInterval {
                sincePoll = 0
                if cancellation.isCancelled { break }
            }
            mapped.append(try transform(element))
        }
        return mapped
    }
}

/// How many rows are formatted between two polls of the cancellation.
let pollingInterval = 1024
