/// Merges the fragments of several files into one graph and checks what only the whole
/// graph can tell: edges to unknown nodes, quotes citing unknown documents, quotes not
/// found in their document.
///
/// Nodes that share an id merge: aliases, properties and sources are unioned; a property
/// that two files give different values keeps both, each with its origin.
struct GraphMerger {
    /// The nodes, each as first declared (see ``mergedNodes``).
    var nodes = NodeList()
    /// The nodes that a later file declared again, merged: they replace their entries of
    /// `nodes` when the graph is built (``applyMergedNodes()``; columns are appended to, not
    /// rewritten in place).
    private var mergedNodes: [Int32: Node] = [:]
    var nodePlaces = PlaceList(section: .node)
    /// Each node's position in `nodes` by id (the graph makes its own `String` table, beside).
    /// Made on first need when the first file's nodes came without it (``indexNodeIDs()``).
    var ids = NodeIDTable()
    /// Whether `ids` lacks the nodes added so far (see ``add(_:idsAreDistinct:cancellation:)``).
    private var idsPending = false
    /// Each file's edges as read, until they are resolved into `edges`, and the index in
    /// `nodes` of each of the file's nodes (what the records' node numbers become).
    var edgeRecords: [EdgeRecords] = []
    var nodeNumbers: [[Int32]] = []
    /// The edges of every file, in order, endpoints resolved (-1 where unknown: the graph is
    /// then not built), and their places: what the quote check's warnings need of them.
    var edges = EdgeList()
    var edgePlaces = PlaceList(section: .edge)
    var documents: [SourceDocument] = []
    /// Each document's text, once read (nil when it has no local copy or it could not be
    /// read): only the quote check reads them, and each goes once its quotes are checked;
    /// the graph keeps none.
    var documentTexts: [DocumentText?] = []
    /// Whether each document has its text: what the checks of millions of citations ask (a
    /// look at `documentTexts` would copy a text out, counting references, each time).
    var documentHasText: [Bool] = []
    var documentPlaces: [RecordPlace] = []
    var documentIndexByID: [String: Int] = [:]
    private var name: String?
    private var description: String?
    var diagnostics: [GraphDiagnostic] = []
    /// The quotes to look for in their documents, once every other check is made.
    var pendingQuotes = PendingQuotes()
    /// The number of edges from which the graph is built after the quote check rather than
    /// beside it: none. With edges held as records of `String`s and arrays, building beside
    /// the check put the load's peak on 5 million edges (1.38 GB of JSON) 267 MiB higher, so
    /// large graphs were built after it. Held as columns, the peak comes earlier, while the
    /// file is read: beside the check it was 2,551 MiB, after it 2,557, and the load took
    /// 22.0 s instead of 24.9. (Tests build both ways: the answers are the same.)
    static let overlapLimit = Int.max
    /// From this many nodes on, the node tables are built on another thread beside the edges'
    /// resolution (below, with the graph: a thread would cost more than it hides).
    static let backgroundNodes = 5_000
    /// Polls of the cancellation, counted across all the merger's loops.
    var work = 0
    /// Every node's id, in node order, made on the first unknown endpoint: the candidates
    /// of its "did you mean" and of the next ones (one list, not one a suggestion).
    var suggestionIDs: [String]?
    /// The room that the nodes of the files not added yet take, when the loader said which
    /// files come (``expect(_:)``).
    private var nodesToCome: ColumnRoom?

    /// Tells the merger the fragments it is about to be given, in order. The node columns and
    /// the id table then take their room once, for all the files from the first that is
    /// copied on: room taken for each file as it comes copies the columns once a file, which
    /// took a load of 2,000 files time quadratic in their number.
    /// - Complexity: O(number of fragments).
    mutating func expect(_ fragments: [GraphFragment]) {
        nodesToCome = fragments.reduce(ColumnRoom()) { $0 + ColumnRoom(of: $1.nodes.fields) }
    }

