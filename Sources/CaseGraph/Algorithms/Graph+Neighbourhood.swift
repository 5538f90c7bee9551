/// A node reached from a start node, with how far it is and the edges that reach it.
public struct ReachedNode: Sendable, Hashable {
    public var node: NodeIndex
    /// The number of hops from the start.
    public var distance: Int
    /// Every edge that reaches this node from a node one hop closer to the start, in edge order.
    public var via: [EdgeIndex]
}

/// The first rows of a neighbourhood, in distance then id order, and how many rows there are.
public struct NeighbourhoodPage: Sendable, Hashable {
    /// At most the requested number of rows, ordered by distance, then node id.
    public var reached: [ReachedNode]
    /// The number of qualifying nodes, including those beyond the page.
    public var total: Int
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
    /// - Complexity: O(V' + E') where V' and E' are the nodes and edges within `depth` hops,
    ///   plus O(V' log V') to order them.
    public func neighbourhood(
        of start: NodeIndex, depth: Int, direction: TraversalDirection = .both, edgeTypes: Set<String>? = nil,
        cancellation: Cancellation = .never
    ) -> [ReachedNode] {
        neighbourhood(of: start, depth: depth, direction: direction, edgeTypes: edgeTypes, limit: .max,
                      cancellation: cancellation).reached
    }

    /// The first `limit` rows of ``neighbourhood(of:depth:direction:edgeTypes:cancellation:)``
    /// among the nodes whose type is in `nodeTypes` (all when nil), and how many such nodes
    /// there are.
    ///
    /// Only the rows returned are ordered and get their `via` edges, so a small page of a
    /// large neighbourhood costs little more than the search itself.
    ///
    /// ```swift
    /// let page = graph.neighbourhood(of: ijm, depth: 2, nodeTypes: ["person"], limit: 200)
    /// ```
    /// - Complexity: O(V' + E') for the search, plus O(V') to pick the rows and
    ///   O(k log k + D) to order the k rows returned and collect their via edges (D: their degrees).
    public func neighbourhood(
        of start: NodeIndex, depth: Int, direction: TraversalDirection = .both, edgeTypes: Set<String>? = nil,
        nodeTypes: Set<String>? = nil, limit: Int, cancellation: Cancellation = .never
    ) -> NeighbourhoodPage {
        precondition(nodes.indices.contains(start), "the start must be a node of the graph")
        let mask = edgeTypeMask(edgeTypes)
        let types = nodeTypes.map(Array.init)
        return scratchPool.withScratch { scratch in
            let ends = breadthFirst(from: start, depth: depth, direction: direction, mask: mask,
                                    recordDistances: true, cancellation: cancellation, scratch: scratch)
            var rows = [ReachedNode]()
            var total = 0
            var keys = [UInt64]()
            for distance in 1..<ends.count {
                // Each candidate as one sortable key: its id rank, then the node itself.
                keys.removeAll(keepingCapacity: true)
                for position in ends[distance - 1]..<ends[distance] {
                    let node = Int(scratch.firstQueue[position])
                    if let types, !types.contains(nodes[node].type) { continue }
                    keys.append(UInt64(UInt32(bitPattern: idRank[node])) << 32 | UInt64(node))
                }
                total += keys.count
                let room = max(limit - rows.count, 0)
                guard room > 0 else { continue }
                if keys.count > room {
                    PartialSelection.moveSmallest(room, of: &keys)
                    keys.removeLast(keys.count - room)
                }
                keys.sort()
                for key in keys {
                    let node = Int(key & 0xFFFF_FFFF)
                    rows.append(ReachedNode(node: node, distance: distance,
                                            via: viaEdges(to: node, distance: distance, direction: direction,
                                                          mask: mask, scratch: scratch)))
                }
            }
            return NeighbourhoodPage(reached: rows, total: total)
        }
    }

    /// The qualifying edges that step to `node` (at `distance`) from a node one hop closer to
    /// the start of the search in `scratch`, in edge order.
    /// - Complexity: O(degree of `node`).
    private func viaEdges(
        to node: NodeIndex, distance: Int, direction: TraversalDirection, mask: [Bool]?, scratch: TraversalScratch
    ) -> [EdgeIndex] {
        let previous = Int32(distance - 1)
        var via = [EdgeIndex]()
        // A step from u to `node` in `direction` is a step from `node` to u the other way. A
        // self-loop never qualifies (both ends are at the same distance), so no edge comes twice.
        forEachStep(from: node, direction: direction.reversed, mask: mask) { neighbour, edge in
            if scratch.firstSeen.contains(neighbour) && scratch.firstValue[neighbour] == previous {
                via.append(edge)
            }
        }
        if via.count > 1 { via.sort() }
        return via
    }
}
