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
    /// When `cancellation` fires, the answer is partial (empty once the search is over).
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
            // Cancelled: the caller discards the answer, so don't order a million rows for it.
            if cancellation.isCancelled { return NeighbourhoodPage(reached: [], total: 0) }
            var rows = [ReachedNode]()
            var total = 0
            var keys = [UInt64]()
            var work = 0
            for distance in 1..<ends.count {
                // A `limit 0` page of a million nodes takes a while to order: it polls too.
                if cancellation.isCancelled { return NeighbourhoodPage(reached: [], total: 0) }
                // Each candidate as one sortable key: its id rank, then the node itself.
                keys.removeAll(keepingCapacity: true)
                for position in ends[distance - 1]..<ends[distance] {
                    let node = Int(scratch.firstQueue[position])
                    if let types, !types.contains(nodes.type(of: node)) { continue }
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
                let previousLevel = (distance == 1 ? 0 : ends[distance - 2])..<ends[distance - 1]
                withTraversalView(mask: mask) { view in
                    // The via edges: pulled row by row from each row's own runs, or pushed from
                    // the previous level's runs in one pass, whichever reads fewer steps.
                    var pullCost = 0, pushCost = 0
                    for key in keys { pullCost += view.adjacency.degree(of: Int(key & 0xFFFF_FFFF), direction.reversed) }
                    for position in previousLevel {
                        pushCost += view.adjacency.degree(of: Int(scratch.firstQueue[position]), direction)
                    }
                    if pushCost < pullCost {
                        let via = view.viaEdges(to: keys, direction: direction, previousLevel: previousLevel, scratch: scratch)
                        for (key, edges) in zip(keys, via) {
                            if cancellation.shouldStop(after: &work) { break }
                            rows.append(ReachedNode(node: Int(key & 0xFFFF_FFFF), distance: distance, via: edges))
                        }
                    } else {
                        for key in keys {
                            if cancellation.shouldStop(after: &work) { break }
                            let node = Int(key & 0xFFFF_FFFF)
                            rows.append(ReachedNode(node: node, distance: distance,
                                                    via: view.viaEdges(to: node, distance: distance, direction: direction,
                                                                       previousLevel: previousLevel, scratch: scratch)))
                        }
                    }
                }
            }
            if cancellation.isCancelled { return NeighbourhoodPage(reached: [], total: 0) }
            return NeighbourhoodPage(reached: rows, total: total)
        }
    }
}

extension TraversalView {
    /// The qualifying edges that step to `node` (at `distance`) from a node one hop closer to
    /// the start of the search in `scratch` (those are `firstQueue[previousLevel]`), in edge
    /// order. Reads `node`'s own runs, or, when the previous level is much smaller than
    /// `node`'s degree (a hub near the start), looks `node` up in each of that level's runs.
    /// - Complexity: O(min(degree of `node`, 16 · |previous level| · log d)).
    func viaEdges(
        to node: NodeIndex, distance: Int, direction: TraversalDirection, previousLevel: Range<Int>,
        scratch: TraversalScratch
    ) -> [EdgeIndex] {
        let previous = Int32(distance - 1)
        var via = [EdgeIndex]()
        if previousLevel.count * 16 < adjacency.degree(of: node, direction.reversed) {
            for position in previousLevel {
                let from = Int(scratch.firstQueue[position])
                for half in direction.halves {
                    for slot in slots(of: node, inRunOf: from, half: half) where allows(slot: slot) {
                        via.append(Int(adjacency.edges[slot]))
                    }
                }
            }
        } else {
            // A step from u to `node` in `direction` is a step from `node` to u the other way.
            // A self-loop never qualifies (both ends are at the same distance), so no edge
            // comes twice.
            for slot in adjacency.slots(of: node, direction.reversed) {
                let neighbour = Int(adjacency.neighbours[slot])
                if scratch.firstSeen.contains(neighbour) && scratch.firstValue[neighbour] == previous
                    && allows(slot: slot) {
                    via.append(Int(adjacency.edges[slot]))
                }
            }
        }
        if via.count > 1 { via.sort() }
        return via
    }

    /// The via edges of every node in `keys` (nodes at one distance, in the low 32 bits),
    /// found in one pass over the steps of the previous level `firstQueue[previousLevel]`,
    /// each list in edge order. Uses `secondSeen` and `secondValue` of `scratch` as a map
    /// from node to row, and leaves them empty.
    /// - Complexity: O(steps of the previous level + k log k) for k edges found.
    func viaEdges(
        to keys: [UInt64], direction: TraversalDirection, previousLevel: Range<Int>, scratch: TraversalScratch
    ) -> [[EdgeIndex]] {
        for (row, key) in keys.enumerated() {
            scratch.secondSeen.insert(Int(key & 0xFFFF_FFFF))
            scratch.secondValue[Int(key & 0xFFFF_FFFF)] = Int32(truncatingIfNeeded: row)
        }
        var via = [[EdgeIndex]](repeating: [], count: keys.count)
        for position in previousLevel {
            let from = Int(scratch.firstQueue[position])
            for slot in adjacency.slots(of: from, direction) {
                let neighbour = Int(adjacency.neighbours[slot])
                guard scratch.secondSeen.contains(neighbour), allows(slot: slot) else { continue }
                via[Int(scratch.secondValue[neighbour])].append(Int(adjacency.edges[slot]))
            }
        }
        // Only these nodes were set: clearing their whole words empties the set.
        for key in keys { scratch.secondSeen.words[Int(key & 0xFFFF_FFFF) &>> 6] = 0 }
        for row in via.indices where via[row].count > 1 { via[row].sort() }
        return via
    }
}
