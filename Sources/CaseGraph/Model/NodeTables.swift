/// The parts of a ``Graph`` made from its nodes alone: the id table, the id order and the
/// name index.
///
/// ```swift
/// let tables = NodeTables(nodes: NodeList(nodes))
/// tables.idRank[0]  // node 0's position in id order
/// ```
struct NodeTables: Sendable {
    /// Each node's index by id.
    let indexByID: NodeIDIndex
    /// The position of each node's id in sorted id order.
    let idRank: [Int32]
    /// `idRank` inverted: the node at each position in id order.
    let nodeOfRank: [Int32]
    let names: NameIndex
    /// The node types present, sorted.
    let nodeTypes: [String]

    /// `cancellation` is polled while the name index is built; once it fires, the tables
    /// are left incomplete, for the caller to discard.
    /// - Precondition: no two nodes have equal ids.
    /// - Complexity: O(V log V) in the number of nodes (and of names).
    init(nodes: NodeList, cancellation: Cancellation = .never) {
        indexByID = NodeIDIndex(ids: nodes.ids)
        var ids = PackedKeys()
        ids.reserveCapacity(keys: nodes.count, bytes: nodes.ids.byteCount)
        for node in nodes.indices { nodes.ids.withBytes(node) { ids.append(utf8: $0) } }
        let order = ids.sortedOrder { $0 < $1 }
        var rank = [Int32](repeating: 0, count: nodes.count)
        for (position, node) in order.enumerated() { rank[Int(node)] = Int32(position) }
        idRank = rank
        nodeOfRank = order
        names = NameIndex(nodes: nodes, idRank: rank, nodeOfRank: order, cancellation: cancellation)
        nodeTypes = nodes.types.names.sorted()
    }
}
