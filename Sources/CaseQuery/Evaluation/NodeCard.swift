import CaseGraph

/// What `show NODE` lists: the node and its edges out and in — all of them, or, when there are
/// more than the statement's limit, a share of each group of one direction and type, so that a
/// hub's card names every kind of link it has instead of the first few hundred of one kind.
///
/// The edges keep the graph's order within a direction (by neighbour id, then edge index); the
/// group sizes before the cut are in ``groups``.
///
/// ```swift
/// let card = NodeCard(node: hub, in: graph, limit: 200)
/// card.outgoing.count + card.incoming.count   // 200 (of card.total)
/// ```
public struct NodeCard: Sendable, Hashable {
    public let node: NodeIndex
    /// The edges listed, leaving and entering the node.
    public let outgoing: [EdgeIndex]
    public let incoming: [EdgeIndex]
    /// Every group of the node's edges before the cut, by direction (out first), then type.
    public let groups: [Group]

    /// The edges of one direction and type.
    public struct Group: Sendable, Hashable {
        public let isOutgoing: Bool
        public let type: String
        /// How many the node has.
        public let total: Int
        /// The first of them, which the card lists, in the graph's order.
        public let edges: [EdgeIndex]

        /// How many of them are listed.
        public var listed: Int { edges.count }
    }

    /// The number of the node's edges, listed or not.
    public var total: Int { groups.reduce(0) { $0 + $1.total } }

    /// The card of `node`, listing at most `limit` edges (0: all).
    ///
    /// When there are more, each group gets an equal share of `limit` (at least one edge), and
    /// what smaller groups leave goes to the larger ones in card order: every group shows its
    /// first edges. A self-loop counts once each way, as the card lists it.
    /// - Complexity: O(d log t) for the node's d edges of t types.
    public init(node: NodeIndex, in graph: Graph, limit: Int) {
        self.node = node
        let out = graph.outgoingEdges(of: node), into = graph.incomingEdges(of: node)
        var groups = [(isOutgoing: Bool, type: String, edges: [EdgeIndex])]()
        for (isOutgoing, edges) in [(true, out), (false, into)] {
            var byType = [String: [EdgeIndex]]()
            for edge in edges { byType[graph.edges.type(of: edge), default: []].append(edge) }
            groups += byType.keys.sorted().map { (isOutgoing, $0, byType[$0] ?? []) }
        }
        let total = out.count + into.count
        var shares = groups.map(\.edges.count)
        if limit > 0 && total > limit {
            let share = max(1, limit / groups.count)
            shares = groups.map { min($0.edges.count, share) }
            var left = limit - shares.reduce(0, +)
            for index in groups.indices where left > 0 {
                let more = min(groups[index].edges.count - shares[index], left)
                shares[index] += more
                left -= more
            }
        }
        self.groups = zip(groups, shares).map {
            Group(isOutgoing: $0.isOutgoing, type: $0.type, total: $0.edges.count, edges: Array($0.edges.prefix($1)))
        }
        // A self-loop is in both directions' lists: kept each way its groups keep it.
        let keptOut = Set(self.groups.filter(\.isOutgoing).flatMap(\.edges))
        let keptIn = Set(self.groups.filter { !$0.isOutgoing }.flatMap(\.edges))
        outgoing = out.filter(keptOut.contains)
        incoming = into.filter(keptIn.contains)
    }
}
