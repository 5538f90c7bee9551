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

    @Test("line ends: word at a time equals the byte loop, around every byte below and above 0x0E")
    func lineEnds() {
        // Bytes the word test flags or nearly flags (0x0A, 0x0D, other controls, 0x0E, 0x8E,
        // 0xFF), among letters; every start offset, so every byte falls on every word position.
        let decisive: [UInt8] = [0x0A, 0x0D, 0x00, 0x09, 0x0C, 0x0E, 0x0F, 0x8A, 0x8D, 0x8E, 0xFF, 0x20]
        for seed in 0..<5_000 as Range<UInt64> {
            var generator = SeededGenerator(seed: seed)
            var text = [UInt8]()
            for _ in 0..<(Int(generator.next() % 40)) {
                text.append(generator.next() % 4 == 0 ? decisive[Int(generator.next() % UInt64(decisive.count))]
                                                       : UInt8(0x41 + generator.next() % 26))
            }
            text.withUnsafeBufferPointer { bytes in
                for start in 0...bytes.count {
                    let fast = QuoteLineTable.lineEnd(in: bytes, from: start, wordAtATime: true)
                    let slow = QuoteLineTable.lineEnd(in: bytes, from: start, wordAtATime: false)
                    #expect(fast == slow, "seed \(seed), start \(start): \(Array(bytes))")
                    #expect(fast == bytes.count || bytes[fast] == 0x0A || bytes[fast] == 0x0D)
                }
            }
        }
    }
}
