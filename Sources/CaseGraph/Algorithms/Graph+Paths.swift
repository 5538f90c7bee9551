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
        precondition(nodes.indices.contains(start) && nodes.indices.contains(goal), "path endpoints must be nodes of the graph")
        let mask = edgeTypeMask(edgeTypes)
        return scratchPool.withScratch { scratch in
            var arrays = scratch.takePathArrays()
            defer { swap(&arrays, &scratch.pathArrays) }
            return withTraversalView(mask: mask) { view in
                guard let layers = distancesToGoal(start: start, goal: goal, direction: direction, maximumLength: maximumLength,
                                                   cancellation: cancellation, scratch: scratch, view: view, arrays: &arrays)
                else { return ShortestPaths(paths: [], truncated: false) }
                return listPaths(start: start, layers: layers, direction: direction, limit: limit, cancellation: cancellation,
                                 scratch: scratch, view: view, arrays: &arrays)
            }
        }
    }

    /// Every shortest path from `start`, in the lexicographic order of their node ids, stepping
    /// each time to the neighbours one hop closer to the goal (as `scratch`, `arrays` and
    /// `layers` tell after
    /// ``distancesToGoal(start:goal:direction:maximumLength:cancellation:scratch:view:arrays:)``).
    /// Only the answer's paths are allocated; the walk reuses `arrays`.
    private func listPaths(
        start: NodeIndex, layers: ShortestPathLayers, direction: TraversalDirection, limit: Int,
        cancellation: Cancellation, scratch: TraversalScratch, view: TraversalView, arrays: inout PathSearchArrays
    ) -> ShortestPaths {
        let length = layers.length
        var work = 0
        var paths = [GraphPath]()
        var truncated = false
        let onPath = scratch.flaggedNodes, backwardStarts = arrays.backwardLayers, onPathStarts = arrays.onPathStarts
        // A depth-first walk with an explicit stack (a path may have tens of thousands of
        // hops): each frame is a node on the current path, its next hops grouped by
        // neighbour in id order (a range of `groups`), and the next group to try (one past the
        // hop taken, for the frames below the top). The groups of the frames on the stack lie
        // one after the other in `groups`, their edges in `groupEdges`, so popping a frame
        // truncates both. The current path is the frames' nodes and taken hops.
        var stack = arrays.stack, groups = arrays.groups, groupEdges = arrays.groupEdges, candidates = arrays.candidates
        arrays.stack = []
        arrays.groups = []
        arrays.groupEdges = []
        arrays.candidates = []
        defer {
            arrays.stack = stack
            arrays.groups = groups
            arrays.groupEdges = groupEdges
            arrays.candidates = candidates
        }

        /// The path from `start` along the stack's taken hops to `end`.
        func currentPath(to end: NodeIndex) -> GraphPath {
            var nodes = [NodeIndex](), hops = [PathHop]()
            nodes.reserveCapacity(stack.count + 1)
            hops.reserveCapacity(stack.count)
            for frame in stack {
                let hop = groups[frame.next - 1]
                nodes.append(frame.node)
                hops.append(PathHop(from: frame.node, to: hop.neighbour, edges: Array(groupEdges[hop.edges])))
            }
            nodes.append(end)
            return GraphPath(nodes: nodes, hops: hops)
        }

        /// Records a finished path, or pushes the node's frame; false when nothing was pushed.
        func visit(_ node: NodeIndex) -> Bool {
            if cancellation.shouldStop(after: &work) {
                truncated = true
                return false
            }
            guard let remaining = distanceToGoal(node, length: length, scratch: scratch), remaining > 0 else {
                if paths.count == limit { truncated = true } else { paths.append(currentPath(to: node)) }
                return false
            }
            // The steps one hop closer to the goal, in `steps(from:direction:)` order (by
            // neighbour id, then edge): keyed by (id rank, edge). A self-loop never qualifies.
            candidates.removeAll(keepingCapacity: true)
            let degree = view.adjacency.degree(of: node, direction)
            let (inBackwardQueue, layer) = layers.layer(atDistance: remaining - 1, backwardStarts: backwardStarts,
                                                        onPathStarts: onPathStarts)
            if layer.count * 16 < degree {
                // Fewer nodes one hop closer than steps out of `node`: look `node` up in each
                // one's runs the other way instead (runs are sorted by neighbour id rank).
                for position in layer {
                    let next = Int(inBackwardQueue ? scratch.secondQueue[position] : onPath[position])
                    view.collectSteps(from: node, to: next, direction: direction, into: &candidates)
                }
            } else {
                for slot in view.adjacency.slots(of: node, direction) {
                    let neighbour = Int(view.adjacency.neighbours[slot])
                    guard distanceToGoal(neighbour, length: length, scratch: scratch) == remaining - 1,
                          view.allows(slot: slot) else { continue }
                    let key = UInt64(UInt32(bitPattern: view.idRank[neighbour])) << 32
                        | UInt64(UInt32(bitPattern: view.adjacency.edges[slot]))
                    candidates.append((key, Int32(truncatingIfNeeded: neighbour)))
                }
            }
            if candidates.count > 1 { candidates.sort { $0.key < $1.key } }
            let first = groups.count, edgesStart = groupEdges.count
            var position = 0
            while position < candidates.count {
                let neighbour = candidates[position].neighbour, edgesStart = groupEdges.count
                while position < candidates.count && candidates[position].neighbour == neighbour {
                    groupEdges.append(Int(candidates[position].key & 0xFFFF_FFFF))
                    position += 1
                }
                groups.append((Int(neighbour), edgesStart..<groupEdges.count))
            }
            stack.append(PathListingFrame(node: node, groups: first..<groups.count, edgesStart: edgesStart, next: first))
            return true
        }

        _ = visit(start)
        while !truncated, let top = stack.last {
            guard top.next < top.groups.upperBound else {
                stack.removeLast()
                groups.removeLast(groups.count - top.groups.lowerBound)
                groupEdges.removeLast(groupEdges.count - top.edgesStart)
                continue
            }
            stack[stack.count - 1].next += 1
            _ = visit(groups[top.next].neighbour)
        }
        return ShortestPaths(paths: paths, truncated: truncated)
    }
}

extension TraversalView {
    /// Appends every qualifying step from `node` to `next` in `direction`, keyed by (id rank of
    /// `next`, edge), found by searching `node` in `next`'s runs the other way (sorted by id rank).
    /// - Complexity: O(log d + k) for `next`'s degree d and the k steps found.
    func collectSteps(
        from node: NodeIndex, to next: NodeIndex, direction: TraversalDirection,
        into candidates: inout [(key: UInt64, neighbour: Int32)]
    ) {
        for half in direction.reversed.halves {
            for slot in slots(of: node, inRunOf: next, half: half) where allows(slot: slot) {
                // `next`'s own rank is read only here: most of the nodes looked at do not step.
                let nextRank = UInt64(UInt32(bitPattern: idRank[next])) << 32
                candidates.append((nextRank | UInt64(UInt32(bitPattern: adjacency.edges[slot])), Int32(truncatingIfNeeded: next)))
            }
        }
    }
}
