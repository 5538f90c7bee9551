import Testing
@testable import LineEditing

@Suite struct CompletionListingTests {
    @Test func fillsColumnsTopToBottom() {
        let items = ["Henk Jan Kamsteeg", "Hendrik Jansen", "Henk de Vries", "Hendrik Smit", "Henny de Wit"]
        #expect(CompletionListing.lines(for: items, width: 60) == [
            "Henk Jan Kamsteeg  Henk de Vries      Henny de Wit",
            "Hendrik Jansen     Hendrik Smit",
        ])
    }

    @Test func usesOneLineWhenEverythingFits() {
        #expect(CompletionListing.lines(for: ["Zoë", "Zoran"], width: 80) == ["Zoë    Zoran"])
    }

    @Test func usesOneColumnWhenTheTerminalIsNarrow() {
        #expect(CompletionListing.lines(for: ["alpha", "beta", "gamma"], width: 6) == ["alpha", "beta", "gamma"])
        #expect(CompletionListing.lines(for: ["a-long-name"], width: 0) == ["a-long-name"])
    }

    @Test func nothingToList() {
        #expect(CompletionListing.lines(for: [], width: 80).isEmpty)
    }

    @Test func measuresDisplayWidth() {
        #expect(CompletionListing.displayWidth("Zoë") == 3)
        #expect(CompletionListing.displayWidth("Zoe\u{308}") == 3)
        #expect(CompletionListing.displayWidth("漢字") == 4)
        #expect(CompletionListing.displayWidth("") == 0)
    }

    @Test func padsByDisplayWidth() {
        #expect(CompletionListing.lines(for: ["Zoe\u{308}", "abcd", "x", "y"], width: 10) == [
            "Zoe\u{308}   x",
            "abcd  y",
        ])
    }
}
