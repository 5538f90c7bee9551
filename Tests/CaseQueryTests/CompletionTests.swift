import CaseGraph
import Testing
@testable import CaseQuery

@Suite("Completion")
struct CompletionTests {
    private let completer = StatementCompleter(graph: seedLikeGraph)

    /// Completes at the end of `line`.
    private func complete(_ line: String) -> (wordStart: Int, candidates: [String]) {
        completer.complete(line: line, cursor: line.utf8.count)
    }

    @Test func statementKeywordsAtTheStart() {
        let empty = complete("")
        #expect(empty.wordStart == 0)
        #expect(Set(empty.candidates).isSuperset(of: ["find", "show", "linked", "who", "path", "export", "quit"]))
        #expect(complete("li").candidates == ["linked"])
        #expect(complete("LI").candidates == ["linked"])
        #expect(complete("s").candidates == ["schema", "set", "show", "stats"])
        #expect(complete("  sh") == (2, ["show"]))
        #expect(complete("show IJM; li") == (10, ["linked"]))
        #expect(complete("xyz").candidates.isEmpty)
    }

    @Test func nodeNamesIdsAndAliases() {
        #expect(complete("show Ka") == (5, ["Kamsteeg"]))
        #expect(complete("show henk") == (5, ["henk-jan-kamsteeg"]))
        #expect(complete("show Henk") == (5, ["\"Henk Jan Kamsteeg\""]))
        #expect(complete("show zo") == (5, ["zoe"]))
        #expect(complete("show Zo") == (5, ["\"Zoë de Vries\""]))
        #expect(complete("show filip").candidates == ["\"Filipijnse autoriteiten\""])
        #expect(complete("who is linked to E").candidates == ["E.D."])
        #expect(complete("who is linked to e").candidates == ["ed", "everything"])
        #expect(complete("find kam").candidates == ["Kamsteeg"])
        #expect(complete("show a").candidates == ["\"all\""])
    }

    @Test func multiWordNamesCompleteFromTheirFirstWord() {
        #expect(complete("show Henk Jan K") == (5, ["\"Henk Jan Kamsteeg\""]))
        #expect(complete("show Zoë d") == (5, ["\"Zoë de Vries\""]))
        #expect(complete("linked IJM N") == (7, ["\"IJM Netherlands\""]))
        #expect(complete("show Henk ") == (5, ["\"Henk Jan Kamsteeg\""]))
    }

    @Test func insideAnOpenQuote() {
        #expect(complete("show \"Henk J") == (5, ["\"Henk Jan Kamsteeg\""]))
        #expect(complete("show 'dutch") == (5, ["'Dutch police'"]))
        #expect(complete("show \"IJM\"").candidates.isEmpty)
    }

    @Test func clauseKeywordsOnceANodeIsThere() {
        let afterNode = complete("linked IJM ")
        #expect(afterNode.wordStart == 11)
        #expect(afterNode.candidates == ["depth", "limit", "type", "via"])
        #expect(complete("linked IJM d") == (11, ["depth"]))
        #expect(complete("linked IJM depth 2 ").candidates == ["limit", "type", "via"])
        #expect(complete("path E.D. ").candidates == ["to"])
        #expect(complete("path E.D. to Dutch police ").candidates == ["all", "limit", "max", "via"])
        #expect(complete("trace E.D. to Dutch police ").candidates == ["limit", "via"])
        #expect(complete("why E.D. ").candidates == ["and"])
        #expect(complete("who ").candidates == ["is"])
        #expect(complete("who is ").candidates == ["linked"])
        #expect(complete("show IJM ").candidates == ["limit"])
    }

    @Test func typesAfterViaAndType() {
        #expect(complete("linked IJM via ").candidates
            == ["cares_for", "carried_out", "led_to", "located_in", "part_of", "works_for"])
        #expect(complete("linked IJM via ca").candidates == ["cares_for", "carried_out"])
        #expect(complete("linked IJM via cares_for, l") == (26, ["led_to", "located_in"]))
        #expect(complete("linked IJM type p").candidates == ["person", "place"])
        #expect(complete("path A to B via w").candidates == ["works_for"])
        #expect(complete("nodes ").candidates == ["limit", "event", "group", "organisation", "person", "place"])
        #expect(complete("edges l").candidates == ["limit", "led_to", "located_in"])
    }

    @Test func formatsTopicsAndExport() {
        #expect(complete("set ").candidates == ["format", "timer"])
        #expect(complete("set timer ").candidates == ["off", "on"])
        #expect(complete("set ti").candidates == ["timer"])
        #expect(complete("set format ").candidates == ["csv", "dot", "json", "table"])
        #expect(complete("set format j").candidates == ["json"])
        #expect(complete("help li").candidates == ["limit", "linked"])
        #expect(Set(complete("help ").candidates) == Set(StatementHelp.topicNames))
        #expect(complete("export ").candidates == ["dot", "png", "svg"])
        let afterFormat = complete("export svg ").candidates
        #expect(Set(afterFormat) == ["by", "limit", "linked", "nodes", "path", "show", "timeline", "to", "trace", "who", "why", "with"])
        #expect(complete("export svg path E.D. to Dutch police ").candidates
            == ["all", "by", "limit", "max", "to", "via", "with"])
        #expect(complete("export svg linked IJM with ").candidates == ["context"])
        #expect(complete("load ").candidates.isEmpty)
    }

    @Test func cursorInsideTheLine() {
        let line = "linked IJM d  xyz"
        #expect(completer.complete(line: line, cursor: 12) == (11, ["depth"]))
        #expect(completer.complete(line: "show Zoë", cursor: 7).wordStart == 5)
        #expect(completer.complete(line: "show IJM # li", cursor: 13).candidates.isEmpty)
        #expect(completer.complete(line: "li", cursor: 99).candidates == ["linked"])
    }

    @Test func candidatesAreCappedAndSorted() {
        let nodes = (0..<500).map { Node(id: String(format: "node-%03d", 499 - $0), type: "thing", name: "Thing \(499 - $0)") }
        let completer = StatementCompleter(graph: Graph(nodes: nodes, edges: []))
        let result = completer.complete(line: "show node", cursor: 9)
        #expect(result.candidates.count == StatementCompleter.maximumCandidates)
        #expect(result.candidates == result.candidates.sorted())
        #expect(result.candidates.first == "node-000")
    }

    @Test func manyNamesStayFast() {
        let nodes = (0..<20_000).map { Node(id: "n\($0)", type: "thing", name: "Name number \($0)", aliases: ["alias \($0)"]) }
        let completer = StatementCompleter(graph: Graph(nodes: nodes, edges: []))
        let elapsed = ContinuousClock().measure {
            for _ in 0..<200 {
                _ = completer.complete(line: "linked Name number 1", cursor: 20)
            }
        }
        #expect(elapsed < .seconds(5))
    }

    @Test func writtenNames() {
        #expect(StatementCompleter.written("IJM", quote: nil) == "IJM")
        #expect(StatementCompleter.written("Henk Jan", quote: nil) == "\"Henk Jan\"")
        #expect(StatementCompleter.written("to", quote: nil) == "\"to\"")
        #expect(StatementCompleter.written("a\"b\\c", quote: nil) == #""a\"b\\c""#)
        #expect(StatementCompleter.written("O'Brien", quote: "'") == #"'O\'Brien'"#)
        #expect(StatementCompleter.written("'quoted", quote: nil) == "\"'quoted\"")
    }
}
