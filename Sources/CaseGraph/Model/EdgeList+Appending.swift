/// Joining edge lists: the merger's list takes each file's edges.
extension EdgeList {
    /// Makes room in the columns but the endpoints for `edges` more edges with `citations`
    /// citations, `properties` properties of `propertyBytes` bytes of text, `idBytes` bytes of ids and `quoteBytes` of quotes, so that appending them
    /// does not move the columns (and a join appends the second part in place).
    mutating func reserveCapacityOfFields(
        edges: Int, citations: Int, properties: Int, propertyBytes: Int, idBytes: Int, quoteBytes: Int
    ) {
        types.reserveCapacity(values: edges)
        ids.reserveCapacity(texts: edges, bytes: idBytes)
        hasID.reserveCapacity(hasID.count + edges)
        self.properties.reserveCapacity(properties, textBytes: propertyBytes)
        propertyEnds.reserveCapacity(propertyEnds.count + edges)
        citationEnds.reserveCapacity(citationEnds.count + edges)
        citationDocuments.reserveCapacity(values: citations)
        quotes.reserveCapacity(texts: citations, bytes: quoteBytes)
    }

    /// Makes room for `room` more edges, endpoints included, so that appending them does not
    /// grow the columns by doubling.
    mutating func reserveCapacity(_ room: ColumnRoom) {
        reserveCapacityOfFields(edges: room.records, citations: room.citations, properties: room.properties,
                                propertyBytes: room.propertyBytes, idBytes: room.idBytes, quoteBytes: room.quoteBytes)
        sources.reserveCapacity(sources.count + room.records)
        targets.reserveCapacity(targets.count + room.records)
    }

    /// Appends the edges of `other`, in order: their type and document codes renumbered
    /// into this list's, their ids, quotes and properties copied after this list's. When this
    /// list is empty it takes `other`'s columns as they are (no copy).
    ///
    /// `other` may lack endpoints (a file's records before they are resolved): then so do
    /// the edges appended, and the caller sets them.
    /// Each column of `other` is freed as soon as it is copied (when `other` holds the only
    /// reference to it): the memory grows by one column of `other` at a time, not by all.
    /// - Complexity: O(size of `other`).
    mutating func append(contentsOf other: consuming EdgeList) {
        guard !isEmpty else { return self = other }
        var other = other
        let base = count
        sources.append(contentsOf: other.sources)
        other.sources = []
        targets.append(contentsOf: other.targets)
        other.targets = []
        types.append(contentsOf: other.types)
        other.types = NameCodes()
        ids.append(contentsOf: other.ids)
        other.ids = PackedStrings()
        hasID.append(contentsOf: other.hasID)
        other.hasID = []
        let propertyBase = Int32(truncatingIfNeeded: properties.count)
        properties.append(contentsOf: other.properties)
        other.properties = PropertyColumns()
        propertyEnds.append(contentsOf: other.propertyEnds.lazy.map { $0 + propertyBase })
        other.propertyEnds = []
        citationDocuments.append(contentsOf: other.citationDocuments)
        other.citationDocuments = NameCodes()
        let citationBase = Int32(truncatingIfNeeded: quotes.count)
        quotes.append(contentsOf: other.quotes)
        other.quotes = PackedStrings()
        citationEnds.append(contentsOf: other.citationEnds.lazy.map { $0 + citationBase })
        other.citationEnds = []
        origins.append(contentsOf: other.origins, at: base)
    }

    /// The number of citations of all edges.
    var citationCount: Int { quotes.count }

    /// Citation c's document id.
    func citationDocument(_ citation: Int) -> String {
        citationDocuments[citation]
    }
}
