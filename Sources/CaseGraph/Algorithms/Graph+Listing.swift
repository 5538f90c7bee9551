/// The first rows of a listing in its documented order, and how many rows it has in all.
public struct ListingPage<Row: Sendable & Hashable>: Sendable, Hashable {
    /// The first rows (all of them when the listing had no limit).
    public var rows: [Row]
    /// How many rows the whole listing has.
    public var total: Int
}

extension Graph {
    /// The nodes of `type` (every node when nil) in id order: the first `limit` of them (all
    /// when `limit` is 0 or less), and how many there are.
    ///
    /// Types are compared by code, and only the rows shown are ordered, so the first page of a
    /// million nodes costs about one pass over their type codes.
    /// ```swift
    /// let page = graph.nodes(ofType: "person", limit: 20)   // page.total: every person
    /// ```
    /// - Complexity: O(V) to find them, plus O(k log k) to order the k shown.
    public func nodes(ofType type: String?, limit: Int) -> ListingPage<NodeIndex> {
        let codes = nodes.types.codes
        var keys = [UInt64]()
        if let type {
            guard let wanted = nodes.types.codeByName[type] else { return ListingPage(rows: [], total: 0) }
            for (node, code) in codes.enumerated() where code == wanted { keys.append(rankKey(node)) }
        } else {
            keys = codes.indices.map(rankKey)
        }
        let total = keys.count
        PartialSelection.keepSmallestSorted(limit, of: &keys)
        return ListingPage(rows: keys.map { Int($0 & 0xFFFF_FFFF) }, total: total)
    }

    /// The edges of `type` (every edge when nil) in edge order: the first `limit` of them
    /// (all when `limit` is 0 or less), and how many there are.
    /// - Complexity: O(E), by type code.
    public func edges(ofType type: String?, limit: Int) -> ListingPage<EdgeIndex> {
        let wanted: Int32?
        if let type {
            guard let code = edgeTypeCodeByName[type] else { return ListingPage(rows: [], total: 0) }
            wanted = code
        } else {
            wanted = nil
        }
        var rows = [EdgeIndex](), total = 0
        for (edge, code) in edgeTypeCodes.enumerated() where wanted == nil || code == wanted {
            if limit <= 0 || total < limit { rows.append(edge) }
            total += 1
        }
        return ListingPage(rows: rows, total: total)
    }

    /// A node's sort key in id order: its id rank, then the node itself (read back from the
    /// low 32 bits).
    @inline(__always)
    func rankKey(_ node: NodeIndex) -> UInt64 {
        UInt64(UInt32(bitPattern: idRank[node])) << 32 | UInt64(UInt32(truncatingIfNeeded: node))
    }
}

extension PartialSelection {
    /// Leaves in `keys` only its `count` smallest, sorted (all of them, sorted, when `count`
    /// is 0 or less, or not less than the number of keys). Keys are expected to be distinct.
    /// - Complexity: O(n) expected to pick them, plus O(k log k) to sort the k kept.
    static func keepSmallestSorted(_ count: Int, of keys: inout [UInt64]) {
        if count > 0 && keys.count > count {
            moveSmallest(count, of: &keys)
            keys.removeLast(keys.count - count)
        }
        keys.sort()
    }
}
