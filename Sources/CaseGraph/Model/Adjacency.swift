/// Compressed sparse row adjacency: for each node, a contiguous run of (neighbour, edge) pairs.
///
/// Each run is sorted by the neighbour's id rank, then by edge index, so every traversal
/// visits neighbours in the same documented order, whatever order the files listed them in.
struct Adjacency: Sendable {
    /// `offsets[node] ..< offsets[node + 1]` is the node's run in `neighbours` and `edges`.
    private(set) var offsets: [Int32]
    private(set) var neighbours: [Int32]
    private(set) var edges: [Int32]

    /// Builds the adjacency of `nodeCount` nodes from edges given as (from, to) pairs.
    ///
    /// - Complexity: O(V + E log d) where d is the largest degree.
    /// `cancellation` is polled while sorting the runs; once it fires, the rest stay unsorted.
    init(nodeCount: Int, endpoints: [(from: Int32, to: Int32)], idRank: [Int32], cancellation: Cancellation = .never) {
        var counts = [Int32](repeating: 0, count: nodeCount + 1)
        for pair in endpoints { counts[Int(pair.from) + 1] += 1 }
        for index in 0..<nodeCount { counts[index + 1] += counts[index] }
        var cursor = counts
        var neighbours = [Int32](repeating: 0, count: endpoints.count)
        var edges = [Int32](repeating: 0, count: endpoints.count)
        for (edge, pair) in endpoints.enumerated() {
            let slot = Int(cursor[Int(pair.from)])
            neighbours[slot] = pair.to
            edges[slot] = Int32(edge)
            cursor[Int(pair.from)] += 1
        }
        // Each run is sorted as one array of (id rank, edge) keys, in place.
        var nodeOfRank = [Int32](repeating: 0, count: nodeCount)
        for (node, rank) in idRank.enumerated() { nodeOfRank[Int(rank)] = Int32(node) }
        var keys = [UInt64](repeating: 0, count: endpoints.count)
        for slot in keys.indices {
            keys[slot] = UInt64(UInt32(bitPattern: idRank[Int(neighbours[slot])])) << 32 | UInt64(UInt32(bitPattern: edges[slot]))
        }
        var work = 0
        for node in 0..<nodeCount {
            if cancellation.shouldStop(after: &work) { break }
            let range = Int(counts[node])..<Int(counts[node + 1])
            guard range.count > 1 else { continue }
            keys[range].sort()
            for slot in range {
                neighbours[slot] = nodeOfRank[Int(keys[slot] >> 32)]
                edges[slot] = Int32(bitPattern: UInt32(truncatingIfNeeded: keys[slot]))
            }
        }
        self.offsets = counts
        self.neighbours = neighbours
        self.edges = edges
    }

    /// The slots of `node`'s run.
    @inline(__always)
    func slots(of node: Int) -> Range<Int> {
        Int(offsets[node])..<Int(offsets[node + 1])
    }

    func degree(of node: Int) -> Int { slots(of: node).count }
}
