extension Graph {
    /// Checks the graph's internal consistency in debug builds: unique ids, valid endpoints,
    /// adjacency that lists every edge once in each direction. Compiled out of release builds.
    public func checkInvariants() {
        #if DEBUG
        precondition(Set(nodes.map(\.id)).count == nodes.count, "node ids must be unique")
        for (index, edge) in edges.enumerated() {
            precondition(nodes.indices.contains(edge.source) && nodes.indices.contains(edge.target),
                         "edge \(index) has an endpoint out of range")
        }
        precondition(outgoing.edges.count == edges.count && incoming.edges.count == edges.count,
                     "adjacency must hold every edge once in each direction")
        for node in nodes.indices {
            for slot in outgoing.slots(of: node) {
                precondition(edges[Int(outgoing.edges[slot])].source == node, "outgoing run of \(node) is wrong")
            }
        }
        #endif
    }
}
