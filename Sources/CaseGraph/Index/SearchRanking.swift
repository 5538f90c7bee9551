/// Each node's best hit of a search, and the best few nodes in order: by match kind, then
/// field, then node id.
///
/// A search offers every entry that matched; the ranking keeps, for each node, the best
/// (match, field) and, among equal ones, the entry first in key order. It replaced a
/// dictionary of every hit and a sort of all of them, which made `find a` on a graph whose
/// every name holds an "a" sort hundreds of thousands of hits for twenty rows.
struct SearchRanking {
    /// Per node: 0 for no hit, else 1 + the rank of its best hit (``rank(_:_:)``).
    private var bestRank: [UInt8]
    /// Per node with a hit: the entry position of its best hit.
    private var bestEntry: [Int32]
    /// The nodes with a hit, each once, in the order of their first hit.
    private(set) var nodes: [Int32] = []

    /// - Complexity: O(n) in the number of nodes (two arrays, zeroed).
    init(nodeCount: Int) {
        bestRank = [UInt8](repeating: 0, count: nodeCount)
        bestEntry = [Int32](repeating: 0, count: nodeCount)
    }

    /// The order of (match, field) pairs: exact id, exact name, exact alias, prefix id, ...;
    /// fuzzy matches by distance.
    static func rank(_ match: MatchKind, _ field: NameField) -> Int {
        let kind: Int
        switch match {
        case .exact: kind = 0
        case .prefix: kind = 1
        case .substring: kind = 2
        case .fuzzy(let distance): kind = 3 + min(max(distance, 0), 60)
        }
        return kind * 3 + field.rawValue
    }

    static func match(ofRank rank: Int) -> MatchKind {
        switch rank / 3 {
        case 0: .exact
        case 1: .prefix
        case 2: .substring
        default: .fuzzy(distance: rank / 3 - 3)
        }
    }

    /// Records that the entry at `position`, of `node`, matched as `rank` says.
    /// - Complexity: O(1).
    @inline(__always)
    mutating func offer(node: Int32, entry position: Int, rank: Int) {
        let slot = Int(node)
        let stored = Int(bestRank[slot])
        if stored == 0 {
            nodes.append(node)
        } else if stored - 1 < rank || (stored - 1 == rank && Int(bestEntry[slot]) < position) {
            return
        }
        bestRank[slot] = UInt8(truncatingIfNeeded: rank + 1)
        bestEntry[slot] = Int32(truncatingIfNeeded: position)
    }

    /// True when `node` has a hit already.
    func hasHit(_ node: Int32) -> Bool { bestRank[Int(node)] != 0 }

    /// The best `limit` nodes, best first: each with the rank and entry position of its best hit.
    /// `nodeOfRank` inverts `idRank`. Cancelled, it returns nothing.
    /// - Complexity: O(h + limit log limit) expected in the number h of nodes with a hit.
    func best(_ limit: Int, idRank: [Int32], nodeOfRank: [Int32], cancellation: Cancellation)
        -> [(node: Int, rank: Int, entry: Int)] {
        var keys = [UInt64]()
        keys.reserveCapacity(nodes.count)
        var work = 0
        for node in nodes {
            if cancellation.shouldStop(after: &work) { return [] }
            let slot = Int(node)
            keys.append(UInt64(bestRank[slot]) << 32 | UInt64(UInt32(bitPattern: idRank[slot])))
        }
        if limit < keys.count {
            PartialSelection.moveSmallest(limit, of: &keys)
            keys.removeSubrange(limit...)
        }
        if cancellation.isCancelled { return [] }
        keys.sort()
        return keys.map { key in
            let node = Int(nodeOfRank[Int(key & 0xFFFF_FFFF)])
            return (node, Int(key >> 32) - 1, Int(bestEntry[node]))
        }
    }
}
