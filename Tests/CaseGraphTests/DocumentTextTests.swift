@testable import CaseGraph
import CLineScan
import Foundation
import Testing

/// A document's copy read from disk is mapped, and its bytes stand for its text once they are
/// found well-formed UTF-8: the quote check then answers as it does over the `String` of the
/// same bytes; a copy that is not well-formed becomes a `String`, repaired, as before.
@Suite("Document texts: mapped bytes, checked UTF-8")
struct DocumentTextTests {
    /// Byte strings near UTF-8: scalars of every length, then a byte changed, cut or added.
    static func nearUTF8(_ generator: inout SeededGenerator) -> [UInt8] {
        let pieces: [[UInt8]] = [Array("plain text ".utf8), Array("é".utf8), Array("€".utf8), Array("😀".utf8), Array("\u{10FFFF}".utf8),
                                 Array("\u{FFFD}".utf8), Array("\u{D7FF}".utf8), Array("\u{E000}".utf8), Array(repeating: 0x61, count: 17)]
        var bytes = (0..<Int(generator.next() % 12)).flatMap { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }
        for _ in 0..<Int(generator.next() % 3) where !bytes.isEmpty {
            let at = Int(generator.next() % UInt64(bytes.count))
            switch generator.next() % 3 {
            case 0: bytes[at] = UInt8(truncatingIfNeeded: generator.next())
            case 1: bytes.remove(at: at)
            default: bytes.insert([0x80, 0xBF, 0xC0, 0xC1, 0xE0, 0xED, 0xF0, 0xF4, 0xF5, 0xFF][Int(generator.next() % 10)], at: at)
            }
        }
        return bytes
    }

    @Test("the validity check agrees with String(validating:) on 20,000 byte strings near UTF-8, and on every 2-byte one")
    func validity() {
        func check(_ bytes: [UInt8]) -> Bool {
            bytes.withUnsafeBufferPointer { cg_utf8_is_valid($0.baseAddress, $0.count) != 0 }
        }
        var generator = SeededGenerator(seed: 5)
        for round in 0..<20_000 {
            let bytes = Self.nearUTF8(&generator)
            #expect(check(bytes) == (String(validating: bytes, as: UTF8.self) != nil), "round \(round): \(bytes)")
        }
        for first in 0..<256 {
            for second in 0..<256 {
                let bytes = [UInt8(first), UInt8(second)]
                #expect(check(bytes) == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes)")
            }
        }
        for bytes: [UInt8] in [[0xED, 0xA0, 0x80], [0xE0, 0x9F, 0xBF], [0xF0, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80],
                               [0xEF, 0xBF, 0xBF], [0xF4, 0x8F, 0xBF, 0xBF], [0xE2, 0x82], []] {
            #expect(check(bytes) == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes)")
        }
    }

    /// A temporary folder, removed by the caller.
    static func folder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cg-text-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test("a well-formed copy is mapped; the quote check over it answers as over its String, small and large files")
    func mappedAnswersAsString() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for (name, lines) in [("small", 40), ("large", 40_000)] {
            let text = (0..<lines).map { "Line \($0): Zoë met Ωmega  in Taguig\($0 % 7 == 0 ? " " : "")" }.joined(separator: "\n")
            let path = folder + "/\(name).txt"
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            let read = try #require(GraphLoader.readDocumentText(path))
            #expect(read == DocumentText(text) && read.string == text, "\(name)")
            var mapped = QuoteIndex(read, reusing: QuoteLineTable()), plain = QuoteIndex(text)
            for quote in ["Line 7: Zoë met Ωmega in Taguig", "Line 8: Zoë met Ωmega in Taguig", "Zoë met", "Line 9: Zoe", "missing", ""] {
                #expect(mapped.contains(quote) == plain.contains(quote), "\(name): \(quote)")
            }
        }
    }

    @Test("a copy that is not well-formed is read repaired: a quote of the repaired line is found, by a load too")
    func malformedCopyIsRepaired() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let bytes = Array("First line.\nBad \u{FF} byte here.\n".utf8).map { $0 == 0xC3 ? 0xFF : $0 }.filter { $0 != 0xBF }
        #expect(String(validating: bytes, as: UTF8.self) == nil)
        try Data(bytes).write(to: URL(fileURLWithPath: folder + "/d.txt"))
        let read = try #require(GraphLoader.readDocumentText(folder + "/d.txt"))
        #expect(read.string == String(decoding: bytes, as: UTF8.self))
        let checked = read.checked(), repaired = String(decoding: bytes, as: UTF8.self)
        #expect(checked.withUTF8 { Array($0) } == Array(repaired.utf8) && checked == read && checked == DocumentText(repaired))
        let graph = #"{"directed":true,"multigraph":true,"graph":{"documents":[{"id":"d","title":"D","path":"d.txt"}]},"#
            + #""nodes":[{"id":"a","type":"person","name":"A","sources":[{"document":"d","quote":"Bad \ufffd byte here."}]},"#
            + #"{"id":"b","type":"person","name":"B","sources":[{"document":"d","quote":"First line."}]}],"#
            + #""edges":[{"id":"e","source":"a","target":"b","type":"knows","sources":[{"document":"d","quote":"Bad byte"}]}]}"#
        try graph.write(toFile: folder + "/g.json", atomically: true, encoding: .utf8)
        let loaded = try GraphLoader.load(paths: [folder + "/g.json"])
        #expect(loaded.warnings.map(\.path) == ["edges[0].sources[0].quote"])
    }
}
