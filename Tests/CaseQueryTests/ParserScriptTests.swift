import Testing
@testable import CaseQuery

@Suite("Parser: scripts and continuation")
struct ParserScriptTests {
    @Test func scriptSplitsAtSemicolonsAndLineBreaks() throws {
        let script = """
            find a; show b

            # a comment line
            linked IJM \\
              depth 2
            lnked x
            show "a;b # not a comment"   # a comment
            """
        let items = StatementParser.parseScript(script)
        #expect(items.map(\.text) == ["find a", "show b", "linked IJM \\\n  depth 2", "lnked x",
                                      #"show "a;b # not a comment""#])
        #expect(items.map(\.startLine) == [1, 1, 4, 6, 7])
        #expect(try items[2].result.get().statement.linked?.depth?.value == 2)
        let failure = try #require(items[3].result.failureValue)
        #expect(failure.message == "unknown statement 'lnked'; did you mean 'linked'?")
        #expect(try items[4].result.get().statement.shown?.text == "a;b # not a comment")
    }

    @Test func locationsAreInTheItemsText() throws {
        let items = StatementParser.parseScript("show IJM\r\n   linked IJM dpeth 2\n")
        #expect(items.count == 2 && items[1].startLine == 2)
        let error = try #require(items[1].result.failureValue)
        #expect(error.range == location(11, 12)..<location(16, 17))
        #expect(try items[0].result.get().range == location(0, 1)..<location(8, 9))
    }

    @Test func parsingGoesOnAfterErrors() throws {
        let items = StatementParser.parseScript("show\nstats\nexport pdf\nquit\nshow \"open")
        #expect(items.map { (try? $0.result.get()) == nil } == [true, false, true, false, true])
        #expect(items[4].result.failureValue?.message.hasPrefix("unterminated string") == true)
    }

    @Test func quotedStringsMaySpanLines() throws {
        let items = StatementParser.parseScript("show \"two\nlines\"\nstats")
        #expect(items.count == 2)
        #expect(try items[0].result.get().statement.shown?.text == "two\nlines")
    }

    /// Whether the text goes on with the next line.
    private func needsContinuation(_ text: String) -> Bool {
        switch InputCompleteness.ending(of: text) {
        case .continued, .insideString: true
        case .complete, .blank: false
        }
    }

    @Test func endings() {
        #expect(InputCompleteness.ending(of: #"show "Henk"#) == .insideString(quote: UInt8(ascii: "\"")))
        #expect(InputCompleteness.ending(of: "linked IJM \\") == .continued)
        #expect(InputCompleteness.ending(of: "  # only a comment") == .blank)
        #expect(InputCompleteness.ending(of: #"Jan" depth 2"#, insideStringOpenedBy: UInt8(ascii: "\"")) == .complete)
        #expect(InputCompleteness.ending(of: #"Jan' depth 2"#, insideStringOpenedBy: UInt8(ascii: "\"")) == .insideString(quote: UInt8(ascii: "\"")))
        #expect(needsContinuation(#"show "Henk"#))
        #expect(needsContinuation("show 'Henk"))
        #expect(needsContinuation("linked IJM \\"))
        #expect(needsContinuation("linked IJM \\  "))
        #expect(needsContinuation("show \"a\nb"))
        #expect(!needsContinuation(#"show "Henk""#))
        #expect(!needsContinuation("show O'Brien"))
        #expect(!needsContinuation("linked IJM depth 2"))
        #expect(!needsContinuation("# comment \\"))
        #expect(!needsContinuation(#"show "a\"b""#))
        #expect(!needsContinuation(""))
        #expect(!needsContinuation("linked IJM \\\ndepth 2"))
    }

    @Test func oneMegabyteStatements() throws {
        let clock = ContinuousClock()
        let elapsed = try clock.measure {
            let words = String(repeating: "abc ", count: 262_144)
            #expect(try statement("find " + words).found?.count == 262_144 * 4 - 1)
            let name = String(repeating: "é", count: 500_000)
            #expect(try statement("show \"\(name)\"").shown?.text.count == 500_000)
            let error = try #require(parseError("show \"\(name)\" zz"))
            #expect(error.range?.lowerBound.column == 500_009)
            let rendered = ErrorRendering.render(error, source: "show \"\(name)\" zz", color: false)
            #expect(rendered.count < 600)
            #expect(parseError(String(repeating: "x", count: 1 << 20))?.message.count ?? 0 < 80)
            #expect(StatementParser.parseScript(String(repeating: "stats;", count: 100_000)).count == 100_000)
        }
        #expect(elapsed < .seconds(20))
    }
}

extension Result {
    var failureValue: Failure? { if case .failure(let error) = self { error } else { nil } }
}
