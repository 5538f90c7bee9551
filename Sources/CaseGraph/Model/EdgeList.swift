/// A graph's edges, held column by column: `edges[i]` is the ``Edge`` at index i.
///
/// Millions of edges as `Edge` values would be millions of structs, each with an array of
/// citations, a quote `String` and an id `String` of its own, every one allocated, reference
/// counted and freed. Here each field is a column: endpoints and type codes as `Int32`s,
/// ids and quotes packed into one buffer each (``PackedStrings``), citations and properties
/// as runs of flat arrays, the declaring file once per run of edges. An `Edge` is made when
/// one is asked for; the accessors (``source(of:)``, ``type(of:)``, ``date(of:)``, ...) read
/// one field without making the rest.
///
/// ```swift
/// let edges = EdgeList([Edge(id: "e1", source: 0, target: 1, type: "tipped_off")])
/// edges[0].type          // "tipped_off"
/// edges.target(of: 0)    // 1
/// ```
public struct EdgeList: Sendable {
    var sources: [Int32] = []
    var targets: [Int32] = []
    /// Each edge's type, as a code.
    var types = NameCodes()
    /// Each edge's id, "" where `hasID` is false.
    var ids = PackedStrings()
    var hasID: [Bool] = []
    /// Edge i's properties are `properties[propertyEnds[i - 1] ..< propertyEnds[i]]`.
    var propertyEnds: [Int32] = []
    var properties = PropertyColumns()
    /// Edge i's citations are those numbered `citationEnds[i - 1] ..< citationEnds[i]`: the
    /// document `citationDocuments[c]` and the quote `quotes[c]`.
    var citationEnds: [Int32] = []
    var citationDocuments = NameCodes()
    var quotes = PackedStrings()
    /// The file that declared each edge, once per run.
    var origins = FileRuns()

    public init() {}

    /// The list of `edges`, in order.
    /// - Complexity: O(total size of the edges).
    public init(_ edges: some Sequence<Edge>) {
        for edge in edges { append(edge) }
    }

    /// Appends `edge`.
    /// - Complexity: O(size of the edge) amortised.
    mutating func append(_ edge: Edge) {
        sources.append(Int32(truncatingIfNeeded: edge.source))
        targets.append(Int32(truncatingIfNeeded: edge.target))
        appendFields(of: edge)
    }

    /// Appends `edge`'s fields but its endpoints (for a list whose endpoints come later).
    mutating func appendFields(of edge: Edge) {
        let index = count
        types.append(edge.type)
        ids.append(edge.id ?? "")
        hasID.append(edge.id != nil)
        for property in edge.properties { properties.append(property) }
        propertyEnds.append(Int32(truncatingIfNeeded: properties.count))
        for citation in edge.sources {
            citationDocuments.append(citation.document)
            quotes.append(citation.quote)
        }
        citationEnds.append(Int32(truncatingIfNeeded: quotes.count))
        origins.note(edge.origin, at: index)
    }

    // MARK: - Fields

    /// - Complexity: O(1).
    public func source(of edge: EdgeIndex) -> NodeIndex { Int(sources[edge]) }

    /// - Complexity: O(1).
    public func target(of edge: EdgeIndex) -> NodeIndex { Int(targets[edge]) }

    /// - Complexity: O(1).
    public func type(of edge: EdgeIndex) -> String { types[edge] }

    /// The id the file gave, if any.
    public func id(of edge: EdgeIndex) -> String? { hasID[edge] ? ids[edge] : nil }

    /// The edge's properties.
    public func properties(of edge: EdgeIndex) -> [Property] {
        propertyRange(edge).map { properties[$0] }
    }

    /// The edge's date (`properties.date`), when it has a well-formed one.
    public func date(of edge: EdgeIndex) -> CaseDate? {
        properties.date(in: propertyRange(edge))
    }

    /// The quotes that back the edge, in file order.
    public func citations(of edge: EdgeIndex) -> [SourceCitation] {
        citationRange(edge).map { SourceCitation(document: citationDocuments[$0], quote: quotes[$0]) }
    }

    /// Calls `body` with each of the edge's citations, in file order: the cited document's id
    /// and the UTF-8 of the quote, without making a `String` of it (for writers).
    public func forEachCitation(
        of edge: EdgeIndex, _ body: (_ document: String, _ quote: UnsafeBufferPointer<UInt8>) throws -> Void
    ) rethrows {
        for citation in citationRange(edge) {
            try quotes.withBytes(citation) { try body(citationDocuments[citation], $0) }
        }
    }

    /// The edge's first quote, if it has one.
    public func firstQuote(of edge: EdgeIndex) -> String? {
        let range = citationRange(edge)
        return range.isEmpty ? nil : quotes[range.lowerBound]
    }

    /// The file that declared the edge.
    /// - Complexity: O(log number of files).
    public func origin(of edge: EdgeIndex) -> String {
        origins[edge]
    }

    func propertyRange(_ edge: EdgeIndex) -> Range<Int> {
        (edge == 0 ? 0 : Int(propertyEnds[edge - 1]))..<Int(propertyEnds[edge])
    }

    func citationRange(_ edge: EdgeIndex) -> Range<Int> {
        (edge == 0 ? 0 : Int(citationEnds[edge - 1]))..<Int(citationEnds[edge])
    }

    /// The edge whose citations include the one numbered `citation`, and its position there.
    /// - Complexity: O(log E).
    func edge(ofCitation citation: Int) -> (edge: EdgeIndex, position: Int) {
        var low = 0, high = citationEnds.count  // the first edge whose citations end after `citation`
        while low < high {
            let middle = (low + high) / 2
            if Int(citationEnds[middle]) <= citation { low = middle + 1 } else { high = middle }
        }
        return (low, citation - citationRange(low).lowerBound)
    }
}

extension EdgeList: RandomAccessCollection {
    public var startIndex: Int { 0 }
    public var endIndex: Int { types.count }

    /// The edge at `index`, made from its columns.
    /// - Complexity: O(size of the edge).
    public subscript(index: EdgeIndex) -> Edge {
        Edge(id: id(of: index), source: source(of: index), target: target(of: index), type: type(of: index),
             properties: properties(of: index), sources: citations(of: index), origin: origin(of: index))
    }
}

extension EdgeList: Equatable {
    /// Equal when they hold equal edges in the same order, however they are coded.
    public static func == (lhs: EdgeList, rhs: EdgeList) -> Bool {
        lhs.count == rhs.count && lhs.elementsEqual(rhs)
    }
}

extension EdgeList: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: Edge...) {
        self.init(elements)
    }
}
