/// Raw read-only views of one ``Adjacency``'s arrays, valid only inside
/// ``Graph/withTraversalView(mask:_:)``.
struct AdjacencyBuffers {
    let offsets: UnsafeBufferPointer<Int32>
    let neighbours: UnsafeBufferPointer<Int32>
    let edges: UnsafeBufferPointer<Int32>

    /// The first slot of `node`'s run.
    @inline(__always)
    func lower(_ node: Int) -> Int { Int(offsets[node]) }

    /// One past the last slot of `node`'s run.
    @inline(__always)
    func upper(_ node: Int) -> Int { Int(offsets[node + 1]) }

    /// The length of `node`'s run.
    @inline(__always)
    func degree(of node: Int) -> Int { Int(offsets[node + 1] &- offsets[node]) }
}

/// The arrays a traversal reads on every step, as raw buffers: no bounds or uniqueness checks
/// in the hot loops (release builds), no retains.
///
/// The indices read are node and slot indices taken from the graph itself, so they are in
/// range by construction (``Graph/checkInvariants()`` checks the adjacency).
struct TraversalView {
    let outgoing: AdjacencyBuffers
    let incoming: AdjacencyBuffers
    let edgeTypeCodes: UnsafeBufferPointer<Int32>
    /// Each node's id rank (see ``Graph``), the traversals' tie-break.
    let idRank: UnsafeBufferPointer<Int32>
    /// The edge-type filter over type codes; nil when every type qualifies.
    let mask: UnsafeBufferPointer<Bool>?

    /// The adjacency to read for `side` 0 (outgoing) or 1 (incoming).
    @inline(__always)
    func adjacency(_ side: Int) -> AdjacencyBuffers { side == 0 ? outgoing : incoming }

    /// The slots of `owner`'s run on `side` whose neighbour is `target` (runs are sorted by
    /// neighbour id rank): a short run is read straight through, a long one halved first.
    /// - Complexity: O(log d) for `owner`'s degree d on that side, plus the slots found.
    @inline(__always)
    func slots(of target: Int, inRunOf owner: Int, side: Int) -> Range<Int> {
        let adjacency = adjacency(side)
        var low = adjacency.lower(owner), high = adjacency.upper(owner)
        let end = high, rank = idRank[target]
        while high - low > 16 {
            let middle = (low + high) / 2
            if idRank[Int(adjacency.neighbours[middle])] < rank { low = middle + 1 } else { high = middle }
        }
        while low < high && Int(adjacency.neighbours[low]) != target { low += 1 }
        var last = low
        while last < end && Int(adjacency.neighbours[last]) == target { last += 1 }
        return low..<last
    }

    /// Whether the edge in `slot` of `adjacency` passes the edge-type filter.
    @inline(__always)
    func allows(_ adjacency: AdjacencyBuffers, slot: Int) -> Bool {
        guard let mask else { return true }
        return mask[Int(edgeTypeCodes[Int(adjacency.edges[slot])])]
    }
}

extension TraversalDirection {
    /// The adjacency sides (0 outgoing, 1 incoming) a step in this direction reads.
    @inline(__always)
    var sides: Range<Int> {
        switch self {
        case .outgoing: return 0..<1
        case .incoming: return 1..<2
        case .both: return 0..<2
        }
    }
}

extension Adjacency {
    /// Runs `body` with raw views of the three arrays.
    func withBuffers<Result>(_ body: (AdjacencyBuffers) throws -> Result) rethrows -> Result {
        try offsets.withUnsafeBufferPointer { offsets in
            try neighbours.withUnsafeBufferPointer { neighbours in
                try edges.withUnsafeBufferPointer { edges in
                    try body(AdjacencyBuffers(offsets: offsets, neighbours: neighbours, edges: edges))
                }
            }
        }
    }
}

extension Graph {
    /// Runs `body` with raw views of the adjacency, the edge type codes, the id ranks and `mask`.
    func withTraversalView<Result>(mask: [Bool]?, _ body: (TraversalView) throws -> Result) rethrows -> Result {
        try outgoing.withBuffers { outgoing in
            try incoming.withBuffers { incoming in
                try edgeTypeCodes.withUnsafeBufferPointer { codes in
                    try idRank.withUnsafeBufferPointer { ranks in
                        if let mask {
                            return try mask.withUnsafeBufferPointer { mask in
                                try body(TraversalView(outgoing: outgoing, incoming: incoming, edgeTypeCodes: codes,
                                                       idRank: ranks, mask: mask))
                            }
                        }
                        return try body(TraversalView(outgoing: outgoing, incoming: incoming, edgeTypeCodes: codes,
                                                      idRank: ranks, mask: nil))
                    }
                }
            }
        }
    }
}
