/// A file's nodes as read, column by column: the nodes' fields as a ``NodeList`` (each node's
/// file as its one origin), and each record's byte offset and place.
///
/// The fast decoder writes a node's id, name, aliases and quotes straight into the columns as
/// bytes (no `String` or array per node), then ends the record (``endRecord(typeCode:offset:line:column:index:file:)``);
/// the slow decoder and tests append whole ``NodeRecord``s. The merger takes the columns of
/// a file whose node ids are distinct as they are, as the graph's nodes. Either way a node's
/// repeated aliases and citations are kept once, in order (as `String`s compare them).
///
/// ```swift
/// var nodes = NodeRecords()
/// nodes.append(record)
/// nodes[0] == record   // but for repeated aliases or citations
/// ```
struct NodeRecords: Sendable {
    var fields = NodeList()
    /// Each record's byte offset in its file.
    private(set) var offsets: [Int] = []
    private(set) var places = PlaceList(section: .node)

    init() {}

    var count: Int { offsets.count }

    /// Appends `record`.
    /// - Complexity: O(size of the record) amortised.
    mutating func append(_ record: NodeRecord) {
        fields.append(Node(id: record.id, type: record.type, name: record.name, aliases: uniqued(record.aliases),
                           properties: record.properties, sources: uniqued(record.sources), origins: [record.place.file]))
        offsets.append(record.place.offset)
        places.append(record.place)
    }

    /// Ends the record whose id, name, aliases, properties and citations were written into
    /// the columns (and the citations' document codes): appends its type code, the ends of its
    /// runs, and its place; its repeated aliases or citations are dropped.
    /// - Complexity: O(1) amortised; O(k²) for a node with k aliases or citations, k ≥ 2.
    mutating func endRecord(typeCode: Int32, offset: Int, line: Int, column: Int, index: Int, file: String) {
        let node = offsets.count
        fields.types.append(code: typeCode)
        fields.aliasEnds.append(Int32(truncatingIfNeeded: fields.aliases.count))
        fields.propertyEnds.append(Int32(truncatingIfNeeded: fields.properties.count))
        fields.citationEnds.append(Int32(truncatingIfNeeded: fields.quotes.count))
        fields.origins.append(file)
        fields.originEnds.append(Int32(truncatingIfNeeded: fields.origins.count))
        offsets.append(offset)
        places.append(line: line, column: column, index: index, file: file)
        if fields.aliasRange(node).count > 1 { dropRepeatedAliases(of: node) }
        if fields.citationRange(node).count > 1 { dropRepeatedCitations(of: node) }
    }

    /// Makes room for `nodes` more records.
    mutating func reserveCapacity(_ nodes: Int) {
        offsets.reserveCapacity(offsets.count + nodes)
        places.reserveCapacity(places.count + nodes)
    }

    /// Stores every record's line and column, found by `cursor` from its offset (records in file order).
    mutating func resolvePlaces(_ cursor: inout LineTable.Cursor) {
        for position in offsets.indices {
            let (line, column) = cursor.location(ofOffset: offsets[position])
            places.resolve(position, line: line, column: column)
        }
    }

    // MARK: - Repeats (the last record's)

    private mutating func dropRepeatedAliases(of node: Int) {
        let aliases = fields.aliases(of: node)
        let kept = uniqued(aliases)
        guard kept.count < aliases.count else { return }
        fields.aliases.removeSuffix(from: fields.aliasRange(node).lowerBound)
        for alias in kept { fields.aliases.append(alias) }
        fields.aliasEnds[node] = Int32(truncatingIfNeeded: fields.aliases.count)
    }

    private mutating func dropRepeatedCitations(of node: Int) {
        let citations = fields.citations(of: node)
        let kept = uniqued(citations)
        guard kept.count < citations.count else { return }
        let first = fields.citationRange(node).lowerBound
        fields.quotes.removeSuffix(from: first)
        fields.citationDocuments.removeValues(from: first)
        for citation in kept {
            fields.citationDocuments.append(citation.document)
            fields.quotes.append(citation.quote)
        }
        fields.citationEnds[node] = Int32(truncatingIfNeeded: fields.quotes.count)
    }
}

extension NodeRecords: RandomAccessCollection {
    var startIndex: Int { 0 }
    var endIndex: Int { count }

    /// The record at `position`, made from the columns.
    subscript(position: Int) -> NodeRecord {
        var place = places[position]
        place.offset = offsets[position]
        return NodeRecord(id: fields.id(of: position), type: fields.type(of: position), name: fields.name(of: position),
                          aliases: fields.aliases(of: position), properties: fields.properties(of: position),
                          sources: fields.citations(of: position), place: place)
    }
}

extension NodeRecords: Equatable {
    /// Equal when they hold equal records in the same order, however they are coded.
    static func == (lhs: NodeRecords, rhs: NodeRecords) -> Bool {
        lhs.count == rhs.count && lhs.elementsEqual(rhs)
    }
}

extension NodeRecords: ExpressibleByArrayLiteral {
    init(arrayLiteral elements: NodeRecord...) {
        self.init()
        for element in elements { append(element) }
    }
}