    /// `idsAreDistinct`: no two of the fragment's nodes have equal ids (as the fast decoder
    /// makes sure). The first such fragment's node columns then become the merger's nodes as
    /// they are, their ids not looked up: the id table is made only if another file or an
    /// edge given by text needs it.
    /// - Complexity: O(size of the fragment); O(documents + edges) for that first fragment.
    mutating func add(
        _ fragment: GraphFragment, idsAreDistinct: Bool = false, cancellation: Cancellation = .never
    ) throws(LoadCancelled) {
        name = name ?? fragment.name
        description = description ?? fragment.description
        for (document, place) in zip(fragment.documents, fragment.documentPlaces) {
            if let existing = documentIndexByID[document.id] {
                var merged = documents[existing]
                merged.origin = document.origin
                if merged != document {
                    diagnostics.append(place.diagnostic(.warning,
                        "document \(quoted(document.id)) is also declared in \(documentPlaces[existing].file) with other details; the first is kept",
                        kind: .documentRedeclared))
                }
            } else {
                documentIndexByID[document.id] = documents.count
                documents.append(document)
                documentPlaces.append(place)
            }
        }
        var numbers = [Int32]()
        let room = ColumnRoom(of: fragment.nodes.fields)
        if idsAreDistinct && nodes.isEmpty {
            // The first file's nodes, no two with one id: its columns become the graph's nodes
            // as they are (shared, not copied), and the id table is made only on first need.
            nodes = fragment.nodes.fields
            nodePlaces = fragment.nodes.places
            idsPending = true
            numbers = Array(0..<Int32(truncatingIfNeeded: nodes.count))
            nodesToCome = nodesToCome.map { $0 - room }
        } else {
            indexNodeIDs()
            // The columns and the id table take their memory once, not by doubling (a doubled
            // buffer is up to twice the bytes, at the load's peak on a large file): for this
            // file and those to come, when they are known.
            let reserved = nodesToCome.take() ?? room
            nodes.reserveCapacity(reserved)
            ids.reserveCapacity(ids: reserved.records, bytes: reserved.idBytes)
            numbers.reserveCapacity(fragment.nodes.count)
            for record in fragment.nodes {
                if cancellation.shouldStop(after: &work) { throw LoadCancelled() }
                numbers.append(addNode(record))
            }
        }
        edgeRecords.append(fragment.edges)  // shares the columns: no copy of the records
        nodeNumbers.append(numbers)
    }

    /// Makes `ids` hold every node added so far, when it was left out (see
    /// ``add(_:idsAreDistinct:cancellation:)``).
    /// - Complexity: O(total length of the nodes' ids), once.
    mutating func indexNodeIDs() {
        guard idsPending else { return }
        idsPending = false
        ids.reserveCapacity(ids: nodes.count, bytes: nodes.ids.byteCount)
        for node in nodes.indices { nodes.ids.withBytes(node) { ids.append(utf8: $0) } }
    }

    /// Adds or merges the node; returns its index in `nodes`.
    private mutating func addNode(_ record: NodeRecord) -> Int32 {
        guard let existing = ids.index(of: record.id).map(Int.init) else {
            ids.append(record.id)
            return appendNode(record)
        }
        merge(record, into: existing)
        return Int32(truncatingIfNeeded: existing)
    }

    /// Adds the node as a new one (its id is in no node yet); returns its index in `nodes`.
    /// (A record's aliases and citations are distinct already: see ``NodeRecords``.)
    private mutating func appendNode(_ record: NodeRecord) -> Int32 {
        nodes.append(Node(id: record.id, type: record.type, name: record.name, aliases: record.aliases,
                          properties: record.properties, sources: record.sources, origins: [record.place.file]))
        nodePlaces.append(record.place)
        return Int32(truncatingIfNeeded: nodes.count - 1)
    }

    /// Merges `record` into the existing node at `existing`.
    private mutating func merge(_ record: NodeRecord, into existing: Int) {
        var node = mergedNodes[Int32(truncatingIfNeeded: existing)] ?? nodes[existing]
        if node.type != record.type {
            diagnostics.append(record.place.diagnostic(.error,
                "node \(quoted(record.id)) has type \(quoted(record.type)) here but \(quoted(node.type)) in \(nodePlaces[existing].file) at \(nodePlaces[existing].path)",
                path: ".type"))
        }
        let newNames = (record.name == node.name ? [] : [record.name]) + record.aliases
        node.aliases = uniqued(node.aliases + newNames.filter { $0 != node.name })
        for property in record.properties
        where !node.properties.contains(where: { $0.key == property.key && $0.value == property.value }) {
            node.properties.append(property)
        }
        node.sources = uniqued(node.sources + record.sources)
        if !node.origins.contains(record.place.file) { node.origins.append(record.place.file) }
        mergedNodes[Int32(truncatingIfNeeded: existing)] = node
    }

