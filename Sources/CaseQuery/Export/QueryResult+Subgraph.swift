import CaseGraph

extension QueryResult {
    /// The nodes and edges a drawing of this result shows, or nil when the result has
    /// nothing to draw (`stats`, `schema`, `warnings`, `help`, messages).
    ///
    /// | result            | nodes                               | edges                        |
    /// |-------------------|-------------------------------------|------------------------------|
    /// | `linked`          | the centre and every reached node   | the `via` edges              |
    /// | `path`, `trace`   | the nodes of every returned path    | the edges of their hops      |
    /// | `show`            | the node and its neighbours         | its incident edges           |
    /// | `why`             | the two nodes                       | the edges between them       |
    /// | `nodes`           | the listed nodes                    | the edges among them         |
    /// | `edges`           | the endpoints of the listed edges   | the listed edges             |
    /// | `timeline`        | the entries' nodes                  | the edges among them         |
    /// | `find`            | the hit nodes                       | none                         |
    ///
    /// `withContext` applies to paths only: it adds every node adjacent to a path node and
    /// every edge among the included nodes, and highlights the path's own nodes and edges.
    /// A path question without an answer draws its two endpoints.
    ///
    /// ```swift
    /// let drawing = result.subgraph(in: graph, withContext: true)
    /// ```
    /// - Complexity: O(V' + E' log E') where V' and E' are the nodes and edges drawn, plus
    ///   the degrees of the nodes whose neighbours or incident edges are collected.
    public func subgraph(in graph: Graph, withContext: Bool) -> Subgraph? {
        switch body {
        case .search(_, let hits):
            return Subgraph(nodes: SubgraphBuilder.unique(hits.map(\.node)), edges: [])
        case .nodes(_, let nodes, _):
            let included = SubgraphBuilder.unique(nodes)
            return Subgraph(nodes: included, edges: SubgraphBuilder.edges(among: included, in: graph))
        case .edges(_, let edges, _):
            let listed = SubgraphBuilder.unique(edges)
            let endpoints = listed.flatMap { [graph.edges.source(of: $0), graph.edges.target(of: $0)] }
            return Subgraph(nodes: SubgraphBuilder.unique(endpoints), edges: listed)
        case .card(let card):
            return SubgraphBuilder.card(card, in: graph)
        case .linked(let center, _, let reached, _):
            let nodes = SubgraphBuilder.unique([center] + reached.map(\.node))
            let edges = SubgraphBuilder.unique(reached.flatMap(\.via)).sorted()
            return Subgraph(nodes: nodes, edges: edges)
        case .paths(_, let from, let to, let result):
            return SubgraphBuilder.paths(result, from: from, to: to, in: graph, withContext: withContext)
        case .why(let first, let second, let edges):
            return Subgraph(nodes: SubgraphBuilder.unique([first, second]),
                            edges: SubgraphBuilder.unique(edges).sorted())
        case .timeline(_, let entries, _):
            let included = SubgraphBuilder.unique(entries.map(\.node))
            return Subgraph(nodes: included, edges: SubgraphBuilder.edges(among: included, in: graph))
        case .stats, .schema, .warnings, .help, .message:
            return nil
        }
    }
}

/// The collection steps behind ``QueryResult/subgraph(in:withContext:)``.
enum SubgraphBuilder {
    /// The elements in their first order, without repeats.
    /// - Complexity: O(n).
    static func unique(_ elements: [Int]) -> [Int] {
        var seen = Set<Int>()
        return elements.filter { seen.insert($0).inserted }
    }

    /// Every edge whose two endpoints are both in `nodes`, in edge order.
    /// - Complexity: O(Σ out-degree + E' log E').
    static func edges(among nodes: [NodeIndex], in graph: Graph) -> [EdgeIndex] {
        let members = Set(nodes)
        var result = [EdgeIndex]()
        for node in nodes {
            for edge in graph.outgoingEdges(of: node) where members.contains(graph.edges.target(of: edge)) {
                result.append(edge)
            }
        }
        return result.sorted()
    }

    /// A node card: the node, the neighbours its listed edges reach in id order, those edges
    /// in edge order.
    /// - Complexity: O(d + l log l) for the node's degree d and the l edges listed.
    static func card(_ card: NodeCard, in graph: Graph) -> Subgraph {
        let listed = Set(card.outgoing + card.incoming)
        let steps = graph.steps(from: card.node, direction: .both).filter { listed.contains($0.edge) }
        return Subgraph(nodes: unique([card.node] + steps.map(\.neighbour)), edges: listed.sorted())
    }

    /// The nodes and hop edges of every path; with context, their neighbourhood too, the
    /// paths highlighted.
    /// - Complexity: O(L · P) for P paths of length L, plus the degrees of the path nodes
    ///   with context.
    static func paths(
        _ result: ShortestPaths, from: NodeIndex, to: NodeIndex, in graph: Graph, withContext: Bool
    ) -> Subgraph {
        var pathNodes = unique(result.paths.flatMap(\.nodes))
        if pathNodes.isEmpty { pathNodes = unique([from, to]) }
        let pathEdges = unique(result.paths.flatMap { $0.hops.flatMap(\.edges) }).sorted()
        guard withContext else { return Subgraph(nodes: pathNodes, edges: pathEdges) }
        var nodes = pathNodes
        for node in pathNodes {
            nodes += graph.steps(from: node, direction: .both).map(\.neighbour)
        }
        nodes = unique(nodes)
        return Subgraph(
            nodes: nodes, edges: edges(among: nodes, in: graph),
            highlightedNodes: Set(pathNodes), highlightedEdges: Set(pathEdges))
    }
}
