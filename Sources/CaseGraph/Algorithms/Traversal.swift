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
        func collect(_ adjacency: Adjacency) {
            for slot in adjacency.slots(of: node) {
                let edge = Int(adjacency.edges[slot])
                if let mask, !mask[Int(edgeTypeCodes[edge])] { continue }
                result.append(Step(neighbour: Int(adjacency.neighbours[slot]), edge: edge))
            }
        }
        switch direction {
        case .outgoing: collect(outgoing)
        case .incoming: collect(incoming)
        case .both:
            // Both runs are sorted by (neighbour id, edge): merge them. A self-loop is in both
            // runs; its incoming copy (neighbour == node) is dropped.
            let outSlots = outgoing.slots(of: node), inSlots = incoming.slots(of: node)
            result.reserveCapacity(outSlots.count + inSlots.count)
            var o = outSlots.lowerBound, i = inSlots.lowerBound
            while o < outSlots.upperBound || i < inSlots.upperBound {
                let takeOut: Bool
                if o == outSlots.upperBound {
                    takeOut = false
                } else if i == inSlots.upperBound {
                    takeOut = true
                } else {
                    let left = idRank[Int(outgoing.neighbours[o])], right = idRank[Int(incoming.neighbours[i])]
                    takeOut = left != right ? left < right : outgoing.edges[o] < incoming.edges[i]
                }
                let adjacency = takeOut ? outgoing : incoming
                let slot = takeOut ? o : i
                if takeOut { o += 1 } else { i += 1 }
                let neighbour = Int(adjacency.neighbours[slot])
                if !takeOut && neighbour == node { continue }
                let edge = Int(adjacency.edges[slot])
                if let mask, !mask[Int(edgeTypeCodes[edge])] { continue }
                result.append(Step(neighbour: neighbour, edge: edge))
            }
        }
        return result
    }
}
