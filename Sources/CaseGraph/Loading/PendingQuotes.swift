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
    /// document reads one list instead of chasing each record): see ``QuoteCheckQueue/Check``.
    private var byDocument: [[QuoteCheckQueue.Check]] = []
    /// The quotes of nodes' citations, in check order.
    private(set) var nodeQuotes: [String] = []

    /// A quote to look for: an edge citation's, by its number in the edge list, or a node's.
    enum Quote {
        case edge(citation: Int)
        case node(String)
    }

    mutating func append(record: Record, citation position: Int, document: Int, diagnosticIndex index: Int, quote: Quote) {
        let check = Int32(truncatingIfNeeded: records.count)
        switch record {
        case .edge(let edge): records.append(Int32(truncatingIfNeeded: edge))
        case .node(let node): records.append(~Int32(truncatingIfNeeded: node))
        }
        citation.append(Int32(truncatingIfNeeded: position))
        diagnosticIndex.append(Int32(truncatingIfNeeded: index))  // 4 bytes a quote, not 8: millions of them
        let reference: Int32
        switch quote {
        case .edge(let citation):
            reference = Int32(truncatingIfNeeded: citation)
        case .node(let text):
            reference = ~Int32(truncatingIfNeeded: nodeQuotes.count)
            nodeQuotes.append(text)
        }
        while byDocument.count <= document { byDocument.append([]) }
        byDocument[document].append(QuoteCheckQueue.Check(check: check, quote: reference))
    }

    func record(_ check: Int) -> Record {
        let code = records[check]
        return code >= 0 ? .edge(Int(code)) : .node(Int(~code))
    }

    /// The checks of every document, each document's in check order, with their quotes
    /// (`result[d]` is document d's, possibly missing past the last document with a check);
    /// they are no longer kept here.
    mutating func takeAllChecks() -> [[QuoteCheckQueue.Check]] {
        defer { byDocument = [] }
        return byDocument
    }
}
