@testable import CaseGraph
import Foundation
import Testing

/// `SubstringIndex.occurrences` against a naive search, and `QuoteIndex.contains` on quotes
/// that are pieces of lines (the searches that go through the index) against its definition.
@Suite("Substring index: every occurrence, and quotes inside lines")
struct SubstringIndexTests {
    /// Every start of `needle` in `text`, one position at a time.
    static func naive(_ needle: [UInt8], in text: [UInt8]) -> [Int] {
        guard !needle.isEmpty, needle.count <= text.count else { return [] }
        return (0...(text.count - needle.count)).filter { text[$0..<($0 + needle.count)].elementsEqual(needle) }
    }

    static func found(_ needle: [UInt8], in text: [UInt8], indexed: Bool, budget: Int = SubstringIndex.positionBudget) -> [Int] {
        var starts = [Int]()
        text.withUnsafeBufferPointer { bytes in
            let index = indexed ? SubstringIndex(bytes, positionBudget: budget) : nil
            needle.withUnsafeBufferPointer { needle in
                _ = SubstringIndex.occurrences(of: needle, in: bytes, index: index) { starts.append($0); return false }
            }
        }
        return starts.sorted()
    }

    @Test("random texts over small alphabets (many matches, shared grams): indexed, with strides, and scanned")
    func randomAgreement() {
        for seed in 0..<400 as Range<UInt64> {
            var generator = SeededGenerator(seed: seed)
            let alphabet = 1 + Int(generator.next() % 4)
            let text = (0..<Int(generator.next() % 3000)).map { _ in UInt8(97 + generator.next() % UInt64(alphabet)) }
            for _ in 0..<30 {
                let length = Int(generator.next() % 40)
                var needle: [UInt8]
                if generator.next() % 2 == 0, text.count > length {
                    let start = Int(generator.next() % UInt64(text.count - length))
                    needle = Array(text[start..<(start + length)])
                } else {
                    needle = (0..<length).map { _ in UInt8(97 + generator.next() % UInt64(alphabet + 1)) }
                }
                let expected = Self.naive(needle, in: text)
                #expect(Self.found(needle, in: text, indexed: true) == expected, "seed \(seed), needle \(needle.count) bytes")
                // Every 1st to 7th position indexed, as in texts beyond the budget.
                let budget = Swift.max(1, text.count / (1 + Int(seed % 7)))
                #expect(Self.found(needle, in: text, indexed: true, budget: budget) == expected,
                        "seed \(seed), budget \(budget), needle \(needle.count) bytes")
                #expect(Self.found(needle, in: text, indexed: false) == expected, "seed \(seed), needle \(needle.count) bytes")
            }
        }
    }

    @Test("a stop from the callback ends the search; texts shorter than a gram are not indexed")
    func stopsAndShortTexts() {
        let text = Array("abcabcabcabcabcabc".utf8)
        var calls = 0
        text.withUnsafeBufferPointer { bytes in
            let index = SubstringIndex(bytes)
            #expect(index != nil)
            Array("abcabcabc".utf8).withUnsafeBufferPointer { needle in
                let stopped = SubstringIndex.occurrences(of: needle, in: bytes, index: index) { _ in calls += 1; return calls == 2 }
                #expect(stopped && calls == 2)
            }
        }
        Array("short".utf8).withUnsafeBufferPointer { #expect(SubstringIndex($0) == nil) }
        #expect(Self.found(Array("ort".utf8), in: Array("short".utf8), indexed: true) == [2])
    }

    /// Quotes cut from random texts of the quote tests' pieces at scalar boundaries (so graphemes
    /// and canonical sequences are split at their edges), more of them than a document's scans
    /// before its index is made, and the same quotes with their whitespace changed.
    @Test("quotes inside lines, past the scans before indexing: same answers as the Character search")
    func quotesInsideLines() {
        for seed in 0..<300 as Range<UInt64> {
            var generator = SeededGenerator(seed: seed)
            let text = QuoteIndexTests.random(&generator, pieces: 20 + Int(generator.next() % 120))
            var index = QuoteIndex(text)
            let scalars = Array(text.unicodeScalars)
            var quotes = [String]()
            for _ in 0..<(QuoteIndex.scansBeforeIndexing + 40) {
                let length = 1 + Int(generator.next() % 30)
                guard scalars.count > length else { break }
                let start = Int(generator.next() % UInt64(scalars.count - length))
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[start..<(start + length)])
                let quote = String(view)
                quotes.append(generator.next() % 4 == 0 ? quote.replacingOccurrences(of: " ", with: "\n ") : quote)
            }
            for quote in quotes {
                #expect(index.contains(quote) == QuoteIndexTests.expected(text, quote), "seed \(seed): \(quote.debugDescription) in \(text.debugDescription)")
            }
        }
    }

    @Test("plain scalars: letters and punctuation, not marks, joiners, jamo, flags or prepended marks")
    func plainScalars() {
        for plain in ["a", ".", "é", "ß", "Ω", "ж", "中", "€", "“"] {
            #expect(QuoteIndex.isPlain(plain.unicodeScalars.first!), "\(plain)")
        }
        for joining in ["\r", "\u{301}", "\u{200D}", "\u{93E}", "\u{1100}", "한", "\u{1F1F3}", "\u{600}", "👍", "\u{1F3FB}", "\u{E33}"] {
            #expect(!QuoteIndex.isPlain(joining.unicodeScalars.first!), "\(joining.debugDescription)")
        }
    }
}
