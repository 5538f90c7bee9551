import Testing
@testable import CaseQuery

@Suite("Parser: statements")
struct ParserStatementTests {
    @Test func findTakesTheRestOfTheStatement() throws {
        #expect(try statement("find kamsteeg").found == "kamsteeg")
        #expect(try statement("FIND Henk   Jan").found == "Henk Jan")
        #expect(try statement(#"find "Henk  Jan""#).found == "Henk  Jan")
        #expect(try statement("find Kamsteeg, IJM").found == "Kamsteeg, IJM")
        #expect(try statement("find limit").found == "limit")
        let limited = try parsed("find ijm limit 5")
        #expect(limited.statement.found == "ijm")
        #expect(limited.limit?.value == 5)
    }

    @Test func showTakesIdsNamesAndQuotedNames() throws {
        let id = try #require(try statement("show IJM").shown)
        #expect(id.text == "IJM" && !id.isQuoted)
        let quoted = try #require(try statement(#"SHOW "Henk Jan Kamsteeg""#).shown)
        #expect(quoted.text == "Henk Jan Kamsteeg" && quoted.isQuoted)
        #expect(try statement("show 'Zoë de Vries'").shown?.text == "Zoë de Vries")
        #expect(try statement("show Zoë   de Vries").shown?.text == "Zoë de Vries")
        #expect(try statement("show 34-year-old man").shown?.text == "34-year-old man")
        #expect(try statement("show E.D.").shown?.text == "E.D.")
        #expect(try statement("show man-34").shown?.text == "man-34")
        #expect(try statement("show Filipijnse autoriteiten").shown?.text == "Filipijnse autoriteiten")
        #expect(try statement("show 120 reddingsoperaties").shown?.text == "120 reddingsoperaties")
        #expect(try statement("show O'Brien").shown?.text == "O'Brien")
        #expect(try statement(#"show "say \"hi\" \\ now""#).shown?.text == #"say "hi" \ now"#)
        #expect(try statement(#"show 'O\'Brien'"#).shown?.text == "O'Brien")
        #expect(try statement(#"show "C:\cases""#).shown?.text == #"C:\cases"#)
        #expect(try statement(#"show "all""#).shown?.text == "all")
    }

    @Test func nodeRangesCountCharacters() throws {
        let node = try #require(try statement("show Zoë de Vries").shown)
        #expect(node.range == location(5, 6)..<location(18, 18))
    }

    @Test func linkedWithEveryClause() throws {
        let simple = try #require(try statement("linked IJM depth 2").linked)
        #expect(simple.node.text == "IJM" && simple.depth?.value == 2 && simple.via.isEmpty && simple.types.isEmpty)
        let full = try #require(try statement("Linked Henk Jan Kamsteeg DEPTH 3 VIA works_for, part_of TYPE person").linked)
        #expect(full.node.text == "Henk Jan Kamsteeg")
        #expect(full.depth?.value == 3)
        #expect(full.via.map(\.value) == ["works_for", "part_of"])
        #expect(full.types.map(\.value) == ["person"])
        let reordered = try #require(try statement("linked IJM type group, organisation via x depth 1").linked)
        #expect(reordered.types.map(\.value) == ["group", "organisation"] && reordered.via.map(\.value) == ["x"])
        #expect(try statement(#"linked IJM via "odd type""#).linked?.via.map(\.value) == ["odd type"])
    }

    @Test func whoIsLinkedToIsLinked() throws {
        let who = try #require(try statement("who is linked to E.D.").linked)
        #expect(who.node.text == "E.D." && who.depth == nil)
        #expect(try statement("WHO IS LINKED TO Dutch police depth 2").linked?.depth?.value == 2)
    }

    @Test func pathAndTrace() throws {
        let path = try #require(try statement("path E.D. to Dutch police").path)
        #expect(path.from.text == "E.D." && path.to.text == "Dutch police" && !path.all && path.maximumLength == nil)
        let full = try #require(try statement("PATH Henk Jan Kamsteeg TO man-34 via works_for, part_of MAX 4 ALL").path)
        #expect(full.from.text == "Henk Jan Kamsteeg" && full.to.text == "man-34")
        #expect(full.via.map(\.value) == ["works_for", "part_of"] && full.maximumLength?.value == 4 && full.all)
        let quoted = try #require(try statement(#"path "Road to Taguig" to IJM"#).path)
        #expect(quoted.from.text == "Road to Taguig")
        let trace = try #require(try statement("trace arrest-ed-2016 to trial via led_to").trace)
        #expect(trace.from.text == "arrest-ed-2016" && trace.to.text == "trial" && trace.via.map(\.value) == ["led_to"])
    }

