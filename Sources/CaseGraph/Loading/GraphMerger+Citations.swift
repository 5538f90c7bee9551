/// The merger's checks of citations: each document's text attached, the nodes' citations
/// checked and their quotes queued (the edges' are, as their endpoints are resolved: see
/// `GraphMerger+Edges.swift`), and the warnings of quotes not found put in place.
extension GraphMerger {
    /// Warns of nodes that cite no quote and checks the nodes' citations, in node order.
    /// - Complexity: O(V + their citations).
    mutating func checkNodes(cancellation: Cancellation) throws(LoadCancelled) {
        let documentOfCode = documentIndices(of: nodes.citationDocuments)
        for position in nodes.indices {
            if cancellation.shouldStop(after: &work) { throw LoadCancelled() }
            let citations = nodes.citationRange(position)
            if citations.isEmpty {
                diagnostics.append(nodePlaces[position].diagnostic(.warning, .uncitedNode(id: nodes.id(of: position)),
                                                                   path: ".sources", kind: .uncitedNode))
            }
            checkCitations(of: position, citations, documentOfCode: documentOfCode)
        }
    }

    mutating func attachDocumentTexts(_ readDocument: (String, String) -> DocumentText?) {
        documentTexts = Array(repeating: nil, count: documents.count)
        documentHasText = Array(repeating: false, count: documents.count)
        for index in documents.indices {
            guard let path = documents[index].path else { continue }
            if let text = readDocument(documents[index].origin, path) {
                documentTexts[index] = text
                documentHasText[index] = true
            } else {
                diagnostics.append(documentPlaces[index].diagnostic(.warning,
                    "the local copy \(quoted(path)) of document \(quoted(documents[index].id)) cannot be read; its quotes are not checked",
                    path: ".path", kind: .unreadableDocument))
            }
        }
    }

    /// Each document that `citationDocuments` names, by code, as an index into `documents`
    /// (nil: unknown): one look-up a name, not one a citation.
    /// - Complexity: O(number of names).
    func documentIndices(of citationDocuments: NameCodes) -> [Int?] {
        citationDocuments.names.map { documentIndexByID[$0] }
    }

    /// Checks that each citation of a node (those numbered `citations` in `nodes`) names a
    /// known document, and queues its quote for the quote check (``QuoteCheckQueue``) when the
    /// document's text is at hand. `documentOfCode`: each citation document code's index in
    /// `documents` (nil: unknown).
    private mutating func checkCitations(of node: Int, _ citations: Range<Int>, documentOfCode: [Int?]) {
        for citation in citations {
            let position = citation - citations.lowerBound
            guard let index = documentOfCode[Int(nodes.citationDocuments.codes[citation])] else {
                reportUnknownDocument(nodes.citationDocuments[citation], place: nodePlaces[node], citation: position)
                continue
            }
            if documentHasText[index] {
                pendingQuotes.append(record: .node(node), citation: position, document: index,
                                     diagnosticIndex: diagnostics.count, quote: .node(citation: citation))
            }
        }
    }

    mutating func reportUnknownDocument(_ document: String, place: RecordPlace, citation position: Int) {
        var message = "quote cites unknown document \(quoted(document))"
        if let nearest = EditDistance.suggestions(for: document, among: documents.map(\.id), maximum: 1).first {
            message += "; did you mean \(quoted(nearest))?"
        }
        diagnostics.append(place.diagnostic(.error, message, path: ".sources[\(position)].document"))
    }

    /// Puts the warning of each quote not found (`missing`, checks in check order, see
    /// ``QuoteCheckQueue``) where checking the quotes in record order would have put it.
    ///
    /// - Complexity: O(number of diagnostics + number of missing quotes).
    mutating func insertQuoteWarnings(missing: [Int]) {
        let pending = pendingQuotes
        pendingQuotes = PendingQuotes()
        guard !missing.isEmpty else { return }
        var merged = [GraphDiagnostic]()
        merged.reserveCapacity(diagnostics.count + missing.count)
        let located = missing.map { pending.locate($0, edgeOfCitation: edges.edge(ofCitation:)) }
        var next = 0
        for position in 0...diagnostics.count {
            while next < located.count && located[next].diagnosticIndex == position {
                let (record, citationPosition, _) = located[next]
                let cited = citation(of: record, citationPosition)
                merged.append(place(of: record).diagnostic(.warning,
                    "quote not found verbatim in document \(quoted(cited.document)): \(quoted(String(cited.quote.prefix(80))))",
                    path: ".sources[\(citationPosition)].quote", kind: .quoteNotFound))
                next += 1
            }
            if position < diagnostics.count { merged.append(diagnostics[position]) }
        }
        diagnostics = merged
    }

    /// The citation at `position` in `record`'s sources.
    private func citation(of record: PendingQuotes.Record, _ position: Int) -> SourceCitation {
        switch record {
        case .edge(let edge): return edges.citations(of: edge)[position]
        case .node(let node): return nodes.citations(of: node)[position]
        }
    }

    private func place(of record: PendingQuotes.Record) -> RecordPlace {
        switch record {
        case .edge(let edge): return edgePlaces[edge]
        case .node(let node): return nodePlaces[node]
        }
    }
}
