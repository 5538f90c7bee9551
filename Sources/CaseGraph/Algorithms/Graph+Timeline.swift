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
        timeline(around: center, depth: depth, limit: 0, cancellation: cancellation).rows
    }

    /// The first `limit` entries (all when `limit` is 0 or less) of
    /// ``timeline(around:depth:cancellation:)``, and how many entries it has.
    ///
    /// Only the entries shown are ordered: the first page of a timeline of a million events
    /// costs about one pass over their types and dates.
    /// - Complexity: O(V) to find the entries, plus O(k log k) to order the k shown (V: the
    ///   whole graph, or the nodes within `depth` hops of `around`).
    public func timeline(
        around center: NodeIndex?, depth: Int = 1, limit: Int, cancellation: Cancellation = .never
    ) -> ListingPage<TimelineEntry> {
        let candidates: [NodeIndex]
        if let center {
            // The order of the candidates does not matter (the entries are ordered by date key), so
            // the flat search does: no via edges, no ordering.
            candidates = [center] + reach(from: center, depth: depth, cancellation: cancellation).nodes.map(Int.init)
        } else {
            candidates = Array(nodes.indices)
        }
        let types = nodes.types
        let onTimeline = types.names.map(Self.timelineTypes.contains)
        // Each dated candidate's key: its date, then its id rank (see `dateKey`).
        var dated = [NodeIndex](), keys = [UInt64]()
        for node in candidates where onTimeline[Int(types.codes[node])] {
            guard let date = nodes.date(of: node) else { continue }
            dated.append(node)
            keys.append(Self.dateKey(date) << 32 | UInt64(UInt32(bitPattern: idRank[node])))
        }
        // The keys are distinct (the id rank is in them): the entries shown are those whose key
        // is at most the last shown. When every entry is shown, one sort of them is enough.
        var pairs = Array(zip(keys, dated))
        if limit > 0 && limit < keys.count {
            var shown = keys
            PartialSelection.keepSmallestSorted(limit, of: &shown)
            guard let last = shown.last else { return ListingPage(rows: [], total: 0) }
            pairs.removeAll { $0.0 > last }
        }
        pairs.sort { $0.0 < $1.0 }
        let rows = pairs.compactMap { _, node in nodes.date(of: node).map { TimelineEntry(node: node, date: $0) } }
        return ListingPage(rows: rows, total: keys.count)
    }

    /// A number that orders dates as ``CaseDate``'s `<` does: by year, then month, then day, a
    /// missing month or day first. It fits in 32 bits.
    static func dateKey(_ date: CaseDate) -> UInt64 {
        UInt64(clamping: min(max(date.year, 0), 1 << 22)) << 9 | UInt64(date.month ?? 0) << 5 | UInt64(date.day ?? 0)
    }
}
