import Testing
@testable import CaseQuery

@Suite("Statement assembler: scripts a line at a time")
struct StatementAssemblerTests {
    @Test func wholeStatementsComeOutAtOnce() {
        var assembler = StatementAssembler()
        #expect(assembler.add("stats") == .init(text: "stats", firstLine: 1))
        #expect(assembler.add("") == nil && !assembler.isContinuing)
        #expect(assembler.add("   ") == nil)
        #expect(assembler.add(#"show "Henk"#) == nil && assembler.isContinuing)
        #expect(assembler.add(#"Jan" ; linked IJM \"#) == nil)
        #expect(assembler.add("  depth 2") == .init(text: "show \"Henk\nJan\" ; linked IJM \\\n  depth 2", firstLine: 4))
        #expect(assembler.add("# a comment with a \" quote") == nil && !assembler.isContinuing)
        #expect(assembler.add("show 'open") == nil)
        #expect(assembler.finish() == .init(text: "show 'open", firstLine: 8))
        #expect(assembler.finish() == nil && assembler.linesRead == 8)
    }

    @Test func discardingForgetsThePendingLines() {
        var assembler = StatementAssembler()
        #expect(assembler.add(#"show "a"#) == nil)
        assembler.discard()
        #expect(!assembler.isContinuing)
        #expect(assembler.add("stats") == .init(text: "stats", firstLine: 2))
    }

    /// Lines of decisive pieces: quotes of both kinds (inside and at the start of words),
    /// escapes, continuations with and without trailing spaces, comments, separators,
    /// Unicode spaces, and long runs that take the pending text past the every-line check.
    static func randomScript(_ random: inout SplitMix) -> [String] {
        let pieces = [#"""#, "'", "O'Brien", #"\"#, #"\\"#, #"\""#, "# c", ";", ",", " ", "\t", "\u{A0}", "show",
                      "linked", "ijm", "depth", "2", "é", "\r", "x\"y", " \\", "\\  "]
        var lines = [String]()
        for _ in 0..<random.next(below: 40) {
            var line = ""
            for _ in 0..<random.next(below: 8) { line += pieces[random.next(below: pieces.count)] }
            if random.next(below: 30) == 0 { line += String(repeating: "w ", count: 1500 + random.next(below: 3000)) }
            lines.append(line)
        }
        return lines
    }

    @Test("a script read a line at a time means what the whole script means")
    func sameAsTheWholeScript() {
        var random = SplitMix(seed: 0x5EED)
        for _ in 0..<600 {
            let lines = Self.randomScript(&random)
            let whole = StatementParser.parseScript(lines.joined(separator: "\n"))
            var assembler = StatementAssembler()
            var chunks = [StatementAssembler.Chunk]()
            for line in lines { assembler.add(line).map { chunks.append($0) } }
            assembler.finish().map { chunks.append($0) }
            let pieces = chunks.flatMap { chunk in
                StatementParser.parseScript(chunk.text).map { item in
                    // Where the item starts in the whole script, from where its chunk starts.
                    let start = ScriptPosition(name: "s", line: chunk.firstLine)
                        .locating(SourceLocation(offset: 0, line: item.startLine, column: item.startColumn))
                    return (item, start)
                }
            }
            let same = pieces.count == whole.count && zip(pieces, whole).allSatisfy { piece, item in
                piece.0.text == item.text && piece.1.line == item.startLine && piece.1.column == item.startColumn
                    && piece.0.result.failureValue?.message == item.result.failureValue?.message
            }
            if !same {
                Issue.record("differs for \(lines.map { String($0.prefix(80)) })")
                return
            }
        }
    }

    @Test func aLongOpenStringIsOneChunk() {
        var assembler = StatementAssembler()
        #expect(assembler.add(#"show "a"#) == nil)
        for _ in 0..<10_000 { #expect(assembler.add("garbage \\ ; # '") == nil) }
        let chunk = assembler.add(#"end \" \\" ; stats"#)
        #expect(chunk?.firstLine == 1)
        #expect(StatementParser.parseScript(chunk?.text ?? "").count == 2)
        // A continued statement goes on through blank and comment lines.
        #expect(assembler.add("linked \\") == nil)
        #expect(assembler.add("") == nil && assembler.add("  # depth 3") == nil && assembler.isContinuing)
        #expect(assembler.add("ijm") == .init(text: "linked \\\n\n  # depth 3\nijm", firstLine: 10_003))
    }

    @Test func positionsInTheScript() {
        let start = ScriptPosition(name: "q.cgq", line: 3, column: 8)
        #expect(start.locating(SourceLocation(offset: 11, line: 1, column: 12)).description == "q.cgq:3:19")
        #expect(start.locating(SourceLocation(offset: 30, line: 2, column: 4)).description == "q.cgq:4:4")
        #expect(start.locating(nil) == start)
        #expect(ScriptPosition(name: "\u{1B}[2Jx", line: 1).description == "\\u{1B}[2Jx:1:1")
    }

    @Test func errorsOfAScriptSayWhereInIt() throws {
        let items = StatementParser.parseScript("stats; linked ijm dpeth 2")
        let error = try #require(items[1].result.failureValue)
        let place = ScriptPosition(name: "q.cgq", line: 5).locating(SourceLocation(offset: 0, line: items[1].startLine,
                                                                                     column: items[1].startColumn))
        let lines = ErrorRendering.render(error, source: items[1].text, color: false, in: place).split(separator: "\n")
        #expect(lines[0] == "error: unexpected 'dpeth'; did you mean 'depth'?")
        #expect(lines[1] == "  --> q.cgq:5:19")
        #expect(lines[2] == "  linked ijm dpeth 2")
    }
}

/// A small deterministic generator for the random scripts.
struct SplitMix {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next(below bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}
