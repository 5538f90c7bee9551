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
        var work = 0
        var reached = [NodeIndex: ReachedNode]()
        var queue = Deque<NodeIndex>([start])
        reached[start] = ReachedNode(node: start, distance: 0, via: [])
        while let node = queue.popFirst() {
            if cancellation.shouldStop(after: &work) { break }
            guard let distance = reached[node]?.distance, distance < depth else { continue }
            for step in steps(from: node, direction: direction, edgeTypes: edgeTypes) {
                if var existing = reached[step.neighbour] {
                    if existing.distance == distance + 1 && !existing.via.contains(step.edge) {
                        existing.via.append(step.edge)
                        reached[step.neighbour] = existing
                    }
                } else {
                    reached[step.neighbour] = ReachedNode(node: step.neighbour, distance: distance + 1, via: [step.edge])
                    queue.append(step.neighbour)
                }
            }
        }
        reached[start] = nil
        return reached.values
            .map { ReachedNode(node: $0.node, distance: $0.distance, via: $0.via.sorted()) }
            .sorted { ($0.distance, idRank[$0.node]) < ($1.distance, idRank[$1.node]) }
    }
}
