extension Graph {
    /// Checks the graph's internal consistency in debug builds: unique ids, the id table,
    /// valid endpoints, adjacency that lists every edge once in each direction. Compiled out
    /// of release builds.
    public func checkInvariants() {
        #if DEBUG
        precondition(Set(nodes.indices.map(nodes.id(of:))).count == nodes.count, "node ids must be unique")
        precondition(indexByID.count == nodes.count && nodes.indices.allSatisfy { index(ofID: nodes.id(of: $0)) == $0 },
                     "the id table must give each node's own index")
        for index in edges.indices {
            precondition(nodes.indices.contains(edges.source(of: index)) && nodes.indices.contains(edges.target(of: index)),
                         "edge \(index) has an endpoint out of range")
        }
        adjacency.checkInvariants(edges: edges, idRank: idRank)
        #endif
    }
}

extension Adjacency {
    /// Checks in debug builds that the runs tile the slots, that each node's outgoing half
    /// lists exactly the edges leaving it and its incoming half those entering it, each edge
    /// once in each direction, and that every half is in (neighbour id rank, edge) order.
    func checkInvariants(edges: EdgeList, idRank: [Int32]) {
        #if DEBUG
        precondition(bounds.count == 2 * idRank.count + 1 && bounds.first == 0 && Int(bounds[bounds.count - 1]) == 2 * edges.count,
                     "the adjacency runs must cover the slots exactly")
        precondition(neighbours.count == 2 * edges.count && self.edges.count == 2 * edges.count,
                     "adjacency must hold every edge once in each direction")
        var listed = [UInt8](repeating: 0, count: edges.count)
        for node in idRank.indices {
            for direction in [TraversalDirection.outgoing, .incoming] {
                var previous: UInt64?
                for slot in slots(of: node, direction) {
                    let edge = Int(self.edges[slot]), neighbour = Int(neighbours[slot])
                    let (owner, other) = direction == .outgoing ? (edges.source(of: edge), edges.target(of: edge))
                                                                : (edges.target(of: edge), edges.source(of: edge))
                    precondition(owner == node && other == neighbour, "\(direction) half of \(node)'s run is wrong")
                    listed[edge] += direction == .outgoing ? 1 : 16
                    let key = UInt64(UInt32(bitPattern: idRank[neighbour])) << 32 | UInt64(edge)
                    precondition(previous.map { $0 < key } ?? true, "\(direction) half of \(node)'s run is out of order")
                    previous = key
                }
            }
        }
        precondition(listed.allSatisfy { $0 == 17 }, "every edge must be listed once in each direction")
        #endif
    }
}
