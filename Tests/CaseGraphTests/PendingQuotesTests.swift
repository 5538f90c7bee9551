@testable import CaseGraph
import Testing

/// `PendingQuotes` keeps checks in runs, not one by one: every check is found again with its
/// record, citation and place among the diagnostics, whatever the mix of edges and nodes,
/// skipped citations and diagnostics met between checks.
@Suite("Pending quotes: each check located from its run")
struct PendingQuotesTests {
    @Test("random mixes of edge and node checks, gaps and diagnostics: every check located", arguments: 0..<40 as Range<UInt64>)
    func located(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        func chance(_ percent: UInt64) -> Bool { generator.next() % 100 < percent }
        // Edges with one to three citations each, citations numbered in edge order.
        var citationEnds: [Int] = []
        var pending = PendingQuotes()
        var expected: [(record: PendingQuotes.Record, citation: Int, diagnosticIndex: Int)] = []
        var diagnostics = 0, nextCitation = 0, edge = 0, node = 0, nextNodeCitation = 0
        for _ in 0..<(50 + Int(generator.next() % 300)) {
            if chance(20) { diagnostics += 1 }
            if chance(25) {  // a node's citations
                let count = 1 + Int(generator.next() % 3)
                for position in 0..<count where !chance(15) {
                    pending.append(record: .node(node), citation: position, document: Int(generator.next() % 4),
                                   diagnosticIndex: diagnostics, quote: .node(citation: nextNodeCitation + position))
                    expected.append((.node(node), position, diagnostics))
                }
                nextNodeCitation += count
                node += 1
            } else {  // an edge's citations, some skipped (an unknown document, no text)
                let count = 1 + Int(generator.next() % 3)
                for position in 0..<count where !chance(15) {
                    pending.append(record: .edge(edge), citation: position, document: Int(generator.next() % 4),
                                   diagnosticIndex: diagnostics, quote: .edge(citation: nextCitation + position))
                    expected.append((.edge(edge), position, diagnostics))
                }
                nextCitation += count
                citationEnds.append(nextCitation)
                edge += 1
            }
        }
        let edgeOfCitation = { (citation: Int) -> (edge: Int, position: Int) in
            let edge = citationEnds.firstIndex { $0 > citation } ?? citationEnds.count
            return (edge, citation - (edge == 0 ? 0 : citationEnds[edge - 1]))
        }
        #expect(pending.count == expected.count)
        for (check, want) in expected.enumerated() {
            let found = pending.locate(check, edgeOfCitation: edgeOfCitation)
            #expect(found.record == want.record && found.citation == want.citation && found.diagnosticIndex == want.diagnosticIndex,
                    "seed \(seed), check \(check)")
        }
        // Every check is handed to the queue once, in check order within its document.
        let checks = pending.takeAllChecks()
        #expect(checks.flatMap { $0 }.map(\.check).sorted() == (0..<expected.count).map(Int32.init))
        #expect(checks.allSatisfy { document in zip(document, document.dropFirst()).allSatisfy { $0.check < $1.check } })
    }

    @Test("an edge list finds the edge of a citation, edges without citations skipped")
    func edgeOfCitation() {
        var edges = EdgeList()
        for count in [2, 0, 1, 0, 0, 3] {
            edges.append(Edge(id: nil, source: 0, target: 0, type: "knows", properties: [],
                              sources: (0..<count).map { SourceCitation(document: "d", quote: "q\($0)") }, origin: "f.json"))
        }
        let found = (0..<6).map { edges.edge(ofCitation: $0) }
        #expect(found.map(\.edge) == [0, 0, 2, 5, 5, 5] && found.map(\.position) == [0, 1, 0, 0, 1, 2])
    }
}