    /// Puts each merged node in place of its first declaration: the columns are made again,
    /// once, when some node was declared twice.
    /// - Complexity: O(size of the nodes) when some node was merged; else O(1).
    private mutating func applyMergedNodes() {
        guard !mergedNodes.isEmpty else { return }
        var rebuilt = NodeList()
        rebuilt.reserveCapacity(toAppend: nodes)
        for index in nodes.indices { rebuilt.append(mergedNodes[Int32(truncatingIfNeeded: index)] ?? nodes[index]) }
        nodes = rebuilt
        mergedNodes = [:]
    }

    /// Resolves edge endpoints and checks citations; returns nil for the graph when any error was found.
    ///
    /// - Complexity: O(V log V + E log d + total quote length × document length) for the quote check.
    /// `overlapLimit`: see ``overlapLimit``. `nodeTables`: the tables of the nodes as they are
    /// (final, none merged), made early (see ``EarlyNodeTables``); discarded when the graph
    /// cannot be built.
    mutating func build(
        readDocument: (String, String) -> DocumentText?, cancellation: Cancellation = .never, overlapLimit: Int = overlapLimit,
        nodeTables early: EarlyNodeTables? = nil
    ) throws(LoadCancelled) -> (Graph?, [GraphDiagnostic]) {
        precondition(early == nil || mergedNodes.isEmpty, "early tables are of the nodes as read")
        attachDocumentTexts(readDocument)
        applyMergedNodes()
        let overlapping = edgeRecords.reduce(0) { $0 + $1.count } < overlapLimit
        // The node tables (``NodeTables``: the name index, the id ranks) need only the nodes,
        // final now: they are built on the other core while this one resolves the edges and
        // checks the nodes. (With the edges held as records of `String`s this raised the load's
        // peak; held as columns, the peak comes later, beside the quote check.)
        let nodeTables: (@Sendable () -> NodeTables?)?
        if let early {
            nodeTables = early.wait
        } else if overlapping && nodes.count >= Self.backgroundNodes {
            let task = { [nodes] in BackgroundTask { NodeTables(nodes: nodes, cancellation: cancellation) } }()
            nodeTables = task.wait
        } else {
            nodeTables = nil
        }
        try resolveEdges(cancellation: cancellation)
        ids = NodeIDTable()  // every id is resolved
        try checkNodes(cancellation: cancellation)
        // Every error is known (the quote check only warns): without errors, the graph is
        // built on another thread while this one checks the quotes (and that thread then
        // helps with the quotes left), unless `overlapLimit` says after.
        let buildable = !diagnostics.contains(where: { $0.severity == .error })
        if !buildable { early?.discard() }
        let queue = QuoteCheckQueue(texts: documentTexts, checks: pendingQuotes.takeAllChecks(),
                                    edgeQuotes: edges.quotes, nodeQuotes: nodes.quotes, cancellation: cancellation)
        var building: BackgroundTask<Graph>?
        if buildable && overlapping {
            let (name, description, documents, nodes, edges) = (name, description, documents, nodes, edges)
            building = BackgroundTask {
                let graph = Graph(name: name, description: description, documents: documents, nodes: nodes, edges: edges,
                                  tables: nodeTables?(), cancellation: cancellation)
                queue.checkDocuments()
                return graph
            }
        }
        queue.checkDocuments()
        let built = building?.wait()  // it polls the same cancellation: it ends soon once it fires
        guard !queue.wasCancelled else { throw LoadCancelled() }
        insertQuoteWarnings(missing: queue.missingChecks())
        // Every diagnostic is made: free the places.
        edgePlaces = PlaceList(section: .edge)
        nodePlaces = PlaceList(section: .node)
        documentPlaces = []
        if buildable && building == nil {
            let graph = Graph(name: name, description: description, documents: documents, nodes: nodes, edges: edges,
                              tables: early?.wait(), cancellation: cancellation)
            edges = EdgeList()
            guard !cancellation.isCancelled else { throw LoadCancelled() }
            return (graph, diagnostics)
        }
        guard building != nil else { return (nil, diagnostics) }
        guard let built, !cancellation.isCancelled else { throw LoadCancelled() }
        return (built, diagnostics)
    }
}

/// Order-keeping de-duplication.
func uniqued<Element: Hashable>(_ elements: [Element]) -> [Element] {
    if elements.count < 2 { return elements }  // shares the array: no copy, no set
    if elements.count == 2 { return elements[0] == elements[1] ? [elements[0]] : elements }
    var seen = Set<Element>()
    return elements.filter { seen.insert($0).inserted }
}
