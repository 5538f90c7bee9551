import Testing
@testable import CaseQuery

@Suite("Parser: export")
struct ParserExportTests {
    @Test func exportWithoutStatementExportsTheLastResult() throws {
        let export = try #require(try statement("export dot").export)
        #expect(export.format.value == .dot && export.statement == nil && export.file == nil)
        let toFile = try #require(try statement("EXPORT SVG to out.svg").export)
        #expect(toFile.statement == nil && toFile.file?.value == "out.svg")
    }

    @Test func secondToEndsTheTargetNodeAndStartsTheFile() throws {
        let export = try #require(try statement("export dot path A to B to out.dot").export)
        let path = try #require(export.statement?.statement.path)
        #expect(path.from.text == "A" && path.to.text == "B")
        #expect(export.file?.value == "out.dot")
        let long = try #require(try statement("export dot path E.D. to Dutch police to out.dot").export)
        #expect(long.statement?.statement.path?.to.text == "Dutch police")
    }

    @Test func everyClause() throws {
        let export = try #require(try statement(
            #"export png path E.D. to Dutch police via carried_out with context by country to "my file.png""#).export)
        #expect(export.format.value == .png && export.withContext && export.byCountry)
        #expect(export.file?.value == "my file.png")
        #expect(export.statement?.statement.path?.via.map(\.value) == ["carried_out"])
        let reordered = try #require(try statement("export svg linked IJM depth 2 to x.svg by country").export)
        #expect(reordered.byCountry && !reordered.withContext && reordered.file?.value == "x.svg")
        #expect(reordered.statement?.statement.linked?.node.text == "IJM")
    }

    @Test func innerStatements() throws {
        let inner = try #require(try parsed("export dot linked IJM limit 5 to x.dot limit 2").statement.export)
        #expect(inner.statement?.limit?.value == 5 && inner.file?.value == "x.dot")
        #expect(try parsed("export dot linked IJM limit 5 to x.dot limit 2").limit?.value == 2)
        #expect(try statement("export dot why A and B to w.dot").export?.statement?.statement.why?.1.text == "B")
        #expect(try statement("export dot nodes person to n.dot").export?.statement?.statement.nodesType == "person")
        #expect(try statement("export dot timeline to t.dot").export?.statement?.statement == .timeline(nil))
        #expect(try statement("export dot show IJM with context").export?.statement?.statement.shown?.text == "IJM")
        #expect(try statement("export dot who is linked to IJM by country").export?.statement?.statement.linked != nil)
        #expect(try statement("export dot trace A to B").export?.statement?.statement.trace?.to.text == "B")
    }

    @Test func innerStatementRange() throws {
        let text = "export dot linked IJM depth 2 to x.dot"
        let inner = try #require(try statement(text).export?.statement)
        #expect(inner.range == location(11, 12)..<location(29, 30))
    }

    @Test func errors() throws {
        #expect(parseError("export dot stats")?.message == "'stats' cannot be exported")
        #expect(parseError("export pdf")?.message == "expected 'dot', 'svg' or 'png' after 'export'; found 'pdf'")
        #expect(parseError("export sgv")?.message == "unexpected 'sgv'; did you mean 'svg'?")
        #expect(parseError("export dot with")?.message == "expected 'context' after 'with'; found the end of the statement")
        #expect(parseError("export dot to")?.message == "expected a file after 'to'; found the end of the statement")
        #expect(parseError("export dot lnked IJM")?.message == "unexpected 'lnked'; did you mean 'linked'?")
        #expect(parseError("export dot to a.dot to b.dot")?.message == "'to' is given twice")
    }
}
