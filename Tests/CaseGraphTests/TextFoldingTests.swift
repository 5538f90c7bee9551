@testable import CaseGraph
import Testing

/// The fast folds (ASCII, Latin letters) must give exactly Foundation's fold.
@Suite("Text folding: the fast paths agree with Foundation")
struct TextFoldingTests {
    @Test("every scalar of the tables, alone, upper and lower, between words")
    func everyTableScalar() {
        var handled = 0
        for block in ScalarFolding.allBlocks {
            for value in block {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let letter = String(Character(scalar))
                for text in [letter, "A" + letter + "b", " x " + letter + letter + "  Y ", letter.uppercased(), letter.lowercased()] {
                    #expect(TextFolding.fold(text) == TextFolding.foldWithFoundation(text), "U+\(String(value, radix: 16))")
                }
                if ScalarFolding.fold(value) != 0 { handled += 1 }
            }
        }
        // Most of the tables' scalars have a fold: the fast path is not a no-op.
        #expect(handled > 33_000, "\(handled) of \(ScalarFolding.allBlocks.map(\.count).reduce(0, +))")
    }

    @Test("names as case files write them, and whitespace of every kind")
    func names() {
        let names = ["Владимир Ёлкин", "Ἀθῆναι", "Σίσυφος ΣΊΣΥΦΟΣ", "محمد بن سلمان", "מֹשֶׁה", "שלום", "東京都 新宿区", "がぎぐ パピプ",
                     "김정은", "ნინო", "नमस्ते", "สวัสดี", "Հայաստան", "Zoë de Vries", "  Ivanović,\u{A0}Ana ", "Nguyễn Thị Minh Khai", "Şahin\tMüller", "STRAßE", "Łódź",
                     "Dvořák\u{2003}Antonín", "Ærø", "Þór Øster", "ǅemal", "Ĳsselmeer", "Ðorđe", "İstanbul", "naïve café",
                     "e\u{301}cole", "Москва", "北京", "O’Brien", "Jean-Luc Picard", "a\r\nb", "\u{85}x\u{85}", ""]
        for name in names {
            #expect(TextFolding.fold(name) == TextFolding.foldWithFoundation(name), "\(name)")
        }
        #expect(TextFolding.fold("Zoë  DE\u{A0}Vries") == "zoe de vries")
        #expect(TextFolding.foldByScalar("Зоя") == "зоя")
        #expect(TextFolding.foldByScalar("ΆΘΗΝΑ") == "αθηνα")
        #expect(TextFolding.foldByScalar("e\u{301}") == nil)
        #expect(TextFolding.foldByScalar("🙂") == nil)
    }

    @Test("random mixes of ASCII, table letters, spaces and other scalars", arguments: 0..<8)
    func randomMixes(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let pool: [UInt32] = Array(0x20...0x7E) + Array(0xC0...0x24F) + Array(0x1E00...0x1EFF)
            + [0x09, 0x0A, 0x85, 0xA0, 0x2003, 0x3000, 0x301, 0x308, 0x41F, 0x4E2D, 0x2019]
            + Array(0x370...0x6FF) + Array(0x900...0x97F) + Array(0xE00...0xE7F) + Array(0x10A0...0x10FF)
            + Array(0x3040...0x30FF) + Array(stride(from: 0x4E00, through: 0x9FFF, by: 97))
            + Array(stride(from: 0xAC00, through: 0xD7A3, by: 53)) + Array(0x1100...0x1112) + Array(0x1161...0x1175)
            + Array(0x11A8...0x11C2) + [0x200D, 0x200C, 0xFE0F, 0x1F642]
        for _ in 0..<400 {
            let length = Int(generator.next() % 12)
            var text = ""
            for _ in 0..<length {
                if let scalar = Unicode.Scalar(pool[Int(generator.next() % UInt64(pool.count))]) { text.unicodeScalars.append(scalar) }
            }
            #expect(TextFolding.fold(text) == TextFolding.foldWithFoundation(text), "\(Array(text.unicodeScalars))")
        }
    }

    @Test("a key folded in place in the packed keys is the same bytes as fold's", arguments: 0..<4)
    func foldedInPlace(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        // Mostly ASCII (spaces of every kind, capitals), now and then a letter beyond it.
        let pool: [UInt32] = Array(0x20...0x7E) + [0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x20, 0x20, 0x41, 0x5A, 0x40, 0x5B]
            + [0xE9, 0xA0, 0x85, 0x301, 0x41F, 0x1F642]
        var keys = PackedKeys(), texts = [String]()
        for _ in 0..<2_000 {
            let length = Int(generator.next() % 14)
            var text = ""
            for _ in 0..<length {
                if let scalar = Unicode.Scalar(pool[Int(generator.next() % UInt64(pool.count))]) { text.unicodeScalars.append(scalar) }
            }
            Array(text.utf8).withUnsafeBufferPointer { keys.appendFolded(utf8: $0) }
            texts.append(text)
        }
        keys.withKeyBytes { bytes, starts in
            for (position, text) in texts.enumerated() {
                let key = String(decoding: PackedKeys.key(position, in: bytes, starts), as: UTF8.self)
                #expect(key == TextFolding.fold(text), "\(Array(text.unicodeScalars))")
            }
        }
        // Some texts were ASCII with something to fold, some were not ASCII: both paths ran.
        #expect(texts.contains { $0.utf8.allSatisfy { $0 < 0x80 } && TextFolding.fold($0) != $0 })
        #expect(texts.contains { !$0.utf8.allSatisfy { $0 < 0x80 } })
    }
}
