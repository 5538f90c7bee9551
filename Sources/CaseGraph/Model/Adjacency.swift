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
    /// From ``parallelEdges`` edges on (or as `parallel` says), the work is shared with a second
    /// thread: the outgoing halves are counted and filled on one and the incoming ones on the
    /// other (they write different bounds and slots), then each sorts the runs of about half
    /// of the slots.
    ///
    /// - Precondition: twice the edge count fits in an `Int32`; `sources` and `targets` have
    ///   the same count.
    /// - Complexity: O(V + E log d) where d is the largest degree.
    /// `cancellation` is polled while sorting the runs; once it fires, the rest stay unsorted.
    /// `nodeOfRank` is `idRank` inverted (the node tables keep it).
    init(nodeCount: Int, sources: [Int32], targets: [Int32], idRank: [Int32], nodeOfRank: [Int32],
         cancellation: Cancellation = .never,
         parallel: Bool? = nil) {
        precondition(sources.count <= Int(Int32.max) / 2, "too many edges for 32-bit adjacency slots")
        precondition(sources.count == targets.count, "one source and one target per edge")
        let shared = parallel ?? (sources.count >= Self.parallelEdges)
        // Count each half run's slots one bound ahead, turn the counts into each half's start
        // (one bound ahead still), fill each half moving its start to its end, which is where
        // the next half starts: then every bound is in place.
        var bounds = [Int32](repeating: 0, count: 2 * nodeCount + 1)
        var neighbours = [Int32](repeating: 0, count: 2 * sources.count)
        var edges = [Int32](repeating: 0, count: 2 * sources.count)
        bounds.withUnsafeMutableBufferPointer { bounds in
            neighbours.withUnsafeMutableBufferPointer { neighbours in
                edges.withUnsafeMutableBufferPointer { edges in
                    // No edge: every bound is 0 already (and the empty buffers have no address).
                    guard let first = bounds.baseAddress, let slots = neighbours.baseAddress, let owners = edges.baseAddress
                    else { return }
                    let places = Places(bounds: first, neighbours: slots, edges: owners)
                    Self.onBothSides(shared) { side in places.count(side == 0 ? sources : targets, side: side) }
                    var start: Int32 = 0
                    for half in 0..<(2 * nodeCount) {
                        let count = bounds[half + 1]
                        bounds[half + 1] = start
                        start += count
                    }
                    Self.onBothSides(shared) { side in places.fill(sources, targets, side: side) }
                    // The runs sorted in two parts of about as many slots each: `middle` is the
                    // first half that starts at or past the middle slot.
                    let total = Int(bounds[2 * nodeCount]), halves = 2 * nodeCount
                    var middle = 0, upper = halves
                    while middle < upper {
                        let probe = (middle + upper) / 2
                        if Int(bounds[probe]) < total / 2 { middle = probe + 1 } else { upper = probe }
                    }
                    let parts = [0..<middle, middle..<halves]
                    Self.onBothSides(shared) { side in
                        places.sortRuns(parts[side], idRank: idRank, nodeOfRank: nodeOfRank,
                                        cancellation: cancellation)
                    }
                }
            }
        }
        self.bounds = bounds
        self.neighbours = neighbours
        self.edges = edges
    }

    /// From this many edges on, two threads build the adjacency.
    static let parallelEdges = 1 << 18

    /// Runs `work(0)` on a second thread and `work(1)` on this one when `shared`, else both
    /// here; returns once both are done.
    private static func onBothSides(_ shared: Bool, _ work: @escaping @Sendable (Int) -> Void) {
        guard shared else {
            work(0)
            work(1)
            return
        }
        let other = BackgroundTask { () -> Bool in
            work(0)
            return true
        }
        work(1)
        _ = other.wait()
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
