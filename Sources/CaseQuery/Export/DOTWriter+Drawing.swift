import CaseGraph

/// How strongly a node or edge is drawn.
enum Emphasis: Sendable, Hashable {
    /// Nothing is highlighted.
    case plain
    /// Part of the answer, inside a context that is not.
    case highlighted
    /// Context around a highlighted answer.
    case faded
}

/// A subgraph made ready to write: valid indices only, every edge's endpoints included,
/// nodes in id order with their DOT names, edges in edge order.
struct Drawing: Sendable {
    /// In node-id order: the output order.
    let nodes: [NodeIndex]
    /// In edge order.
    let edges: [EdgeIndex]
    /// Each drawn node's position in ``nodes``.
    private let positions: [NodeIndex: Int]
    private let highlightedNodes: Set<NodeIndex>
    private let highlightedEdges: Set<EdgeIndex>
    private let highlighting: Bool

    /// - Complexity: O(V' log V' + E' log E').
    init(_ subgraph: Subgraph, of graph: Graph) {
        let edges = Set(subgraph.edges.filter { graph.edges.indices.contains($0) }).sorted()
        var nodes = Set(subgraph.nodes.filter { graph.nodes.indices.contains($0) })
        for edge in edges {
            nodes.insert(graph.edges.source(of: edge))
            nodes.insert(graph.edges.target(of: edge))
        }
        self.nodes = nodes.sorted(by: graph.precedesByID)
        self.edges = edges
        var positions = [NodeIndex: Int](minimumCapacity: nodes.count)
        for (position, node) in self.nodes.enumerated() { positions[node] = position }
        self.positions = positions
        highlightedNodes = subgraph.highlightedNodes
        highlightedEdges = subgraph.highlightedEdges
        highlighting = !subgraph.highlightedNodes.isEmpty || !subgraph.highlightedEdges.isEmpty
    }

    /// The node's position in output order, which its opaque DOT name `"n3"` is made of
    /// (``DOTOutput/nodeName(_:)``); nil for a node not drawn.
    func position(of node: NodeIndex) -> Int? {
        positions[node]
    }

    func emphasis(ofNode node: NodeIndex) -> Emphasis {
        guard highlighting else { return .plain }
        return highlightedNodes.contains(node) ? .highlighted : .faded
    }

    func emphasis(ofEdge edge: EdgeIndex) -> Emphasis {
        guard highlighting else { return .plain }
        return highlightedEdges.contains(edge) ? .highlighted : .faded
    }
}

/// The nodes of a drawing grouped by the country they are located in.
///
/// A node's country is the nearest `country` node reached by following `located_in` edges
/// forward through the whole graph (an operation in a place in a country); a country is in
/// itself. Ties at the same distance go to the smaller country id. Nodes that reach no
/// country stay outside every cluster.
struct CountryClusters: Sendable {
    struct Cluster: Sendable, Hashable {
        var country: NodeIndex
        /// In node-id order.
        var members: [NodeIndex]
    }

    /// Edges of this type place a node inside another.
    static let locatedIn = "located_in"
    static let countryType = "country"

    /// In country-id order.
    let clusters: [Cluster]
    /// In node-id order.
    let outside: [NodeIndex]

    /// - Parameter nodes: the nodes to group, in node-id order.
    /// - Complexity: O(V' · (V + E)) in the worst case; O(V' · k) for `located_in` chains
    ///   of length k.
    init(nodes: [NodeIndex], in graph: Graph) {
        var members = [NodeIndex: [NodeIndex]]()
        var outside = [NodeIndex]()
        for node in nodes {
            if let country = Self.country(of: node, in: graph) {
                members[country, default: []].append(node)
            } else {
                outside.append(node)
            }
        }
        clusters = members.keys.sorted(by: graph.precedesByID).map { Cluster(country: $0, members: members[$0] ?? []) }
        self.outside = outside
    }

    /// The nearest country `node` is located in, following `located_in` edges breadth first.
    /// - Complexity: O(V + E) in the worst case.
    static func country(of node: NodeIndex, in graph: Graph) -> NodeIndex? {
        var visited: Set<NodeIndex> = [node]
        var layer = [node]
        while !layer.isEmpty {
            let countries = layer.filter { graph.nodes.type(of: $0) == countryType }
            if let nearest = countries.min(by: graph.precedesByID) { return nearest }
            var next = [NodeIndex]()
            for current in layer {
                for step in graph.steps(from: current, direction: .outgoing, edgeTypes: [locatedIn])
                where visited.insert(step.neighbour).inserted {
                    next.append(step.neighbour)
                }
            }
            layer = next
        }
        return nil
    }
}
