/// Which way edges may be followed.
public enum TraversalDirection: String, Sendable, Hashable {
    /// Along edge direction, source to target.
    case outgoing
    /// Against edge direction.
    case incoming
    /// Either way.
    case both

    /// The direction as seen from the other end of a path.
    public var reversed: TraversalDirection {
        switch self {
        case .outgoing: return .incoming
        case .incoming: return .outgoing
        case .both: return .both
        }
    }
}

/// A step from one node to a neighbour over one edge.
public struct Step: Sendable, Hashable {
    public var neighbour: NodeIndex
    public var edge: EdgeIndex
}

extension Graph {
    /// The steps out of `node` in `direction` over edges whose type is in `edgeTypes` (all
    /// types when nil), ordered by neighbour id, then edge index.
    ///
    /// - Complexity: O(d) for one direction; O(d log d) for both.
    public func steps(from node: NodeIndex, direction: TraversalDirection, edgeTypes: Set<String>? = nil) -> [Step] {
        var result = [Step]()
        func collect(_ adjacency: Adjacency) {
            for slot in adjacency.slots(of: node) {
                let edge = Int(adjacency.edges[slot])
                if let edgeTypes, !edgeTypes.contains(edges[edge].type) { continue }
                result.append(Step(neighbour: Int(adjacency.neighbours[slot]), edge: edge))
            }
        }
        switch direction {
        case .outgoing: collect(outgoing)
        case .incoming: collect(incoming)
        case .both:
            collect(outgoing)
            let outgoingCount = result.count
            collect(incoming)
            // A self-loop appears in both runs; keep it once.
            if outgoingCount > 0 && outgoingCount < result.count {
                var seen = Set(result[..<outgoingCount].map(\.edge))
                result = Array(result[..<outgoingCount]) + result[outgoingCount...].filter { seen.insert($0.edge).inserted }
                result.sort { lhs, rhs in
                    idRank[lhs.neighbour] != idRank[rhs.neighbour]
                        ? idRank[lhs.neighbour] < idRank[rhs.neighbour] : lhs.edge < rhs.edge
                }
            }
        }
        return result
    }
}
