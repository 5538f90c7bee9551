/// The nodes within some hops of a start node, as flat buffers: every reached node once,
/// nearest first, and where each distance's run ends.
///
/// The cheap form of a neighbourhood: no per-node arrays, no sorting. Use
/// ``Graph/neighbourhood(of:depth:direction:edgeTypes:nodeTypes:limit:cancellation:)`` for the
/// ordered rows with the edges that reach each node.
public struct Reach: Sendable, Hashable {
    public let start: NodeIndex
    /// The reached nodes, `start` excluded: those at distance 1, then 2, and so on; within one
    /// distance in no documented order.
    public let nodes: [Int32]
    /// `levelEnds[d - 1]` is where the nodes at distance `d` end in ``nodes``; they begin
    /// where distance `d - 1` ends (at 0 for `d == 1`). Only distances that reached a node.
    public let levelEnds: [Int]

    /// The number of reached nodes.
    public var count: Int { nodes.count }

    /// The largest distance of a reached node (0 when none was reached).
    public var maximumDistance: Int { levelEnds.count }

    /// The nodes at `distance` hops (empty outside `1...maximumDistance`).
    public func nodes(atDistance distance: Int) -> ArraySlice<Int32> {
        guard distance >= 1 && distance <= levelEnds.count else { return [] }
        return nodes[(distance == 1 ? 0 : levelEnds[distance - 2])..<levelEnds[distance - 1]]
    }
}

extension Graph {
    /// Every node within `depth` hops of `start`, excluding `start` itself, as flat buffers.
    ///
    /// Edges are followed in `direction` when their type is in `edgeTypes` (all when nil).
    /// When `cancellation` fires, the nodes found so far are returned.
    ///
    /// ```swift
    /// let near = graph.reach(from: ijm, depth: 2)
    /// print(near.count, near.nodes(atDistance: 1).count)
    /// ```
    /// - Complexity: O(V' + E') where V' and E' are the nodes within `depth - 1` hops and
    ///   their edges, plus O(R) to copy out the R reached nodes.
    public func reach(
        from start: NodeIndex, depth: Int, direction: TraversalDirection = .both, edgeTypes: Set<String>? = nil,
        cancellation: Cancellation = .never
    ) -> Reach {
        searchingReach(from: start, depth: depth, direction: direction, edgeTypes: edgeTypes,
                       cancellation: cancellation) { ends, scratch in
            let nodes = Array(UnsafeBufferPointer(start: scratch.firstQueue + 1, count: ends[ends.count - 1] - 1))
            return Reach(start: start, nodes: nodes, levelEnds: ends.dropFirst().map { $0 - 1 })
        }
    }

    /// How many nodes are within `depth` hops of `start`, excluding `start`: the count of
    /// ``reach(from:depth:direction:edgeTypes:cancellation:)`` without building its buffers.
    ///
    /// - Complexity: O(V' + E') as ``reach(from:depth:direction:edgeTypes:cancellation:)``.
    public func reachableCount(
        from start: NodeIndex, depth: Int, direction: TraversalDirection = .both, edgeTypes: Set<String>? = nil,
        cancellation: Cancellation = .never
    ) -> Int {
        searchingReach(from: start, depth: depth, direction: direction, edgeTypes: edgeTypes,
                       cancellation: cancellation) { ends, _ in ends[ends.count - 1] - 1 }
    }

    /// Runs the search of ``reach(from:depth:direction:edgeTypes:cancellation:)`` in a pooled
    /// scratch and hands `read` its level ends and the scratch holding the reached nodes.
    private func searchingReach<Answer>(
        from start: NodeIndex, depth: Int, direction: TraversalDirection, edgeTypes: Set<String>?,
        cancellation: Cancellation, read: ([Int], TraversalScratch) -> Answer
    ) -> Answer {
        precondition(nodes.indices.contains(start), "the start must be a node of the graph")
        let mask = edgeTypeMask(edgeTypes)
        return scratchPool.withScratch { scratch in
            let ends = breadthFirst(from: start, depth: depth, direction: direction, mask: mask,
                                    recordDistances: false, cancellation: cancellation, scratch: scratch)
            defer { scratch.levelEnds = ends }  // back to the scratch, for the next search
            return read(ends, scratch)
        }
    }

    /// Breadth-first search from `start` up to `depth` hops, in `scratch`.
    ///
    /// Afterwards `scratch.firstQueue[0..<ends.last!]` holds `start` and then every reached
    /// node in distance order, each a member of `firstSeen`; with `recordDistances`,
    /// `firstValue` holds each one's distance. The result `ends[d]` is where distance `d`'s
    /// run ends in the queue (`ends[0] == 1`, for `start`); a distance that reaches nothing
    /// ends the list. When `cancellation` fires, the search stops where it is.
    /// - Complexity: O(V' + E') for the nodes within `depth - 1` hops and their edges.
    func breadthFirst(
        from start: NodeIndex, depth: Int, direction: TraversalDirection, mask: [Bool]?, recordDistances: Bool,
        cancellation: Cancellation, scratch: TraversalScratch
    ) -> [Int] {
        let seen = scratch.firstSeen, value = scratch.firstValue, queue = scratch.firstQueue
        // The scratch's array, taken for its capacity: no allocation once it has grown.
        var ends = [Int]()
        swap(&ends, &scratch.levelEnds)
        ends.removeAll(keepingCapacity: true)
        ends.append(1)
        scratch.firstSeenCount = .max
        seen.insert(start)
        value[start] = 0
        queue[0] = Int32(start)
        withTraversalView(mask: mask) { view in
            var head = 0, tail = 1, level = 0, work = 0
            var stopped = false
            var touched: Int32 = 0
            while level < depth && head < tail && !stopped {
                let levelEnd = tail
                let next = Int32(truncatingIfNeeded: level + 1)
                var touchedUpTo = head
                while head < levelEnd {
                    if cancellation.shouldStop(after: &work) {
                        stopped = true
                        break
                    }
                    if head == touchedUpTo {
                        touchedUpTo = min(head &+ TraversalView.touchBatch, levelEnd)
                        touched &+= view.touchRuns(of: queue, head..<touchedUpTo, direction)
                    }
                    let node = Int(queue[head])
                    head += 1
                    // `.both` reads the node's whole run: its outgoing steps, then its incoming ones.
                    // Every neighbour is written after the queue's end, which moves past it
                    // only when it is new (the queue has a spare slot for the last write).
                    for slot in view.adjacency.slots(of: node, direction) {
                        let neighbour = Int(view.adjacency.neighbours[slot])
                        guard view.allows(slot: slot) else { continue }
                        let new = seen.insertCountingNew(neighbour)
                        if recordDistances && new != 0 { value[neighbour] = next }
                        queue[tail] = Int32(truncatingIfNeeded: neighbour)
                        tail &+= new
                    }
                }
                if tail > levelEnd { ends.append(tail) }
                level += 1
            }
            scratch.firstSeenCount = tail
            scratch.touched = touched
        }
        return ends
    }
}
