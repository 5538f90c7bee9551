@testable import CaseGraph
import Testing

/// `QuoteCheckQueue` shared by several threads finds the same missing quotes as one
/// `QuoteIndex` per document, checked in order on one thread.
@Suite("Quote check queue: same missing quotes on any number of threads")
struct QuoteCheckQueueTests {
    typealias Check = (check: Int32, quote: String)

    /// Random documents (some unreadable) and checks citing them, quotes drawn from the
    /// documents' lines, their non-ASCII neighbours and random pieces.
    static func workload(seed: UInt64) -> (texts: [String?], checks: [[Check]]) {
        var generator = SeededGenerator(seed: seed)
        let documentCount = 1 + Int(generator.next() % 6)
        var texts = [String?]()
        for _ in 0..<documentCount {
            let text = QuoteIndexTests.random(&generator, pieces: 1 + Int(generator.next() % 60))
            texts.append(generator.next() % 5 == 0 ? nil : text)
        }
        var checks = [[Check]](repeating: [], count: documentCount)
        for check in 0..<Int32(generator.next() % 200) {
            let document = Int(generator.next() % UInt64(documentCount))
            let lines = (texts[document] ?? "").split(whereSeparator: { $0.isNewline }).map(String.init)
            let quote = generator.next() % 2 == 0 && !lines.isEmpty
                ? lines[Int(generator.next() % UInt64(lines.count))]
                : QuoteIndexTests.random(&generator, pieces: 1 + Int(generator.next() % 4))
            checks[document].append((check, quote))
        }
        return (texts, checks)
    }

    /// A queue of `checks`: the even-numbered checks' quotes packed as edge quotes, the others as node quotes.
    static func queue(texts: [String?], checks: [[Check]], cancellation: Cancellation) -> QuoteCheckQueue {
        var edgeQuotes = PackedStrings(), nodeQuotes = PackedStrings()
        var coded = [[QuoteCheckQueue.Check]]()
        for documentChecks in checks {
            coded.append(documentChecks.map { check in
                if check.check % 2 == 0 {
                    edgeQuotes.append(check.quote)
                    return QuoteCheckQueue.Check(check: check.check, quote: Int32(edgeQuotes.count - 1))
                }
                nodeQuotes.append(check.quote)
                return QuoteCheckQueue.Check(check: check.check, quote: ~Int32(nodeQuotes.count - 1))
            })
        }
        return QuoteCheckQueue(texts: texts.map { $0.map { DocumentText($0) } }, checks: coded, edgeQuotes: edgeQuotes, nodeQuotes: nodeQuotes,
                               cancellation: cancellation)
    }

    static func expectedMissing(texts: [String?], checks: [[Check]]) -> [Int] {
        var missing = [Int]()
        for (document, documentChecks) in checks.enumerated() {
            guard let text = texts[document] else { continue }
            var index = QuoteIndex(text)
            missing += documentChecks.filter { !index.contains($0.quote) }.map { Int($0.check) }
        }
        return missing.sorted()
    }

    @Test("one, two and three threads, 300 seeds")
    func agreesWithOneIndexPerDocument() {
        for seed in 0..<300 as Range<UInt64> {
            let (texts, checks) = Self.workload(seed: seed)
            let expected = Self.expectedMissing(texts: texts, checks: checks)
            for threads in 1...3 {
                let queue = Self.queue(texts: texts, checks: checks, cancellation: .never)
                let helpers = (1..<threads).map { _ in BackgroundTask { queue.checkDocuments() } }
                #expect(queue.checkDocuments())
                #expect(helpers.allSatisfy { $0.wait() == true })
                #expect(queue.missingChecks() == expected, "seed \(seed), \(threads) threads")
            }
        }
    }

    @Test("a fired cancellation stops every thread and is reported")
    func cancelled() {
        let checks = [(0..<10_000).map { (check: Int32($0), quote: "Fact \($0).") }]
        let queue = Self.queue(texts: ["Fact 1."], checks: checks, cancellation: Cancellation { true })
        let helper = BackgroundTask { queue.checkDocuments() }
        let finished = queue.checkDocuments()
        let helped = helper.wait()
        #expect(!finished || helped == false)
        #expect(queue.wasCancelled)
    }

    @Test("non-ASCII quotes collapsed on bytes, found as lines or not")
    func nonASCIIQuotes() {
        let text = "Zo\u{EB} de Vries met \u{C9}mile.\nCaf\u{E9}  cr\u{E8}me\n\u{212A}elvin \u{E9}t\u{E9}\n"
        var index = QuoteIndex(text)
        for quote in ["Zo\u{EB} de Vries met \u{C9}mile.", "  Zo\u{EB}\tde Vries met \u{C9}mile. ", "Caf\u{E9} cr\u{E8}me",
                      "Cafe\u{301} cre\u{300}me", "Kelvin \u{E9}t\u{E9}", "\u{212A}elvin e\u{301}te\u{301}", "de Vries",
                      "\u{C9}mile. Caf\u{E9}", "cr\u{E8}me K", "\u{E9}t\u{E9} ", "Zo\u{EB} \u{301}de", "Absent \u{E9}"] {
            #expect(index.contains(quote) == QuoteIndexTests.expected(text, quote), "\(quote.debugDescription)")
        }
    }
}