    @Test func whyWithAndWithoutSeparators() throws {
        for text in ["why E.D. and IJM", "why E.D., IJM", "why E.D. IJM", "why e.d. AND ijm", #"why "E.D." IJM"#] {
            let (first, second) = try #require(try statement(text).why, "\(text)")
            #expect(first.text.lowercased() == "e.d." && second.text.lowercased() == "ijm", "\(text)")
        }
        let long = try #require(try statement("why Henk Jan Kamsteeg and Dutch police").why)
        #expect(long.0.text == "Henk Jan Kamsteeg" && long.1.text == "Dutch police")
        let mixed = try #require(try statement(#"why Henk Jan Kamsteeg "Dutch police""#).why)
        #expect(mixed.0.text == "Henk Jan Kamsteeg" && mixed.1.isQuoted)
    }

    @Test func statementsWithOptionalArguments() throws {
        #expect(try statement("timeline") == .timeline(nil))
        #expect(try statement("timeline Taguig").timelineNode?.text == "Taguig")
        let limited = try parsed("timeline limit 3")
        #expect(limited.statement == .timeline(nil) && limited.limit?.value == 3)
        #expect(try statement("nodes") == .nodes(type: nil))
        #expect(try statement("NODES person").nodesType == "person")
        #expect(try statement("edges led_to").edgesType == "led_to")
        #expect(try statement("Stats") == .stats)
        #expect(try statement("schema") == .schema)
        #expect(try statement("quit") == .quit)
        #expect(try statement("EXIT") == .quit)
    }

    @Test func helpLoadAndSet() throws {
        #expect(try statement("help") == .help(topic: nil))
        #expect(try statement("help Linked").helpTopic == "linked")
        #expect(try statement("help who").helpTopic == "who")
        #expect(try statement("load graph/taguig-2016.json").loadPath == "graph/taguig-2016.json")
        #expect(try statement(#"load "my case.json""#).loadPath == "my case.json")
        #expect(try statement(#"load C:\cases\x.json"#).loadPath == #"C:\cases\x.json"#)
        #expect(try statement("set format json").format == "json")
        #expect(try statement("SET FORMAT Table").format == "table")
        #expect(try statement("set timer on").timer == true)
        #expect(try statement("Set Timer OFF").timer == false)
    }

    @Test func limitEndsAnyStatement() throws {
        #expect(try parsed("linked IJM depth 2 limit 10").limit?.value == 10)
        #expect(try parsed("stats limit 0").limit?.value == 0)
        #expect(try parsed("show IJM LIMIT 1").statement.shown?.text == "IJM")
        #expect(try parsed("path A to B all limit 3").limit?.value == 3)
    }

    @Test func emptyTextHasNoStatement() throws {
        for text in ["", "   ", "# just a comment", ";", "\n\n", " ; ; "] {
            #expect(try StatementParser.parse(text) == nil, "\(text)")
        }
        #expect(try statement("show IJM;").shown?.text == "IJM")
        #expect(try statement("show IJM # the organisation").shown?.text == "IJM")
        #expect(try statement("linked IJM \\\n  depth 2").linked?.depth?.value == 2)
    }

    @Test func statementRangeSpansItsText() throws {
        let statement = try parsed("  show IJM limit 2 ; ")
        #expect(statement.range == location(2, 3)..<location(18, 19))
    }
}

extension Statement {
    var timelineNode: NodeReference? { if case .timeline(let node) = self { node } else { nil } }
    var nodesType: String? { if case .nodes(let type) = self { type?.value } else { nil } }
    var edgesType: String? { if case .edges(let type) = self { type?.value } else { nil } }
    var helpTopic: String? { if case .help(let topic) = self { topic?.value } else { nil } }
    var loadPath: String? { if case .load(let path) = self { path.value } else { nil } }
    var format: String? { if case .setFormat(let format) = self { format.value } else { nil } }
    var timer: Bool? { if case .setTimer(let on) = self { on.value } else { nil } }
}
