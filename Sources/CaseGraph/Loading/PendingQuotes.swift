/// The quotes the merger still has to look for in their documents, in the order it met
/// them, each with where its warning would go among the diagnostics.
struct PendingQuotes {
    /// The record a quote belongs to.
    enum Record {
        case edge(Int)
        case node(Int)
    }

    /// Per check: the record (an edge's index, or `~` a node's index), the citation's
    /// position in the record's sources, and `diagnostics.count` when met.
    private var records: [Int32] = []
    private(set) var citation: [Int32] = []
    private(set) var diagnosticIndex: [Int32] = []
    /// Per document: its checks in order, each with its quote (kept here so that checking a
    /// document reads one list instead of chasing each record).
    private var byDocument: [[(check: Int32, quote: String)]] = []

    mutating func append(record: Record, citation position: Int, document: Int, diagnosticIndex index: Int, quote: String) {
        let check = Int32(truncatingIfNeeded: records.count)
        switch record {
        case .edge(let edge): records.append(Int32(truncatingIfNeeded: edge))
        case .node(let node): records.append(~Int32(truncatingIfNeeded: node))
        }
        citation.append(Int32(truncatingIfNeeded: position))
        diagnosticIndex.append(Int32(truncatingIfNeeded: index))  // 4 bytes a quote, not 8: millions of them
        while byDocument.count <= document { byDocument.append([]) }
        byDocument[document].append((check, quote))
    }

    func record(_ check: Int) -> Record {
        let code = records[check]
        return code >= 0 ? .edge(Int(code)) : .node(Int(~code))
    }

    /// The checks of every document, each document's in check order, with their quotes
    /// (`result[d]` is document d's, possibly missing past the last document with a check);
    /// they are no longer kept here.
    mutating func takeAllChecks() -> [[(check: Int32, quote: String)]] {
        defer { byDocument = [] }
        return byDocument
    }
}
