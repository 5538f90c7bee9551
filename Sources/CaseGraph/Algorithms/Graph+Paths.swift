/// One hop of a path: two consecutive nodes and every qualifying edge between them.
public struct PathHop: Sendable, Hashable {
    public var from: NodeIndex
    public var to: NodeIndex
    /// The edges that make this hop (parallel edges are one hop), in edge order.
    public var edges: [EdgeIndex]
}

/// A path through the graph, as its nodes and its hops.
public struct GraphPath: Sendable, Hashable {
    public var nodes: [NodeIndex]
    public var hops: [PathHop]

    /// The number of hops.
    public var length: Int { hops.count }
}

/// The answer to a shortest-path question.
public struct ShortestPaths: Sendable, Hashable {
    /// The shortest paths found, ordered by their sequence of node ids.
    public var paths: [GraphPath]
    /// True when more shortest paths exist than the limit allowed.
    public var truncated: Bool
}

extension Graph {
    /// The shortest paths from `start` to `goal`, following edges in `direction`.
    ///
    /// Paths are distinct node sequences; parallel edges between two nodes form one hop.
    /// They come in the lexicographic order of their node ids, so the first one is the
    /// path whose nodes have the smallest ids at the first place they differ — the
    /// documented tie-break. At most `limit` paths are returned.
    ///
    /// - Parameters:
    ///   - maximumLength: paths longer than this are not looked for.
    ///   - cancellation: polled during the search; when it fires the answer is partial.
    /// - Complexity: O(V + E) for the search, plus O(L · P) to list P paths of length L.
    public func shortestPaths(
        from start: NodeIndex, to goal: NodeIndex, direction: TraversalDirection = .both,
        edgeTypes: Set<String>? = nil, maximumLength: Int = .max, limit: Int = 1,
        cancellation: Cancellation = .never
    ) -> ShortestPaths {
        let mask = edgeTypeMask(edgeTypes)
        return scratchPool.withScratch { scratch in
            guard let length = distancesToGoal(start: start, goal: goal, direction: direction, mask: mask,
                                               maximumLength: maximumLength, cancellation: cancellation, scratch: &scratch)
            else { return ShortestPaths(paths: [], truncated: false) }
            let generation = scratch.generation
            return listPaths(start: start, direction: direction, mask: mask, limit: limit, cancellation: cancellation) { node in
                if scratch.secondStamp[node] == generation { return Int(scratch.secondValue[node]) }
                if scratch.flagStamp[node] == generation { return length - Int(scratch.firstValue[node]) }
                return nil
            }
        }
    }

    /// Every shortest path from `start`, in the lexicographic order of their node ids, stepping
    /// each time to the neighbours one hop closer to the goal (`toGoal` gives that distance).
    private func listPaths(
        start: NodeIndex, direction: TraversalDirection, mask: [Bool]?, limit: Int, cancellation: Cancellation,
        toGoal: (NodeIndex) -> Int?
    ) -> ShortestPaths {
        var work = 0
        var paths = [GraphPath]()
        var truncated = false
        var nodes = [start]
        var hops = [PathHop]()
        // A depth-first walk with an explicit stack (a path may have tens of thousands of
        // hops): each frame is a node on the current path, its next hops grouped by
        // neighbour in id order, and the next group to try.
        var stack = [(node: NodeIndex, hops: [(neighbour: NodeIndex, edges: [EdgeIndex])], next: Int)]()

        /// Records a finished path, or pushes the node's frame; false when nothing was pushed.
        func visit(_ node: NodeIndex) -> Bool {
            if cancellation.shouldStop(after: &work) {
                truncated = true
                return false
            }
            guard let remaining = toGoal(node), remaining > 0 else {
                if paths.count == limit { truncated = true } else { paths.append(GraphPath(nodes: nodes, hops: hops)) }
                return false
            }
            // The steps one hop closer to the goal, in `steps(from:direction:)` order (by
            // neighbour id, then edge); a self-loop never qualifies, so both runs can simply be
            // filtered and sorted.
            var candidates = [Step]()
            forEachStep(from: node, direction: direction, mask: mask) { neighbour, edge in
                if toGoal(neighbour) == remaining - 1 { candidates.append(Step(neighbour: neighbour, edge: edge)) }
            }
            if candidates.count > 1 {
                candidates.sort { lhs, rhs in
                    idRank[lhs.neighbour] != idRank[rhs.neighbour] ? idRank[lhs.neighbour] < idRank[rhs.neighbour] : lhs.edge < rhs.edge
                }
            }
            var groups = [(neighbour: NodeIndex, edges: [EdgeIndex])]()
            var position = 0
            while position < candidates.count {
                let neighbour = candidates[position].neighbour
                var hopEdges = [Int]()
                while position < candidates.count && candidates[position].neighbour == neighbour {
                    hopEdges.append(candidates[position].edge)
                    position += 1
                }
                groups.append((neighbour, hopEdges.sorted()))
            }
            stack.append((node, groups, 0))
            return true
        }

        _ = visit(start)
        while !truncated, let top = stack.last {
            guard top.next < top.hops.count else {
                stack.removeLast()
                if !stack.isEmpty {
                    nodes.removeLast()
                    hops.removeLast()
                }
                continue
            }
            stack[stack.count - 1].next += 1
            let hop = top.hops[top.next]
            nodes.append(hop.neighbour)
            hops.append(PathHop(from: top.node, to: hop.neighbour, edges: hop.edges))
            if !visit(hop.neighbour) {
                nodes.removeLast()
                hops.removeLast()
            }
        }
        return ShortestPaths(paths: paths, truncated: truncated)
    }

