/// The parts of a ``Graph`` made from its nodes alone: the id table, the id order and the
/// name index.
///
/// ```swift
/// let tables = NodeTables(nodes: nodes)
/// tables.idRank[0]  // node 0's position in id order
/// ```
struct NodeTables: Sendable {
    /// Each node's index by id.
    let indexByID: [String: Int32]
    /// The position of each node's id in sorted id order.
    let idRank: [Int32]
    let names: NameIndex
    /// The node types present, sorted.
    let nodeTypes: [String]

    /// `cancellation` is polled while the name index is built; once it fires, the tables
    /// are left incomplete, for the caller to discard.
    /// - Complexity: O(V log V) in the number of nodes (and of names).
    init(nodes: [Node], cancellation: Cancellation = .never) {
        var byID = [String: Int32](minimumCapacity: nodes.count)
        for (index, node) in nodes.enumerated() { byID[node.id] = Int32(index) }
        indexByID = byID
        let order = PackedKeys(nodes.map(\.id)).sortedOrder { $0 < $1 }
        var rank = [Int32](repeating: 0, count: nodes.count)
        for (position, node) in order.enumerated() { rank[Int(node)] = Int32(position) }
        idRank = rank
        names = NameIndex(nodes: nodes, idRank: rank, cancellation: cancellation)
        nodeTypes = NameCodes(nodes.lazy.map(\.type)).names.sorted()
    }
}
