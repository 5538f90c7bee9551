import DequeModule

/// A node reached from a start node, with how far it is and the edges that reach it.
public struct ReachedNode: Sendable, Hashable {
    public var node: NodeIndex
    /// The number of hops from the start.
    public var distance: Int
    /// Every edge that reaches this node from a node one hop closer to the start, in edge order.
    public var via: [EdgeIndex]
}

extension Graph {
    /// Every node within `depth` hops of `start`, excluding `start` itself.
    ///
    /// Edges are followed in `direction` when their type is in `edgeTypes` (all when nil).
    /// When `cancellation` fires, the nodes found so far are returned.
    /// Results are ordered by distance, then by node id.
    ///
    /// ```swift
    /// let linked = graph.neighbourhood(of: ijm, depth: 2)
    /// ```
    /// - Complexity: O(V' + E') where V' and E' are the nodes and edges within `depth` hops.
    public func neighbourhood(
        of start: NodeIndex, depth: Int, direction: TraversalDirection = .both, edgeTypes: Set<String>? = nil,
        cancellation: Cancellation = .never
    ) -> [ReachedNode] {
        let mask = edgeTypeMask(edgeTypes)
        return scratchPool.withScratch { scratch in
            let generation = scratch.generation
            // `first` marks a reached node, its value the node's position in `reached`,
            // which doubles as the BFS queue (nodes are appended in distance order).
            var work = 0
            var reached = [ReachedNode]()
            scratch.firstStamp[start] = scratch.generation
            scratch.firstValue[start] = 0
            reached.append(ReachedNode(node: start, distance: 0, via: []))
            var head = 0
            while head < reached.count {
                if cancellation.shouldStop(after: &work) { break }
                let node = reached[head].node, distance = reached[head].distance
                head += 1
                guard distance < depth else { continue }
                forEachStep(from: node, direction: direction, mask: mask) { neighbour, edge in
                    if scratch.firstStamp[neighbour] == generation {
                        let position = Int(scratch.firstValue[neighbour])
                        if reached[position].distance == distance + 1 && !reached[position].via.contains(edge) {
                            reached[position].via.append(edge)
                        }
                    } else {
                        scratch.firstStamp[neighbour] = generation
                        scratch.firstValue[neighbour] = Int32(reached.count)
                        reached.append(ReachedNode(node: neighbour, distance: distance + 1, via: [edge]))
                    }
                }
            }
            reached.removeFirst()
            for index in reached.indices where reached[index].via.count > 1 { reached[index].via.sort() }
            // Already in distance order: sort each distance's run by id.
            var runStart = 0
            while runStart < reached.count {
                var runEnd = runStart + 1
                while runEnd < reached.count && reached[runEnd].distance == reached[runStart].distance { runEnd += 1 }
                reached[runStart..<runEnd].sort { idRank[$0.node] < idRank[$1.node] }
                runStart = runEnd
            }
            return reached
        }
    }
}
