/// Compressed sparse row adjacency of both directions, interleaved: for each node, one
/// contiguous run of (neighbour, edge) slots holding its outgoing steps, then its incoming steps.
///
/// A traversal in either direction reads one run per node: one bound pair, one stretch of
/// neighbours. Each half of a run (outgoing, incoming) is sorted by the neighbour's id rank,
/// then by edge index, so every traversal visits neighbours in the same documented order,
/// whatever order the files listed them in. A self-loop has a slot in both halves.
struct Adjacency: Sendable {
    /// `bounds[2v] ..< bounds[2v + 1]` are node v's outgoing slots (half 0 of its run),
    /// `bounds[2v + 1] ..< bounds[2v + 2]` its incoming ones (half 1).
    private(set) var bounds: [Int32]
    /// Each slot's neighbour: the target of an outgoing slot's edge, the source of an incoming one's.
    private(set) var neighbours: [Int32]
    /// Each slot's edge index.
    private(set) var edges: [Int32]

    /// Builds the adjacency of `nodeCount` nodes from edges given by their endpoints: edge i
    /// goes from `sources[i]` to `targets[i]`.
    ///
    /// - Precondition: twice the edge count fits in an `Int32`; `sources` and `targets` have
    ///   the same count.
    /// - Complexity: O(V + E log d) where d is the largest degree.
    /// `cancellation` is polled while sorting the runs; once it fires, the rest stay unsorted.
    init(nodeCount: Int, sources: [Int32], targets: [Int32], idRank: [Int32], cancellation: Cancellation = .never) {
        precondition(sources.count <= Int(Int32.max) / 2, "too many edges for 32-bit adjacency slots")
        precondition(sources.count == targets.count, "one source and one target per edge")
        // Count each half run's slots one bound ahead, turn the counts into each half's start
        // (one bound ahead still), fill each half moving its start to its end, which is where
        // the next half starts: then every bound is in place.
        var bounds = [Int32](repeating: 0, count: 2 * nodeCount + 1)
        for (from, to) in zip(sources, targets) {
            bounds[2 * Int(from) + 1] += 1
            bounds[2 * Int(to) + 2] += 1
        }
        var start: Int32 = 0
        for half in 0..<(2 * nodeCount) {
            let count = bounds[half + 1]
            bounds[half + 1] = start
            start += count
        }
        var neighbours = [Int32](repeating: 0, count: 2 * sources.count)
        var edges = [Int32](repeating: 0, count: 2 * sources.count)
        for (edge, (from, to)) in zip(sources, targets).enumerated() {
            let outgoing = 2 * Int(from) + 1, incoming = 2 * Int(to) + 2
            neighbours[Int(bounds[outgoing])] = to
            edges[Int(bounds[outgoing])] = Int32(truncatingIfNeeded: edge)
            bounds[outgoing] += 1
            neighbours[Int(bounds[incoming])] = from
            edges[Int(bounds[incoming])] = Int32(truncatingIfNeeded: edge)
            bounds[incoming] += 1
        }
        Self.sortHalfRuns(bounds: bounds, neighbours: &neighbours, edges: &edges, idRank: idRank,
                          cancellation: cancellation)
        self.bounds = bounds
        self.neighbours = neighbours
        self.edges = edges
    }

    /// Sorts each half run by (neighbour id rank, edge), through one reused buffer of keys.
    /// - Complexity: O(E log d).
    private static func sortHalfRuns(
        bounds: [Int32], neighbours: inout [Int32], edges: inout [Int32], idRank: [Int32], cancellation: Cancellation
    ) {
        var nodeOfRank = [Int32](repeating: 0, count: idRank.count)
        for (node, rank) in idRank.enumerated() { nodeOfRank[Int(rank)] = Int32(truncatingIfNeeded: node) }
        var keys = [UInt64]()
        var work = 0
        for half in 0..<(bounds.count - 1) {
            if cancellation.shouldStop(after: &work) { break }
            let range = Int(bounds[half])..<Int(bounds[half + 1])
            guard range.count > 1 else { continue }
            keys.removeAll(keepingCapacity: true)
            for slot in range {
                keys.append(UInt64(UInt32(bitPattern: idRank[Int(neighbours[slot])])) << 32
                            | UInt64(UInt32(bitPattern: edges[slot])))
            }
            keys.sort()
            for (slot, key) in zip(range, keys) {
                neighbours[slot] = nodeOfRank[Int(key >> 32)]
                edges[slot] = Int32(bitPattern: UInt32(truncatingIfNeeded: key))
            }
        }
    }

    /// The number of nodes.
    var nodeCount: Int { bounds.count / 2 }

    /// The slots of `node`'s steps in `direction`: one half of its run, or the whole run.
    @inline(__always)
    func slots(of node: Int, _ direction: TraversalDirection) -> Range<Int> {
        let halves = direction.halves
        return Int(bounds[2 &* node &+ halves.lowerBound])..<Int(bounds[2 &* node &+ halves.upperBound])
    }

    /// The number of `node`'s steps in `direction` (a self-loop counts twice for `.both`).
    func degree(of node: Int, _ direction: TraversalDirection) -> Int { slots(of: node, direction).count }
}

extension TraversalDirection {
    /// The halves of a node's run (0 outgoing, 1 incoming; see ``Adjacency``) a step in this
    /// direction reads. They are adjacent, so node v's steps are the slots from
    /// `bounds[2v + halves.lowerBound]` to `bounds[2v + halves.upperBound]`.
    @inline(__always)
    var halves: Range<Int> {
        switch self {
        case .outgoing: return 0..<1
        case .incoming: return 1..<2
        case .both: return 0..<2
        }
    }
}
