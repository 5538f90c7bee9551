/// Joining edge lists: the merger's list takes each file's edges.
extension EdgeList {
    /// Makes room in the columns but the endpoints for `edges` more edges with `citations`
    /// citations, `properties` properties, `idBytes` bytes of ids and `quoteBytes` of quotes, so that appending them
    /// does not move the columns (and a join appends the second part in place).
    mutating func reserveCapacityOfFields(edges: Int, citations: Int, properties: Int, idBytes: Int, quoteBytes: Int) {
        types.reserveCapacity(values: edges)
        ids.reserveCapacity(texts: edges, bytes: idBytes)
        hasID.reserveCapacity(hasID.count + edges)
        self.properties.reserveCapacity(self.properties.count + properties)
        propertyEnds.reserveCapacity(propertyEnds.count + edges)
        citationEnds.reserveCapacity(citationEnds.count + edges)
        citationDocuments.reserveCapacity(values: citations)
        quotes.reserveCapacity(texts: citations, bytes: quoteBytes)
    }

    /// Appends the edges of `other`, in order: their type and document codes renumbered
    /// into this list's, their ids, quotes and properties copied after this list's. When this
    /// list is empty it takes `other`'s columns as they are (no copy).
    ///
    /// `other` may lack endpoints (a file's records before they are resolved): then so do
    /// the edges appended, and the caller sets them.
    /// - Complexity: O(size of `other`).
    mutating func append(contentsOf other: consuming EdgeList) {
        guard !isEmpty else { return self = other }
        let base = count
        sources.append(contentsOf: other.sources)
        targets.append(contentsOf: other.targets)
        types.append(contentsOf: other.types)
        ids.append(contentsOf: other.ids)
        hasID.append(contentsOf: other.hasID)
        let propertyBase = Int32(truncatingIfNeeded: properties.count)
        properties.append(contentsOf: other.properties)
        propertyEnds.append(contentsOf: other.propertyEnds.lazy.map { $0 + propertyBase })
        citationDocuments.append(contentsOf: other.citationDocuments)
        let citationBase = Int32(truncatingIfNeeded: quotes.count)
        quotes.append(contentsOf: other.quotes)
        citationEnds.append(contentsOf: other.citationEnds.lazy.map { $0 + citationBase })
        origins.append(contentsOf: other.origins, at: base)
    }

    /// The number of citations of all edges.
    var citationCount: Int { quotes.count }

    /// Citation c's document id.
    func citationDocument(_ citation: Int) -> String {
        citationDocuments[citation]
    }
}
