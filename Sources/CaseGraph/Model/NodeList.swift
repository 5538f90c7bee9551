/// A graph's nodes, held column by column: `nodes[i]` is the ``Node`` at index i.
///
/// A million nodes as `Node` values are a million structs of seven `String`s and arrays, most
/// of them allocations of their own (the id, the name, the array of citations and its quote,
/// the array of properties), each reference counted and freed. Here each field is a column,
/// as ``EdgeList`` holds the edges: ids, names, aliases and quotes packed into one buffer
/// each (``PackedStrings``), types, cited documents and declaring files as codes
/// (``NameCodes``), aliases, properties, citations and files as runs of flat arrays. A `Node`
/// is made when one is asked for; the accessors (``id(of:)``, ``name(of:)``, ``type(of:)``,
/// ...) read one field without making the rest.
///
/// ```swift
/// let nodes = NodeList([Node(id: "dutch-police", type: "organisation", name: "Dutch police")])
/// nodes[0].name           // "Dutch police"
/// nodes.type(of: 0)       // "organisation"
/// ```
public struct NodeList: Sendable {
    var ids = PackedStrings()
    /// Each node's type, as a code.
    var types = NameCodes()
    var names = PackedStrings()
    /// Node i's aliases are those numbered `aliasEnds[i - 1] ..< aliasEnds[i]` in `aliases`.
    var aliasEnds: [Int32] = []
    var aliases = PackedStrings()
    /// Node i's properties are `properties[propertyEnds[i - 1] ..< propertyEnds[i]]`.
    var propertyEnds: [Int32] = []
    var properties = PropertyColumns()
    /// Node i's citations are those numbered `citationEnds[i - 1] ..< citationEnds[i]`: the
    /// document `citationDocuments[c]` and the quote `quotes[c]`.
    var citationEnds: [Int32] = []
    var citationDocuments = NameCodes()
    var quotes = PackedStrings()
    /// Node i's files are those numbered `originEnds[i - 1] ..< originEnds[i]` in `origins`.
    var originEnds: [Int32] = []
    var origins = NameCodes()

    public init() {}

    /// The list of `nodes`, in order.
    /// - Complexity: O(total size of the nodes).
    public init(_ nodes: some Sequence<Node>) {
        for node in nodes { append(node) }
    }

    /// Appends `node`.
    /// - Complexity: O(size of the node) amortised.
    mutating func append(_ node: Node) {
        ids.append(node.id)
        types.append(node.type)
        names.append(node.name)
        for alias in node.aliases { aliases.append(alias) }
        aliasEnds.append(Int32(truncatingIfNeeded: aliases.count))
        for property in node.properties { properties.append(property) }
        propertyEnds.append(Int32(truncatingIfNeeded: properties.count))
        for citation in node.sources {
            citationDocuments.append(citation.document)
            quotes.append(citation.quote)
        }
        citationEnds.append(Int32(truncatingIfNeeded: quotes.count))
        for origin in node.origins { origins.append(origin) }
        originEnds.append(Int32(truncatingIfNeeded: origins.count))
    }

    /// Makes room for nodes like `other`'s, so that appending them does not grow the main
    /// columns by doubling.
    mutating func reserveCapacity(toAppend other: NodeList) {
        reserveCapacity(ColumnRoom(of: other))
    }

    /// Makes room for `room` more, so that appending them does not grow the main columns by
    /// doubling.
    mutating func reserveCapacity(_ room: ColumnRoom) {
        let nodes = room.records
        ids.reserveCapacity(texts: nodes, bytes: room.idBytes)
        types.reserveCapacity(values: nodes)
        names.reserveCapacity(texts: nodes, bytes: room.nameBytes)
        aliasEnds.reserveCapacity(aliasEnds.count + nodes)
        propertyEnds.reserveCapacity(propertyEnds.count + nodes)
        citationEnds.reserveCapacity(citationEnds.count + nodes)
        citationDocuments.reserveCapacity(values: room.citations)
        quotes.reserveCapacity(texts: room.citations, bytes: room.quoteBytes)
        originEnds.reserveCapacity(originEnds.count + nodes)
        origins.reserveCapacity(values: nodes)
    }

    // MARK: - Fields

    /// - Complexity: O(length of the id).
    public func id(of node: NodeIndex) -> String { ids[node] }

    /// Calls `body` with the UTF-8 of the node's id, without making a `String` of it: for
    /// writers that copy many ids into one buffer.
    @inline(__always)
    public func withIDBytes<Result>(of node: NodeIndex, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try ids.withBytes(node, body)
    }

    /// - Complexity: O(1).
    public func type(of node: NodeIndex) -> String { types[node] }

    /// - Complexity: O(length of the name).
    public func name(of node: NodeIndex) -> String { names[node] }

    /// Calls `body` with the UTF-8 of the node's name (see ``withIDBytes(of:_:)``).
    @inline(__always)
    public func withNameBytes<Result>(of node: NodeIndex, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try names.withBytes(node, body)
    }

    /// The node's other names, in file order.
    public func aliases(of node: NodeIndex) -> [String] {
        Self.range(aliasEnds, node).map { aliases[$0] }
    }

    /// The node's properties.
    public func properties(of node: NodeIndex) -> [Property] {
        Self.range(propertyEnds, node).map { properties[$0] }
    }

    /// The node's date (`properties.date`), when it has a well-formed one.
    public func date(of node: NodeIndex) -> CaseDate? {
        properties.date(in: Self.range(propertyEnds, node))
    }

    /// The quotes that back the node, in file order.
    public func citations(of node: NodeIndex) -> [SourceCitation] {
        citationRange(node).map { SourceCitation(document: citationDocuments[$0], quote: quotes[$0]) }
    }

    /// The node's first quote, if it has one.
    public func firstQuote(of node: NodeIndex) -> String? {
        let range = citationRange(node)
        return range.isEmpty ? nil : quotes[range.lowerBound]
    }

    /// The files that declared the node, in load order.
    public func origins(of node: NodeIndex) -> [String] {
        Self.range(originEnds, node).map { origins[$0] }
    }

    /// The positions in `aliases` of node's aliases.
    func aliasRange(_ node: NodeIndex) -> Range<Int> { Self.range(aliasEnds, node) }

    func citationRange(_ node: NodeIndex) -> Range<Int> { Self.range(citationEnds, node) }

    @inline(__always)
    private static func range(_ ends: [Int32], _ node: NodeIndex) -> Range<Int> {
        (node == 0 ? 0 : Int(ends[node - 1]))..<Int(ends[node])
    }
}

extension NodeList: RandomAccessCollection {
    public var startIndex: Int { 0 }
    public var endIndex: Int { ids.count }

    /// The node at `index`, made from its columns.
    /// - Complexity: O(size of the node).
    public subscript(index: NodeIndex) -> Node {
        Node(id: id(of: index), type: type(of: index), name: name(of: index), aliases: aliases(of: index),
             properties: properties(of: index), sources: citations(of: index), origins: origins(of: index))
    }
}

extension NodeList: Equatable {
    /// Equal when they hold equal nodes in the same order, however they are coded.
    public static func == (lhs: NodeList, rhs: NodeList) -> Bool {
        lhs.count == rhs.count && lhs.elementsEqual(rhs)
    }
}

extension NodeList: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: Node...) {
        self.init(elements)
    }
}
