@testable import CaseGraph
import Testing

/// `QuoteIndex.contains` against its definition: the collapsed quote is a substring of the
/// collapsed document, compared as `Character`s.
@Suite("Quote index: same answers as searching the collapsed text")
struct QuoteIndexTests {
    static func expected(_ text: String, _ quote: String) -> Bool {
        QuoteMatching.collapse(text).contains(QuoteMatching.collapse(quote))
    }

    /// Pieces that stress the byte paths: line breaks, runs of whitespace, non-ASCII
    /// whitespace, combining marks, precomposed and decomposed letters, the Kelvin sign
    /// (canonically equal to "K"), a prepended concatenation mark (U+0600, which joins the
    /// space after it), a right quotation mark (not whitespace, though its bytes start like
    /// U+2000's), Cyrillic and Greek letters and marks, a zero-width joiner; words in Cyrillic,
    /// Arabic, Chinese and Korean, Thai's SARA AM and a Devanagari vowel sign (spacing marks),
    /// an emoji and a skin-tone modifier (which extends a grapheme), and more Prepend scalars.
    static let pieces = ["a", "b", "K", "\u{212A}", "é", "e\u{301}", "\u{301}", " ", "  ", "\t", "\n", "\r\n", "\r",
                         "\u{A0}", "\u{2028}", "line", ".", "Fact 1.", "ü",
                         "\u{600}", "\u{2019}", "\u{2000}", "\u{3000}", "\u{483}", "Ω", "\u{200D}",
                         "слово", "سلام", "中文", "\u{E33}", "\u{93E}", "\u{1F3FB}", "👍", "한", "\u{D4E}", "\u{110BD}"]

    static func random(_ generator: inout SeededGenerator, pieces count: Int) -> String {
        (0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
    }

    @Test("random documents and quotes, 2,000 seeds")
    func randomAgreement() {
        for seed in 0..<2000 as Range<UInt64> {
            var generator = SeededGenerator(seed: seed)
            let text = Self.random(&generator, pieces: 1 + Int(generator.next() % 40))
            var index = QuoteIndex(text)
            let lines = text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }).map(String.init)
            var quotes = lines + lines.map { " \($0)\t" }
            for _ in 0..<20 { quotes.append(Self.random(&generator, pieces: 1 + Int(generator.next() % 5))) }
            for quote in quotes {
                #expect(index.contains(quote) == Self.expected(text, quote), "seed \(seed): \(quote.debugDescription) in \(text.debugDescription)")
            }
        }
    }

    @Test("documents of many lines (several windows of the table's look-ahead), the table reused: every line found")
    func manyLines() {
        var table = QuoteLineTable()
        for seed in 0..<150 as Range<UInt64> {
            var generator = SeededGenerator(seed: seed)
            let lines = (0..<(20 + Int(generator.next() % 100))).map { _ in Self.random(&generator, pieces: 1 + Int(generator.next() % 6)) }
            let text = lines.joined(separator: generator.next() % 2 == 0 ? "\n" : "\r\n")
            var index = QuoteIndex(DocumentText(text), reusing: table)
            let quotes = lines.flatMap { $0.split(whereSeparator: \.isNewline).map(String.init) } + ["Missing", "line line"]
            for quote in quotes {
                #expect(index.contains(quote) == Self.expected(text, quote), "seed \(seed): \(quote.debugDescription)")
            }
            table = index.lines
        }
    }

    @Test("whole lines, repeated lines, partial lines and canonical equivalents")
    func cases() {
        let text = "First line.\nSecond   line\there.\r\nFirst line.\nCaf\u{E9} au lait\n\u{212A}elvin\n"
        var index = QuoteIndex(text)
        for quote in ["First line.", "Second line here.", "  Second\nline  here. ", "line here. First", "Cafe\u{301} au lait",
                      "Kelvin", "Café", "Missing", "First line. Second", "e", "\u{301}", "lait K"] {
            #expect(index.contains(quote) == Self.expected(text, quote), "\(quote.debugDescription)")
        }
        let (found, missing) = (index.contains("Second line here."), index.contains("Missing"))
        #expect(found && !missing)
    }

    /// The three scalars canonically equal to an ASCII character (U+212A, U+037E, U+1FEF) inside
    /// lines of a text that is not ASCII: a quote spelling them in ASCII is found, though its
    /// ASCII runs are not all in the text's bytes; runs that are not there rule a quote out.
    @Test("ASCII singletons inside lines: found; a missing ASCII run: missing")
    func singletons() {
        let text = "Temperature in \u{212A}elvin and grade x\u{37E} yes, then ab\u{1FEF}cdefgh done. Zo\u{EB}.\n"
        var index = QuoteIndex(text)
        for quote in ["in Kelvin and grade", "grade x; yes, then", "then ab`cdefgh", "in Kelvin and grade x; yes",
                      "Kelvin and grade", "in Kelvin and grades", "Zo\u{EB}. Missing words", "yes, them", "x\u{37E} yes"] {
            #expect(index.contains(quote) == Self.expected(text, quote), "\(quote.debugDescription)")
        }
        #expect(index.contains("in Kelvin and grade x; yes") && !index.contains("yes, them"))
    }
}
