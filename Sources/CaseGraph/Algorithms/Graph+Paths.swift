import DequeModule

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
        var work = 0
        guard let distances = distancesToGoal(start: start, goal: goal, direction: direction, edgeTypes: edgeTypes,
                                              maximumLength: maximumLength, cancellation: cancellation)
        else { return ShortestPaths(paths: [], truncated: false) }
        var paths = [GraphPath]()
        var truncated = false
        var nodes = [start]
        var hops = [PathHop]()

        func extend(_ node: NodeIndex) {
            if truncated { return }
            if cancellation.shouldStop(after: &work) {
                truncated = true
                return
            }
            guard let remaining = distances[node], remaining > 0 else {
                if paths.count == limit { truncated = true } else { paths.append(GraphPath(nodes: nodes, hops: hops)) }
                return
            }
            let candidates = steps(from: node, direction: direction, edgeTypes: edgeTypes)
                .filter { distances[$0.neighbour] == remaining - 1 }
            var position = 0
            while position < candidates.count {
                let neighbour = candidates[position].neighbour
                var hopEdges = [Int]()
                while position < candidates.count && candidates[position].neighbour == neighbour {
                    hopEdges.append(candidates[position].edge)
                    position += 1
                }
                nodes.append(neighbour)
                hops.append(PathHop(from: node, to: neighbour, edges: hopEdges.sorted()))
                extend(neighbour)
                nodes.removeLast()
                hops.removeLast()
                if truncated { return }
            }
        }
        extend(start)
        return ShortestPaths(paths: paths, truncated: truncated)
    }

    /// Breadth-first search backwards from `goal` until `start` is reached: the distance
    /// to `goal` of every node found, or nil when `start` is out of reach.
    ///
    /// Every node on a shortest path from `start` lies in a layer completed before `start`
    /// is found, so stopping there loses none.
    /// - Complexity: O(V + E) in the worst case.
    private func distancesToGoal(
        start: NodeIndex, goal: NodeIndex, direction: TraversalDirection,
        edgeTypes: Set<String>?, maximumLength: Int, cancellation: Cancellation
    ) -> [NodeIndex: Int]? {
        var distances = [goal: 0]
        var work = 0
        if start == goal { return distances }
        var queue = Deque([goal])
        while let node = queue.popFirst() {
            if cancellation.shouldStop(after: &work) { return nil }
            guard let distance = distances[node], distance < maximumLength else { continue }
            for step in steps(from: node, direction: direction.reversed, edgeTypes: edgeTypes)
            where distances[step.neighbour] == nil {
                distances[step.neighbour] = distance + 1
                if step.neighbour == start { return distances }
                queue.append(step.neighbour)
            }
        }
        return nil
    }
}
