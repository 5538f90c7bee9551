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
        steps(from: node, direction: direction, mask: edgeTypeMask(edgeTypes))
    }

    /// ``steps(from:direction:edgeTypes:)`` with the filter as a mask over edge type codes.
    func steps(from node: NodeIndex, direction: TraversalDirection, mask: [Bool]?) -> [Step] {
        var result = [Step]()
        func append(_ slot: Int) {
            let edge = Int(adjacency.edges[slot])
            if let mask, !mask[Int(edgeTypeCodes[edge])] { return }
            result.append(Step(neighbour: Int(adjacency.neighbours[slot]), edge: edge))
        }
        guard direction == .both else {
            for slot in adjacency.slots(of: node, direction) { append(slot) }
            return result
        }
        // Both halves of the run are sorted by (neighbour id, edge): merge them. A self-loop
        // is in both halves; its incoming copy (neighbour == node) is dropped.
        let outSlots = adjacency.slots(of: node, .outgoing), inSlots = adjacency.slots(of: node, .incoming)
        result.reserveCapacity(outSlots.count + inSlots.count)
        var o = outSlots.lowerBound, i = inSlots.lowerBound
        while o < outSlots.upperBound || i < inSlots.upperBound {
            let takeOut: Bool
            if o == outSlots.upperBound {
                takeOut = false
            } else if i == inSlots.upperBound {
                takeOut = true
            } else {
                let left = idRank[Int(adjacency.neighbours[o])], right = idRank[Int(adjacency.neighbours[i])]
                takeOut = left != right ? left < right : adjacency.edges[o] < adjacency.edges[i]
            }
            let slot = takeOut ? o : i
            if takeOut { o += 1 } else { i += 1 }
            if !takeOut && Int(adjacency.neighbours[slot]) == node { continue }
            append(slot)
        }
        return result
    }
}
