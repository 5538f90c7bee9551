/// Raw read-only views of an ``Adjacency``'s arrays, valid only inside
/// ``Graph/withTraversalView(mask:_:)``.
struct AdjacencyBuffers {
    let bounds: UnsafeBufferPointer<Int32>
    let neighbours: UnsafeBufferPointer<Int32>
    let edges: UnsafeBufferPointer<Int32>

    /// The slots of `node`'s steps in `direction`: one half of its run, or all of it.
    @inline(__always)
    func slots(of node: Int, _ direction: TraversalDirection) -> Range<Int> {
        slots(of: node, halves: direction.halves)
    }

    /// The slots of `halves` (see ``TraversalDirection/halves``) of `node`'s run.
    @inline(__always)
    func slots(of node: Int, halves: Range<Int>) -> Range<Int> {
        let first = 2 &* node
        return Range(uncheckedBounds: (Int(bounds[first &+ halves.lowerBound]), Int(bounds[first &+ halves.upperBound])))
    }

    /// The number of `node`'s steps in `direction`.
    @inline(__always)
    func degree(of node: Int, _ direction: TraversalDirection) -> Int { slots(of: node, direction).count }
}

/// The arrays a traversal reads on every step, as raw buffers: no bounds or uniqueness checks
/// in the hot loops (release builds), no retains.
///
/// The indices read are node and slot indices taken from the graph itself, so they are in
/// range by construction (``Graph/checkInvariants()`` checks the adjacency).
struct TraversalView {
    let adjacency: AdjacencyBuffers
    let edgeTypeCodes: UnsafeBufferPointer<Int32>
    /// Each node's id rank (see ``Graph``), the traversals' tie-break.
    let idRank: UnsafeBufferPointer<Int32>
    /// The edge-type filter over type codes; nil when every type qualifies.
    let mask: UnsafeBufferPointer<Bool>?

    /// The slots of `half` (0 outgoing, 1 incoming) of `owner`'s run whose neighbour is
    /// `target` (each half is sorted by neighbour id rank): a short half is read straight
    /// through, a long one halved first.
    /// - Complexity: O(log d) for the half's length d, plus the slots found.
    @inline(__always)
    func slots(of target: Int, inRunOf owner: Int, half: Int) -> Range<Int> {
        let run = adjacency.slots(of: owner, halves: half..<(half + 1))
        var low = run.lowerBound, high = run.upperBound
        let rank = idRank[target]
        while high - low > 16 {
            let middle = (low + high) / 2
            if idRank[Int(adjacency.neighbours[middle])] < rank { low = middle + 1 } else { high = middle }
        }
        while low < high && Int(adjacency.neighbours[low]) != target { low += 1 }
        var last = low
        while last < run.upperBound && Int(adjacency.neighbours[last]) == target { last += 1 }
        return low..<last
    }

    /// Whether the edge in `slot` passes the edge-type filter.
    @inline(__always)
    func allows(slot: Int) -> Bool {
        guard let mask else { return true }
        return mask[Int(edgeTypeCodes[Int(adjacency.edges[slot])])]
    }
}

extension TraversalView {
    /// How many queued nodes ahead ``touchRuns(of:_:_:)`` reads at a time.
    static let touchBatch = 16

    /// Reads the bound, then the first neighbour, of the runs in `direction` of the nodes
    /// `queue[positions]`: independent reads the processor overlaps, so that the loop that
    /// then walks those runs one by one finds them cached instead of waiting on each in turn.
    /// Returns a value folded from the reads, for the caller to keep (so they are not dropped).
    /// - Complexity: O(|positions|).
    @inline(__always)
    func touchRuns(of queue: UnsafeMutablePointer<Int32>, _ positions: Range<Int>, _ direction: TraversalDirection) -> Int32 {
        let first = direction.halves.lowerBound, last = adjacency.neighbours.count &- 1
        var folded: Int32 = 0
        for position in positions { folded &+= adjacency.bounds[2 &* Int(queue[position]) &+ first] }
        guard last >= 0 else { return folded }
        for position in positions {
            folded &+= adjacency.neighbours[min(Int(adjacency.bounds[2 &* Int(queue[position]) &+ first]), last)]
        }
        return folded
    }
}

extension Adjacency {
    /// Runs `body` with raw views of the three arrays.
    func withBuffers<Result>(_ body: (AdjacencyBuffers) throws -> Result) rethrows -> Result {
        try bounds.withUnsafeBufferPointer { bounds in
            try neighbours.withUnsafeBufferPointer { neighbours in
                try edges.withUnsafeBufferPointer { edges in
                    try body(AdjacencyBuffers(bounds: bounds, neighbours: neighbours, edges: edges))
                }
            }
        }
    }
}

extension Graph {
    /// Runs `body` with raw views of the adjacency, the edge type codes, the id ranks and `mask`.
    func withTraversalView<Result>(mask: [Bool]?, _ body: (TraversalView) throws -> Result) rethrows -> Result {
        try adjacency.withBuffers { adjacency in
            try edgeTypeCodes.withUnsafeBufferPointer { codes in
                try idRank.withUnsafeBufferPointer { ranks in
                    if let mask {
                        return try mask.withUnsafeBufferPointer { mask in
                            try body(TraversalView(adjacency: adjacency, edgeTypeCodes: codes, idRank: ranks, mask: mask))
                        }
                    }
                    return try body(TraversalView(adjacency: adjacency, edgeTypeCodes: codes, idRank: ranks, mask: nil))
                }
            }
        }
    }
}
