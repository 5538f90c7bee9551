/// The quotes the merger still has to look for in their documents, in the order it met
/// them, each with where its warning would go among the diagnostics.
///
/// Only the few quotes not found need their record, citation and place in the diagnostics,
/// so those are kept in runs, not per quote: a run of edge checks stands for consecutive
/// citations of the edge list (the merger's usual case, one run for a file's edges when no
/// diagnostic comes between), a run of node checks for consecutive entries of a node list.
/// ``locate(_:edgeOfCitation:)`` finds a check's record from its run.
struct PendingQuotes {
    /// The record a quote belongs to.
    enum Record: Equatable {
        case edge(Int)
        case node(Int)
    }

    /// A quote to look for: an edge citation's, by its number in the edge list, or a node
    /// citation's, by its number in the node list.
    enum Quote {
        case edge(citation: Int)
        case node(citation: Int)
    }

    /// Checks `firstCheck ..< next run's`: for edges, the edge citations numbered from
    /// `first`; for nodes, the node checks numbered from `first`; all met when the
    /// diagnostics numbered `diagnosticIndex`.
    private struct Run {
        var firstCheck: Int32
        var first: Int32
        var isNode: Bool
        var diagnosticIndex: Int32
    }

    private var runs: [Run] = []
    /// The number of checks.
    private(set) var count = 0
    /// The edge citation of the last check, when it was an edge's.
    private var lastEdgeCitation: Int?
    /// Per node check: the node and the citation's position in its sources.
    private var nodeRecords: [Int32] = []
    private var nodeCitations: [Int32] = []
    /// Per document: its checks in order, each with its quote (kept here so that checking a
    /// document reads one list instead of chasing each record): see ``QuoteCheckQueue/Check``.
    private var byDocument: [[QuoteCheckQueue.Check]] = []

    /// Adds a check of `quote`, cited by `record` as its citation `position`, in `document`,
    /// met when there were `index` diagnostics. An edge's `quote` is `.edge`, a node's `.node`.
    /// - Complexity: O(1) amortised.
    mutating func append(record: Record, citation position: Int, document: Int, diagnosticIndex index: Int, quote: Quote) {
        let check = Int32(truncatingIfNeeded: count)
        let diagnosticIndex = Int32(truncatingIfNeeded: index)  // 4 bytes, not 8: millions of checks
        let reference: Int32
        switch quote {
        case .edge(let citation):
            reference = Int32(truncatingIfNeeded: citation)
            if lastEdgeCitation != citation - 1 || runs.last?.diagnosticIndex != diagnosticIndex {
                runs.append(Run(firstCheck: check, first: reference, isNode: false, diagnosticIndex: diagnosticIndex))
            }
            lastEdgeCitation = citation
        case .node(let citation):
            reference = ~Int32(truncatingIfNeeded: citation)
            guard case .node(let node) = record else { preconditionFailure("a node's quote for a node") }
            if lastEdgeCitation != nil || runs.last?.diagnosticIndex != diagnosticIndex || runs.isEmpty {
                runs.append(Run(firstCheck: check, first: Int32(truncatingIfNeeded: nodeRecords.count), isNode: true,
                                diagnosticIndex: diagnosticIndex))
            }
            lastEdgeCitation = nil
            nodeRecords.append(Int32(truncatingIfNeeded: node))
            nodeCitations.append(Int32(truncatingIfNeeded: position))
        }
        count += 1
        while byDocument.count <= document { byDocument.append([]) }
        byDocument[document].append(QuoteCheckQueue.Check(check: check, quote: reference))
    }

    /// Check `check`'s record, its citation's position in the record's sources, and the number
    /// of diagnostics when it was met; `edgeOfCitation` gives the edge of an edge citation.
    /// - Complexity: O(log runs) besides `edgeOfCitation`.
    func locate(_ check: Int, edgeOfCitation: (Int) -> (edge: Int, position: Int))
        -> (record: Record, citation: Int, diagnosticIndex: Int) {
        var low = 0, high = runs.count  // the first run starting after `check`
        while low < high {
            let middle = (low + high) / 2
            if Int(runs[middle].firstCheck) <= check { low = middle + 1 } else { high = middle }
        }
        let run = runs[low - 1]
        let offset = Int(run.first) + check - Int(run.firstCheck)
        if run.isNode {
            return (.node(Int(nodeRecords[offset])), Int(nodeCitations[offset]), Int(run.diagnosticIndex))
        }
        let (edge, position) = edgeOfCitation(offset)
        return (.edge(edge), position, Int(run.diagnosticIndex))
    }

    /// The checks of every document, each document's in check order, with their quotes
    /// (`result[d]` is document d's, possibly missing past the last document with a check);
    /// they are no longer kept here.
    mutating func takeAllChecks() -> [[QuoteCheckQueue.Check]] {
        defer { byDocument = [] }
        return byDocument
    }
}
