/// The merger's edges: each file's records resolved into the graph's edge list.
extension GraphMerger {
    /// Resolves each file's edges' endpoints and checks their citations, in edge order, into
    /// `edges`; an edge with an unknown endpoint is reported (and the graph not built).
    /// - Complexity: O(E) expected, besides the suggestions for unknown endpoints.
    mutating func resolveEdges(cancellation: Cancellation) throws(LoadCancelled) {
        var suggestionsLeft = 50
        var files = edgeRecords
        edgeRecords = []
        let numbersOfFiles = nodeNumbers
        nodeNumbers = []
        // The room of the files' edges, taken once when a file's edges are copied after
        // another's (the first file's columns are taken as they are): room taken for each
        // file as it comes would copy the columns once a file.
        var toCome: ColumnRoom? = files.reduce(ColumnRoom()) { $0 + ColumnRoom(of: $1.fields) }
        for file in files.indices {
            var records = files[file]
            files[file] = EdgeRecords()  // `records` holds the only reference: its columns go to `edges`
            let numbers = numbersOfFiles[file]
            // The file's nodes kept their numbers (one file, or the first, nothing merged away):
            // its endpoints are the graph's, without a look-up each (a cache miss on a large graph).
            let kept = numbers.indices.allSatisfy { numbers[$0] == Int32(truncatingIfNeeded: $0) }
            precondition(records.pendingEndpointCount == 0, "the decoder looked every endpoint up")
            var cursors = (0, 0)  // the next source and target given as text
            let base = edges.count, citationBase = edges.citationCount
            // Each document the file's citations name, as an index into `documents` (nil: unknown).
            let documentOfCode = documentIndices(of: records.fields.citationDocuments)
            // Every endpoint a node of the file's (the usual case): renumbered in bulk; else
            // edge by edge, each unknown one reported in its place among the diagnostics.
            let allKnown = records.unresolved[0].positions.isEmpty && records.unresolved[1].positions.isEmpty
            var sources = [Int32](), targets = [Int32]()
            if allKnown {
                sources = kept ? records.sourceNodes : records.sourceNodes.map { numbers[Int($0)] }
                targets = kept ? records.targetNodes : records.targetNodes.map { numbers[Int($0)] }
            } else {
                sources.reserveCapacity(records.count)
                targets.reserveCapacity(records.count)
            }
            for position in 0..<records.count {
                if cancellation.shouldStop(after: &work) { throw LoadCancelled() }
                if !allKnown {
                    let (source, target) = (records.sourceNodes[position], records.targetNodes[position])
                    sources.append(source >= 0 ? (kept ? source : numbers[Int(source)])
                                   : endpoint(records, position, isTarget: false, &cursors.0, &suggestionsLeft))
                    targets.append(target >= 0 ? (kept ? target : numbers[Int(target)])
                                   : endpoint(records, position, isTarget: true, &cursors.1, &suggestionsLeft))
                }
                let citations = records.fields.citationRange(position)
                for citation in citations {
                    guard let document = documentOfCode[Int(records.fields.citationDocuments.codes[citation])] else {
                        reportUnknownDocument(records.fields.citationDocument(citation), place: records.places[position],
                                              citation: citation - citations.lowerBound)
                        continue
                    }
                    if documentHasText[document] {
                        pendingQuotes.append(record: .edge(base + position), citation: citation - citations.lowerBound,
                                             document: document, diagnosticIndex: diagnostics.count,
                                             quote: .edge(citation: citationBase + citation))
                    }
                }
            }
            records.fields.sources = sources
            records.fields.targets = targets
            if edges.isEmpty {
                toCome = toCome.map { $0 - ColumnRoom(of: records.fields) }
            } else if let room = toCome.take() {
                edges.reserveCapacity(room)
                edgePlaces.reserveCapacity(edgePlaces.count + room.records)
            }
            edges.append(contentsOf: records.fields)
            edgePlaces.append(contentsOf: records.places)
        }
    }

    /// The node that the edge at `position` of `records` names by text as its source (or
    /// target), the `cursor`th so named, or -1, reported, when there is none.
    private mutating func endpoint(
        _ records: EdgeRecords, _ position: Int, isTarget: Bool, _ cursor: inout Int, _ suggestionsLeft: inout Int
    ) -> Int32 {
        let given = records.unresolved[isTarget ? 1 : 0].ids
        defer { cursor += 1 }
        indexNodeIDs()
        if let index = given.withBytes(cursor, { self.ids.index(ofBytes: $0) }) { return index }
        let id = given[cursor]
        let field = isTarget ? ".target" : ".source"
        var message = "edge refers to unknown node \(quoted(id))"
        if suggestionsLeft > 0 {
            suggestionsLeft -= 1
            if suggestionIDs == nil { suggestionIDs = nodes.indices.map(nodes.id(of:)) }
            if let nearest = EditDistance.suggestions(for: id, among: suggestionIDs ?? [], maximum: 1).first {
                message += "; did you mean \(quoted(nearest))?"
            }
        }
        diagnostics.append(records.places[position].diagnostic(.error, message, path: field))
        return -1
    }
}
