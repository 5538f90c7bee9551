/// The small arrays a shortest-path search fills on every query, kept in a
/// ``TraversalScratch`` between queries so that their buffers are reused.
///
/// A search takes the set out with ``TraversalScratch/takePathArrays()`` (emptied, capacity
/// kept) and puts it back when done; a set that is never put back (e.g. a query that ended
/// early) only costs the next query fresh allocations. The contents carry no meaning between
/// queries: the flagged nodes a later ``TraversalScratch/reset()`` must clear are listed in
/// ``TraversalScratch/flaggedNodes``, not here.
struct PathSearchArrays {
    /// The bidirectional search's layer starts and forward expansion costs.
    var forwardLayers: [Int] = []
    var backwardLayers: [Int] = []
    var forwardCosts: [Int] = []
    /// The flagged nodes of the layer being flagged and of the one before it.
    var flagged: [Int32] = []
    var previous: [Int32] = []
    /// Where each layer of ``TraversalScratch/flaggedNodes`` starts, by distance to the goal.
    var onPathStarts: [Int] = []
    /// The path listing's depth-first stack, its groups of next hops and their edges, and the
    /// steps of the node being expanded (see `Graph.listPaths`).
    var stack: [PathListingFrame] = []
    var groups: [(neighbour: NodeIndex, edges: Range<Int>)] = []
    var groupEdges: [EdgeIndex] = []
    var candidates: [(key: UInt64, neighbour: Int32)] = []

    /// Empties every array, keeping its capacity.
    mutating func removeAll() {
        forwardLayers.removeAll(keepingCapacity: true)
        backwardLayers.removeAll(keepingCapacity: true)
        forwardCosts.removeAll(keepingCapacity: true)
        flagged.removeAll(keepingCapacity: true)
        previous.removeAll(keepingCapacity: true)
        onPathStarts.removeAll(keepingCapacity: true)
        stack.removeAll(keepingCapacity: true)
        groups.removeAll(keepingCapacity: true)
        groupEdges.removeAll(keepingCapacity: true)
        candidates.removeAll(keepingCapacity: true)
    }
}

/// One node on the path being listed: its next hops (a range of the listing's groups), where
/// its groups' edges start, and the next group to try.
struct PathListingFrame {
    var node: NodeIndex
    var groups: Range<Int>
    var edgesStart: Int
    var next: Int
}

extension TraversalScratch {
    /// Hands out the path search's working arrays, empty, leaving an empty set in their place.
    func takePathArrays() -> PathSearchArrays {
        var arrays = PathSearchArrays()
        swap(&arrays, &pathArrays)
        arrays.removeAll()
        return arrays
    }
}
