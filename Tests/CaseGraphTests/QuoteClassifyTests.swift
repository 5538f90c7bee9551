@testable import CaseGraph
import Testing

/// `QuoteLineTable.classify` reads eight bytes at a time where it can: it must tell what the
/// byte loop alone tells, on every line, whatever falls on a word's edge.
@Suite("Quote classification: word at a time equals byte at a time")
struct QuoteClassifyTests {
    /// Bytes that decide the answer: spaces, tabs and other controls, two-byte letters,
    /// lead bytes at and above 0xD8, multi-byte whitespace, combining marks, plain letters.
    static let pieces: [[UInt8]] = [
        [0x20], [0x20], [0x20, 0x20], [0x09], [0x0A], [0x0D], [0x01], [0x41], [0x62, 0x63, 0x64], [0x21],
        Array("ab cd ef".utf8), Array("abcdefgh".utf8), [0xC3, 0xA9], [0xD8, 0xA7], [0xDB, 0x9D], [0xC2, 0xA0],
        [0xE2, 0x80, 0x83], [0xE3, 0x80, 0x80], [0xCC, 0x81], [0xE2, 0x81, 0x9F], [0xE1, 0x9A, 0x80], [0x7F], [0x5F],
    ]

    @Test("random lines of decisive bytes, 20,000 seeds, every start offset")
    func randomLines() {
        for seed in 0..<20_000 as Range<UInt64> {
            var generator = SeededGenerator(seed: seed)
            var line = [UInt8]()
            for _ in 0..<(Int(generator.next() % 12)) {
                line += Self.pieces[Int(generator.next() % UInt64(Self.pieces.count))]
            }
            line.withUnsafeBufferPointer { bytes in
                for start in 0..<min(bytes.count + 1, 9) {
                    let part = UnsafeBufferPointer(rebasing: bytes[start...])
                    let fast = QuoteLineTable.classify(part, wordAtATime: true)
                    let slow = QuoteLineTable.classify(part, wordAtATime: false)
                    #expect(fast.kind == slow.kind && (fast.kind == .needsCharacters || fast.collapsed == slow.collapsed),
                            "seed \(seed), start \(start): \(Array(part))")
                }
            }
        }
    }

    @Test("collapsed on bytes only when that equals collapsing the Characters: every scalar of the BMP, planes 1, 2 and 14 sampled, beside whitespace")
    func everyScalarBesideWhitespace() {
        let scalars = Array(0xA0..<0xD800) + Array(0xE000..<0x1_0000) + Array(stride(from: 0x1_0000, to: 0x3_0000, by: 3))
            + Array(0xE_0000..<0xE_0200)
        var output = [UInt8]()
        var onBytes = 0
        for value in scalars {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            let c = String(Character(scalar))
            for line in ["a \(c)", "\(c) a", "a\t \(c)b", " \(c)", "\(c) ", "\(c)\(c) \(c)", "x\(c)  \(c)\u{301} y"] {
                let expected = Array(QuoteMatching.collapse(line).utf8)
                Array(line.utf8).withUnsafeBufferPointer { bytes in
                    let collapse = QuoteLineTable.collapseOnBytes(bytes, into: &output)
                    guard collapse != .needsCharacters else { return }
                    onBytes += 1
                    #expect(output == expected, "U+\(String(value, radix: 16)) in \(line.debugDescription)")
                }
            }
        }
        // Most scalars are letters, symbols or digits: their lines collapse on bytes.
        #expect(onBytes > scalars.count * 4)
    }

    @Test("text in Cyrillic, Greek, Arabic, CJK, Hangul and Latin with diacritics collapses on bytes; marks after a space do not")
    func scriptsOnBytes() {
        for line in ["Иван Петров встретился с ним.", "Ο Γιάννης είπε ναι.", "قال الشاهد إنه رآه", "他 在 台北 被 捕", "김 씨는 체포되었다",
                     "Zoë de Vries, São Paulo"] {
            Array(line.utf8).withUnsafeBufferPointer { #expect(QuoteLineTable.classify($0).kind == .bytesSuffice, "\(line)") }
        }
        for line in ["a \u{301}b", "a \u{200D}b", "a \u{93E}", "\u{600} a", "x \u{1F3FB}", "a \u{E33}"] {
            Array(line.utf8).withUnsafeBufferPointer { #expect(QuoteLineTable.classify($0).kind == .needsCharacters, "\(line.debugDescription)") }
        }
    }

    @Test("a long line: its answer changes with one byte anywhere")
    func everyPosition() {
        let base = Array("The police freed two children in Taguig after a tip. ".utf8) + Array("And more text here".utf8)
        for position in base.indices {
            for byte: UInt8 in [0x20, 0x09, 0xD8, 0xC3] {
                var line = base
                line[position] = byte
                if byte >= 0xC0 { line.insert(0xA7, at: position + 1) }
                line.withUnsafeBufferPointer { bytes in
                    let fast = QuoteLineTable.classify(bytes, wordAtATime: true)
                    let slow = QuoteLineTable.classify(bytes, wordAtATime: false)
                    #expect(fast.kind == slow.kind && fast.collapsed == slow.collapsed, "byte \(byte) at \(position)")
                }
            }
        }
    }

    @Test("line scans: the end is the byte loop's, a classification told is classify's; around every decisive byte")
    func lineScans() {
        // Line breaks, other controls, spaces, and bytes on either side of what the scan
        // calls plain (lead bytes 0xC2-0xCC and others, continuation bytes), among letters;
        // every start offset, so every byte falls on every position of a 16-byte block.
        let decisive: [[UInt8]] = [[0x0A], [0x0D], [0x00], [0x09], [0x0C], [0x0E], [0x1F], [0x20], [0x20, 0x20], [0x7F],
                                   [0xC2, 0xA0], [0xC2, 0xA9], [0xC3, 0xA9], [0xCB, 0x86], [0xCC, 0x81], [0xCD, 0xA3],
                                   [0xD0, 0x98], [0xE2, 0x80, 0x83], [0xE4, 0xBB, 0x96], [0xF0, 0x9F, 0x8F, 0xBB]]
        var plainSeen = 0, nonASCIIPlainSeen = 0
        for seed in 0..<5_000 as Range<UInt64> {
            var generator = SeededGenerator(seed: seed)
            var text = [UInt8]()
            for _ in 0..<(Int(generator.next() % 48)) {
                if generator.next() % 4 == 0 {
                    text += decisive[Int(generator.next() % UInt64(decisive.count))]
                } else {
                    text.append(UInt8(0x41 + generator.next() % 26))
                }
            }
            text.withUnsafeBufferPointer { bytes in
                for start in 0...bytes.count {
                    var expectedEnd = start
                    while expectedEnd < bytes.count && bytes[expectedEnd] != 0x0A && bytes[expectedEnd] != 0x0D { expectedEnd += 1 }
                    let (end, known) = QuoteLineTable.scanLine(in: bytes, from: start)
                    // Recorded only on a failure: a message made on every pass would cost more than the scan.
                    guard end == expectedEnd else {
                        Issue.record("seed \(seed), start \(start): end \(end), not \(expectedEnd), in \(Array(bytes))")
                        continue
                    }
                    guard let known else { continue }
                    plainSeen += 1
                    if known.kind != .ascii { nonASCIIPlainSeen += 1 }
                    let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
                    let exact = QuoteLineTable.classify(line)
                    if known.kind != exact.kind || known.collapsed != exact.collapsed {
                        Issue.record("seed \(seed), start \(start): \(Array(line)) scanned \(known), classified \(exact)")
                    }
                }
            }
        }
        // The scan must answer for many lines, not leave every one to `classify`.
        #expect(plainSeen > 20_000 && nonASCIIPlainSeen > 4_000, "\(plainSeen) plain lines, \(nonASCIIPlainSeen) not ASCII")
    }
}