    /// The number of steps expanding these nodes would look at: the sum of their degrees.
    private func frontierCost(_ queue: [Int32], _ layer: Range<Int>, _ direction: TraversalDirection) -> Int {
        var cost = 0
        for position in layer {
            let node = Int(queue[position])
            if direction != .incoming { cost += outgoing.degree(of: node) }
            if direction != .outgoing { cost += incoming.degree(of: node) }
        }
        return cost
    }

    /// Bidirectional breadth-first search between `start` and `goal`, expanding the frontier
    /// with fewer steps to look at, a whole layer at a time: the distance to `goal` of every node that can lie on
    /// a shortest path (read from `scratch`, see `shortestPaths`) and the path length, or nil when
    /// `goal` is out of reach (or beyond `maximumLength`).
    ///
    /// When the frontiers meet after `f` forward and `b` backward layers, the length is
    /// `d = f + b`. The backward ball holds the exact distance to `goal` of each of its nodes.
    /// In the forward ball, the nodes of layer `f` that the backward search reached at depth
    /// `b`, and then, layer by layer back to `start`, the nodes with a step to a marked node of
    /// the next layer, are exactly the forward nodes on shortest paths; their distance to
    /// `goal` is `d` minus their distance from `start`. A node one hop closer to `goal` than a
    /// node on a shortest path is on one too, so the path listing sees the same distances a
    /// full backward search would give it.
    /// - Complexity: O(V' + E') for the nodes and edges of the two balls; O(1) set-up.
    private func distancesToGoal(
        start: NodeIndex, goal: NodeIndex, direction: TraversalDirection, mask: [Bool]?,
        maximumLength: Int, cancellation: Cancellation, scratch: inout TraversalScratch
    ) -> Int? {
        let generation = scratch.generation
        scratch.secondStamp[goal] = generation
        scratch.secondValue[goal] = 0
        if start == goal { return 0 }
        scratch.firstStamp[start] = generation
        scratch.firstValue[start] = 0
        scratch.firstQueue.append(Int32(start))
        scratch.secondQueue.append(Int32(goal))
        var work = 0
        var forwardLayers = [0]                    // start of each forward layer in firstQueue
        var forwardDepth = 0, backwardDepth = 0
        var forwardLayer = 0..<1, backwardLayer = 0..<1
        while true {
            if forwardDepth + backwardDepth >= maximumLength || forwardLayer.isEmpty || backwardLayer.isEmpty { return nil }
            var met = false
            if frontierCost(scratch.firstQueue, forwardLayer, direction)
                <= frontierCost(scratch.secondQueue, backwardLayer, direction.reversed) {
                let next = Int32(forwardDepth + 1)
                for position in forwardLayer {
                    if cancellation.shouldStop(after: &work) { return nil }
                    forEachStep(from: Int(scratch.firstQueue[position]), direction: direction, mask: mask) { neighbour, _ in
                        guard scratch.firstStamp[neighbour] != generation else { return }
                        scratch.firstStamp[neighbour] = generation
                        scratch.firstValue[neighbour] = next
                        scratch.firstQueue.append(Int32(neighbour))
                        if scratch.secondStamp[neighbour] == generation { met = true }
                    }
                }
                forwardDepth += 1
                forwardLayer = forwardLayer.upperBound..<scratch.firstQueue.count
                forwardLayers.append(forwardLayer.lowerBound)
            } else {
                let next = Int32(backwardDepth + 1)
                let reversed = direction.reversed
                for position in backwardLayer {
                    if cancellation.shouldStop(after: &work) { return nil }
                    forEachStep(from: Int(scratch.secondQueue[position]), direction: reversed, mask: mask) { neighbour, _ in
                        guard scratch.secondStamp[neighbour] != generation else { return }
                        scratch.secondStamp[neighbour] = generation
                        scratch.secondValue[neighbour] = next
                        scratch.secondQueue.append(Int32(neighbour))
                        if scratch.firstStamp[neighbour] == generation { met = true }
                    }
                }
                backwardDepth += 1
                backwardLayer = backwardLayer.upperBound..<scratch.secondQueue.count
            }
            if met { break }
        }
        let length = forwardDepth + backwardDepth
        // Mark the forward nodes on shortest paths, from the meeting layer back to `start`.
        for position in forwardLayer where scratch.secondStamp[Int(scratch.firstQueue[position])] == generation {
            scratch.flagStamp[Int(scratch.firstQueue[position])] = generation
        }
        var layer = forwardDepth - 1
        while layer >= 0 {
            let next = Int32(layer + 1)
            for position in forwardLayers[layer]..<forwardLayers[layer + 1] {
                let node = Int(scratch.firstQueue[position])
                var onPath = false
                forEachStep(from: node, direction: direction, mask: mask) { neighbour, _ in
                    if !onPath && scratch.flagStamp[neighbour] == generation && scratch.firstValue[neighbour] == next {
                        onPath = true
                    }
                }
                if onPath { scratch.flagStamp[node] = generation }
            }
            layer -= 1
        }
        return length
    }
}
