/// An in-memory case graph: nodes, edges and the documents that back them.
///
/// Node ids are interned to dense indices; outgoing and incoming adjacency are held in one
/// compressed sparse row structure (each node's outgoing steps, then its incoming ones), so
/// neighbour queries cost O(degree). A ``NameIndex`` over ids,
/// names and aliases answers lookups that ignore case and diacritics.
///
/// Build one with ``GraphLoader``, or directly with ``init(name:description:documents:nodes:edges:)``.
///
/// A class, not a struct: every part is a `let`, so sharing one is as safe as copying it, and
/// the session's evaluator, binder and formatters each hold the graph; as a struct of some sixty
/// references (the node and edge columns), each of those copies cost sixty retains and releases.
public final class Graph: Sendable {
    public let name: String?
    public let description: String?
    public let documents: [SourceDocument]
    public let nodes: NodeList
    public let edges: EdgeList
    /// The name index over ids, names and aliases.
    public let names: NameIndex

    /// Each node's outgoing and incoming steps (see ``Adjacency``).
    let adjacency: Adjacency
    /// The position of each node's id in sorted id order: the tie-break of every traversal.
    let idRank: [Int32]
    let indexByID: NodeIDIndex
    /// Each edge's type as a small integer: `edgeTypeNames[edgeTypeCodes[edge]]` is its type.
    let edgeTypeCodes: [Int32]
    let edgeTypeCodeByName: [String: Int32]
    /// Dense working memory for traversals (see ``TraversalScratch``).
    let scratchPool: TraversalScratchPool
    private let documentIndexByID: [String: Int]

    /// Builds a graph from nodes and edges whose endpoints are indices into `nodes`.
    ///
    /// - Precondition: node ids are unique and every edge endpoint is a valid index.
    /// - Complexity: O(V log V + E log d).
    public convenience init(
        name: String? = nil, description: String? = nil, documents: [SourceDocument] = [],
        nodes: [Node], edges: [Edge]
    ) {
        self.init(name: name, description: description, documents: documents, nodes: NodeList(nodes),
                  edges: EdgeList(edges), cancellation: .never)
    }

    /// A graph of `nodes` and `edges` held as columns already (another graph's, say): they are
    /// shared, not copied.
    ///
    /// - Precondition: node ids are unique and every edge endpoint is a valid index.
    /// - Complexity: O(V log V + E log d).
    public convenience init(
        name: String? = nil, description: String? = nil, documents: [SourceDocument] = [],
        nodes: NodeList, edges: EdgeList
    ) {
        self.init(name: name, description: description, documents: documents, nodes: nodes, edges: edges,
                  cancellation: .never)
    }

    /// ``init(name:description:documents:nodes:edges:)`` polling `cancellation` every few
    /// thousand steps; once it fires the graph is left incomplete, for the caller to discard.
    /// `tables`: the nodes' tables, when made already (from these very nodes).
    init(
        name: String?, description: String?, documents: [SourceDocument],
        nodes: NodeList, edges: EdgeList, tables: NodeTables? = nil, cancellation: Cancellation
    ) {
        self.name = name
        self.description = description
        self.documents = documents
        self.nodes = nodes
        self.edges = edges
        var documentsByID = [String: Int]()
        for (index, document) in documents.enumerated() { documentsByID[document.id] = index }
        documentIndexByID = documentsByID
        let tables = tables ?? NodeTables(nodes: nodes, cancellation: cancellation)
        indexByID = tables.indexByID
        idRank = tables.idRank
        adjacency = Adjacency(nodeCount: nodes.count, sources: edges.sources, targets: edges.targets,
                              idRank: tables.idRank, nodeOfRank: tables.nodeOfRank, cancellation: cancellation)
        names = tables.names
        edgeTypeCodes = edges.types.codes
        edgeTypeCodeByName = edges.types.codeByName
        self.edgeTypes = edges.types.names.sorted()
        nodeTypes = tables.nodeTypes
        scratchPool = TraversalScratchPool(nodeCount: nodes.count)
    }

    /// The edge types of a traversal's filter as a mask over type codes; nil for "all types".
    /// - Complexity: O(number of edge types).
    func edgeTypeMask(_ edgeTypes: Set<String>?) -> [Bool]? {
        guard let edgeTypes else { return nil }
        var mask = [Bool](repeating: false, count: edgeTypeCodeByName.count)
        for type in edgeTypes { if let code = edgeTypeCodeByName[type] { mask[Int(code)] = true } }
        return mask
    }

    /// The index of the node with this exact id.
    public func index(ofID id: String) -> NodeIndex? {
        indexByID.index(of: id).map(Int.init)
    }

    /// The document with this id.
    public func document(withID id: String) -> SourceDocument? {
        documentIndexByID[id].map { documents[$0] }
    }

    /// The edges leaving `node`, ordered by target id, then edge index.
    /// - Complexity: O(out-degree).
    public func outgoingEdges(of node: NodeIndex) -> [EdgeIndex] {
        adjacency.slots(of: node, .outgoing).map { Int(adjacency.edges[$0]) }
    }

    /// The edges entering `node`, ordered by source id, then edge index.
    /// - Complexity: O(in-degree).
    public func incomingEdges(of node: NodeIndex) -> [EdgeIndex] {
        adjacency.slots(of: node, .incoming).map { Int(adjacency.edges[$0]) }
    }

    /// Every edge between `first` and `second`, in either direction, in edge order.
    /// - Complexity: O(degree of `first`).
    public func edges(between first: NodeIndex, and second: NodeIndex) -> [EdgeIndex] {
        // A self-loop is in both halves of the run: read only the outgoing one for it.
        adjacency.slots(of: first, first == second ? .outgoing : .both)
            .filter { Int(adjacency.neighbours[$0]) == second }.map { Int(adjacency.edges[$0]) }.sorted()
    }

    /// Orders nodes by id: the documented tie-break.
    public func precedesByID(_ lhs: NodeIndex, _ rhs: NodeIndex) -> Bool {
        idRank[lhs] < idRank[rhs]
    }

    /// All node types present, sorted (found once, when the graph is built).
    public let nodeTypes: [String]
    /// All edge types present, sorted (found once, when the graph is built).
    public let edgeTypes: [String]
}
