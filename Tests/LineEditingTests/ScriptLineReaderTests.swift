import Testing
import LineEditing

@Suite struct ScriptLineReaderTests {
    @Test func replaysLinesThenEndOfInputAndRecordsPrompts() {
        var reader = ScriptLineReader(lines: ["find Zoë", ""])
        #expect(reader.readLine(prompt: "cg> ") == .line("find Zoë"))
        #expect(reader.readLine(prompt: "...> ") == .line(""))
        #expect(reader.readLine(prompt: "cg> ") == .endOfInput)
        #expect(reader.readLine(prompt: "cg> ") == .endOfInput)
        #expect(reader.prompts == ["cg> ", "...> ", "cg> ", "cg> "])
    }

    @Test func replaysInterruptionsAndStopsAtEndOfInput() {
        var reader = ScriptLineReader(results: [.interrupted, .line("a"), .endOfInput, .line("never")])
        #expect(reader.readLine(prompt: "") == .interrupted)
        #expect(reader.readLine(prompt: "") == .line("a"))
        #expect(reader.readLine(prompt: "") == .endOfInput)
        #expect(reader.readLine(prompt: "") == .endOfInput)
        #expect(reader.remaining.isEmpty)
    }

    @Test func worksThroughTheProtocol() {
        var reader: any LineReading = ScriptLineReader(lines: ["x"])
        #expect(reader.readLine(prompt: "") == .line("x"))
    }
}
