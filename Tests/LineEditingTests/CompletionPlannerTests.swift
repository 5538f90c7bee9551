import Testing
@testable import LineEditing

@Suite struct CompletionPlannerTests {
    private func plan(
        _ line: String, wordStart: Int, _ replacements: [String], repeated: Bool = false, cursor: Int? = nil
    ) -> CompletionAction {
        CompletionPlanner.action(
            line: line, cursor: cursor ?? line.utf8.count, wordStart: wordStart,
            candidates: replacements.map { Completion(replacement: $0) }, isRepeatedTab: repeated
        )
    }

    @Test func noCandidatesBeeps() {
        #expect(plan("find Xy", wordStart: 5, []) == .beep)
        #expect(plan("find Xy", wordStart: 5, [], repeated: true) == .beep)
    }

    @Test func oneCandidateIsInsertedWithASpace() {
        #expect(plan("find Zo", wordStart: 5, ["Zoë"]) == .replace(start: 5, end: 7, text: "Zoë ", isPartial: false))
        #expect(plan("find ze", wordStart: 5, ["Zeeman"]) == .replace(start: 5, end: 7, text: "Zeeman ", isPartial: false))
    }

    @Test func quotedCandidatesReplaceTheQuotedWord() {
        let line = #"path "Henk J"#
        #expect(plan(line, wordStart: 5, [#""Henk Jan Kamsteeg""#])
            == .replace(start: 5, end: 12, text: #""Henk Jan Kamsteeg" "#, isPartial: false))
    }

    @Test func noSpaceWhenTheCandidateAsksNotOrOneFollows() {
        let noSpace = CompletionPlanner.action(
            line: "load gra", cursor: 8, wordStart: 5,
            candidates: [Completion(replacement: "graphs/", appendsSpace: false)], isRepeatedTab: false
        )
        #expect(noSpace == .replace(start: 5, end: 8, text: "graphs/", isPartial: false))
        #expect(plan("find Zo and", wordStart: 5, ["Zoë"], cursor: 7) == .replace(start: 5, end: 7, text: "Zoë", isPartial: false))
    }

    @Test func duplicateCandidatesCountAsOne() {
        #expect(plan("Zo", wordStart: 0, ["Zoë", "Zoë"]) == .replace(start: 0, end: 2, text: "Zoë ", isPartial: false))
    }

    @Test func severalCandidatesInsertTheirCommonPrefix() {
        #expect(plan("path hen", wordStart: 5, [#""Henk Jan Kamsteeg""#, #""Hendrik Jansen""#])
            == .replace(start: 5, end: 8, text: #""Hen"#, isPartial: true))
        #expect(plan("it", wordStart: 0, ["item1", "item10"]) == .replace(start: 0, end: 2, text: "item1", isPartial: true))
    }

    @Test func theCommonPrefixMayFixTheCase() {
        #expect(plan("zo", wordStart: 0, ["Zoë", "Zoran"]) == .replace(start: 0, end: 2, text: "Zo", isPartial: true))
    }

    @Test func withoutProgressTheFirstTabBeepsAndTheSecondLists() {
        let candidates = ["Zoë", "Zoran"]
        #expect(plan("find Zo", wordStart: 5, candidates) == .beep)
        #expect(plan("find Zo", wordStart: 5, candidates, repeated: true)
            == .list(candidates.map { Completion(replacement: $0) }))
    }

    @Test func aShorterCommonPrefixNeverDeletesTypedText() {
        // Matching is the completer's business: "zoe" may match "Zoë" and "Zoe".
        #expect(plan("zoe", wordStart: 0, ["Zoë", "Zoe Smit"]) == .beep)
    }

    @Test func wordStartIsClampedToTheCursor() {
        #expect(plan("ab", wordStart: 9, ["x"]) == .replace(start: 2, end: 2, text: "x ", isPartial: false))
        #expect(plan("ab", wordStart: -1, ["x"]) == .replace(start: 0, end: 2, text: "x ", isPartial: false))
    }

    @Test func longestCommonPrefixComparesCharacters() {
        #expect(CompletionPlanner.longestCommonPrefix([]) == "")
        #expect(CompletionPlanner.longestCommonPrefix(["Filipijnse autoriteiten"]) == "Filipijnse autoriteiten")
        #expect(CompletionPlanner.longestCommonPrefix(["Zoë", "Zoëlla"]) == "Zoë")
        #expect(CompletionPlanner.longestCommonPrefix(["Zoë", "Zoe"]) == "Zo")
        // "e" + combining acute is one Character: it is kept or dropped whole.
        #expect(CompletionPlanner.longestCommonPrefix(["Rene\u{301}", "Rene"]) == "Ren")
        #expect(CompletionPlanner.longestCommonPrefix(["Rene\u{301}a", "Ren\u{E9}b"]) == "Rene\u{301}")
        #expect(CompletionPlanner.longestCommonPrefix(["abc", "xyz", "abd"]) == "")
    }
}
