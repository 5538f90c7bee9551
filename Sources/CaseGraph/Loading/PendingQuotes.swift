/// The quotes the merger still has to look for in their documents, in the order it met
/// them, each with where its warning would go among the diagnostics.
struct PendingQuotes {
    /// The record a quote belongs to.
    enum Record {
        case edge(Int)
        case node(Int)
    }

    /// Per check: the record (an edge's index, or `~` a node's index), the citation's
    /// position in the record's sources, its document, and `diagnostics.count` when met.
    private var records: [Int32] = []
    private(set) var citation: [Int32] = []
    private var documents: [Int32] = []
    private(set) var diagnosticIndex: [Int] = []

    var count: Int { records.count }

    mutating func append(record: Record, citation position: Int, document: Int, diagnosticIndex index: Int) {
        switch record {
        case .edge(let edge): records.append(Int32(truncatingIfNeeded: edge))
        case .node(let node): records.append(~Int32(truncatingIfNeeded: node))
        }
        citation.append(Int32(truncatingIfNeeded: position))
        documents.append(Int32(truncatingIfNeeded: document))
        diagnosticIndex.append(index)
    }

    func record(_ check: Int) -> Record {
        let code = records[check]
        return code >= 0 ? .edge(Int(code)) : .node(Int(~code))
    }

    /// The checks grouped by document (in document order), each group in check order.
    /// - Complexity: O(checks + documents).
    func byDocument(documentCount: Int) -> [(document: Int, checks: ArraySlice<Int>)] {
        var starts = [Int](repeating: 0, count: documentCount + 1)
        for document in documents { starts[Int(document) + 1] += 1 }
        for document in 0..<documentCount { starts[document + 1] += starts[document] }
        var cursor = starts
        var order = [Int](repeating: 0, count: documents.count)
        for (check, document) in documents.enumerated() {
            order[cursor[Int(document)]] = check
            cursor[Int(document)] += 1
        }
        return (0..<documentCount).compactMap { document in
            starts[document] < starts[document + 1] ? (document, order[starts[document]..<starts[document + 1]]) : nil
        }
    }
}
