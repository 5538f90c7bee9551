/// A dated node on a timeline.
public struct TimelineEntry: Sendable, Hashable {
    public var node: NodeIndex
    public var date: CaseDate
}

extension Graph {
    /// The node types that appear on a timeline.
    public static let timelineTypes: Set<String> = ["event", "operation"]

    /// Dated events and operations in date order, ties by node id. With `around`, only
    /// those within `depth` hops of that node (and the node itself when it is dated).
    ///
    /// - Complexity: O(V log V) for the whole graph; O(V' log V') around a node.
    public func timeline(around center: NodeIndex? = nil, depth: Int = 1, cancellation: Cancellation = .never) -> [TimelineEntry] {
        let candidates: [NodeIndex]
        if let center {
            // The order of the candidates does not matter (the entries are sorted in full), so
            // the flat search does: no via edges, no ordering.
            candidates = [center] + reach(from: center, depth: depth, cancellation: cancellation).nodes.map(Int.init)
        } else {
            candidates = Array(nodes.indices)
        }
        return candidates.compactMap { index -> TimelineEntry? in
            guard Self.timelineTypes.contains(nodes.type(of: index)), let date = nodes.date(of: index) else { return nil }
            return TimelineEntry(node: index, date: date)
        }
        .sorted { lhs, rhs in lhs.date != rhs.date ? lhs.date < rhs.date : idRank[lhs.node] < idRank[rhs.node] }
    }
}
