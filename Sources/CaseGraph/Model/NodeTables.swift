/// The parts of a ``Graph`` made from its nodes alone: the id table, the id order and the
/// name index.
///
/// ```swift
/// let tables = NodeTables(nodes: NodeList(nodes))
/// tables.idRank[0]  // node 0's position in id order
/// ```
struct NodeTables: Sendable {
    /// The tables of the nodes' ids, made first: what the adjacency needs.
    struct IDOrder: Sendable {
        /// Each node's index by id.
        let indexByID: NodeIDIndex
        /// The position of each node's id in sorted id order.
        let idRank: [Int32]

        /// - Precondition: no two nodes have equal ids.
        /// - Complexity: O(V log V) in the number of nodes.
        init(nodes: NodeList) {
            indexByID = NodeIDIndex(ids: nodes.ids)
            var ids = PackedKeys()
            ids.reserveCapacity(keys: nodes.count, bytes: nodes.ids.bytes.count)
            for node in nodes.indices { nodes.ids.withBytes(node) { ids.append(utf8: $0) } }
            let order = ids.sortedOrder { $0 < $1 }
            var rank = [Int32](repeating: 0, count: nodes.count)
            for (position, node) in order.enumerated() { rank[Int(node)] = Int32(position) }
            idRank = rank
        }
    }

    let order: IDOrder
    let names: NameIndex
    /// The node types present, sorted.
    let nodeTypes: [String]

    /// Each node's index by id.
    var indexByID: NodeIDIndex { order.indexByID }
    /// The position of each node's id in sorted id order.
    var idRank: [Int32] { order.idRank }

    /// `cancellation` is polled while the name index is built; once it fires, the tables
    /// are left incomplete, for the caller to discard. `orderMade` gets the id order as soon
    /// as it is made, before the name index.
    /// - Precondition: no two nodes have equal ids.
    /// - Complexity: O(V log V) in the number of nodes (and of names).
    init(nodes: NodeList, cancellation: Cancellation = .never, orderMade: (IDOrder) -> Void = { _ in }) {
        let order = IDOrder(nodes: nodes)
        orderMade(order)
        self.init(nodes: nodes, order: order, cancellation: cancellation)
    }

    /// The tables of `nodes` given their id order (made from these very nodes).
    init(nodes: NodeList, order: IDOrder, cancellation: Cancellation = .never) {
        self.order = order
        names = NameIndex(nodes: nodes, idRank: order.idRank, cancellation: cancellation)
        nodeTypes = nodes.types.names.sorted()
    }
}

/// Node tables being made on another thread: the id order is handed over as soon as it is
/// made (the adjacency needs only it, and need not wait for the name index), the whole
/// tables once done.
///
/// ```swift
/// let pending = PendingNodeTables(nodes: nodes, cancellation: .never)
/// let adjacency = Adjacency(..., idRank: pending.order().idRank)
/// let tables = pending.wait()
/// ```
final class PendingNodeTables: Sendable {
    private let madeOrder: Mailbox<NodeTables.IDOrder>
    private let task: BackgroundTask<NodeTables>

    init(nodes: NodeList, cancellation: Cancellation) {
        let madeOrder = Mailbox<NodeTables.IDOrder>()
        self.madeOrder = madeOrder
        task = BackgroundTask { NodeTables(nodes: nodes, cancellation: cancellation) { madeOrder.post($0) } }
    }

    /// The id order, once made (any thread, any number of times).
    func order() -> NodeTables.IDOrder? {
        madeOrder.wait()
    }

    /// The tables, once done. Call it once.
    func wait() -> NodeTables? {
        task.wait()
    }
}
