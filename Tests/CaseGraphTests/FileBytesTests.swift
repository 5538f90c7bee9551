@testable import CaseGraph
import Foundation
import Testing

/// The pieces that let the fast path free a file as it reads it: `LineCounter` answers
/// what `LineTable` answers, `FileBytes` hands pages back, and a file whose pages were
/// handed back is read again when the slow path has to report on it.
@Suite("Reading a file once: line counter, file bytes, read again for the slow path")
struct FileBytesTests {
    static let pieces = ["a", "é", "\n", "\r", "\r\n", "  ", "{", "\u{1F600}", "xxxxxxxxxxxxxxxx"]

    @Test("LineCounter agrees with LineTable on increasing offsets, 500 seeds")
    func lineCounterAgrees() {
        for seed in 0..<500 as Range<UInt64> {
            var generator = SeededGenerator(seed: seed)
            let text = (0..<Int(generator.next() % 60)).map { _ in Self.pieces[Int(generator.next() % UInt64(Self.pieces.count))] }.joined()
            let bytes = Array(text.utf8)
            let table = LineTable(bytes)
            var counter = LineCounter()
            var offset = 0
            bytes.withUnsafeBufferPointer { buffer in
                while offset <= bytes.count + 1 {
                    let expected = table.location(ofOffset: offset)
                    let actual = counter.location(ofOffset: offset, in: buffer)
                    #expect(actual == expected, "seed \(seed), offset \(offset) of \(text.debugDescription)")
                    offset += Int(generator.next() % 5)  // repeats an offset now and then
                }
            }
        }
    }

    static func temporaryFile(_ bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("cg-filebytes-\(UUID().uuidString).json").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test("FileBytes reads the file, and released pages read as zeros while the rest stays")
    func releasesPages() throws {
        let content = (0..<(3 << 16)).map { UInt8(truncatingIfNeeded: $0 % 251 + 1) }
        let path = try Self.temporaryFile(content)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let file = try #require(FileBytes(path: path))
        #expect(Array(file.bytes) == content)
        let freed = file.release(pagesIn: 1..<100_000)
        #expect(freed.lowerBound == FileBytes.pageSize && freed.upperBound <= 100_000 && !freed.isEmpty)
        #expect(Array(file.bytes[..<freed.lowerBound]) == Array(content[..<freed.lowerBound]))  // the page holding byte 0 stays
        #expect(file.bytes[freed.lowerBound] == 0 && file.bytes[freed.upperBound - 1] == 0)
        #expect(Array(file.bytes[freed.upperBound...]) == Array(content[freed.upperBound...]))
        #expect(file.release(pagesIn: 10..<20).isEmpty)
        #expect(FileBytes(path: FileManager.default.temporaryDirectory.path) == nil)  // a folder
    }

    @Test("a file from 16 MB on, read in two halves on two threads: every byte in place, at any size")
    func readsLargeFilesInHalves() throws {
        for size in [FileBytes.parallelReadSize, FileBytes.parallelReadSize + 12_345] {
            let content = (0..<size).map { UInt8(truncatingIfNeeded: ($0 &* 31) >> 3 ^ $0) }
            let path = try Self.temporaryFile(content)
            defer { try? FileManager.default.removeItem(atPath: path) }
            let file = try #require(FileBytes(path: path, mapsLargeFiles: false))
            #expect(file.bytes.count == size && file.bytes.elementsEqual(content), "\(size) bytes")
            #expect(!file.changedSinceMapped)
        }
    }

    @Test("a mapped file: its bytes, pages handed back, and the file cut, grown or written under the mapping")
    func mappedFile() throws {
        let size = FileBytes.mappedSize * 3 + 4_321
        let content = (0..<size).map { UInt8(truncatingIfNeeded: ($0 &* 7) >> 2 ^ $0) }
        for change in ["none", "cut", "grown", "written"] {
            let path = try Self.temporaryFile(content)
            defer { try? FileManager.default.removeItem(atPath: path) }
            let file = try #require(FileBytes(path: path))
            #expect(file.bytes.count == size && file.bytes.elementsEqual(content))
            let freed = file.release(pagesIn: 0..<FileBytes.mappedSize)
            #expect(freed == 0..<(FileBytes.mappedSize / FileBytes.pageSize * FileBytes.pageSize))
            #expect(!file.changedSinceMapped, "\(change)")
            let handle = try FileHandle(forUpdating: URL(fileURLWithPath: path))
            switch change {
            case "cut": try handle.truncate(atOffset: UInt64(FileBytes.mappedSize * 2))
            case "grown":
                try handle.seekToEnd()
                try handle.write(contentsOf: Data([0x20]))
            case "written":
                // Written until the modification time moves (a file system may keep whole seconds).
                let before = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date
                for _ in 0..<3 {
                    Thread.sleep(forTimeInterval: 0.01)
                    try handle.seek(toOffset: 10)
                    try handle.write(contentsOf: Data([0x41]))
                    try handle.synchronize()
                    if try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date != before { break }
                    Thread.sleep(forTimeInterval: 1)
                }
            default: break
            }
            try handle.close()
            // Every byte still reads (no SIGBUS): past a cut, as zeros.
            let cut = change == "cut" ? FileBytes.mappedSize * 2 : size
            let tail = file.bytes[cut...]
            #expect(tail.allSatisfy { $0 == 0 } || change != "cut", "the pages past the cut read as zeros")
            #expect(file.bytes[(cut - 100)..<cut].elementsEqual(content[(cut - 100)..<cut]), "\(change)")
            #expect(file.changedSinceMapped == (change != "none"), "\(change)")
        }
    }

    @Test("a graph file cut under its mapping before it is decoded: the fast path gives it up, to be read again")
    func cutGraphIsReadAgain() throws {
        typealias T = TestGraphs
        let nodes = (0..<30_000).map { T.node("node-\($0)") }.joined(separator: ",\n")
        let text = T.file(nodes: nodes)
        #expect(text.utf8.count > FileBytes.mappedSize)
        let path = try Self.temporaryFile(Array(text.utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let whole = try #require(FileBytes(path: path))
        #expect(try FastGraphDecoder.decode(whole, file: path, cancellation: .never)?.nodes.count == 30_000)
        let cut = try #require(FileBytes(path: path))
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: UInt64(text.utf8.count / 2))
        try handle.close()
        #expect(try FastGraphDecoder.decode(cut, file: path, cancellation: .never) == nil)
        // The loader reads the file again and reports where it now ends.
        let error = #expect(throws: GraphLoadError.self) { try GraphLoader.load(paths: [path]) }
        #expect(error?.diagnostics.first?.message.hasPrefix("JSON syntax error") == true)
    }

    @Test("a file of more than 16 MB with a syntax error at its end: reported at its line and column")
    func slowPathReadsAgain() throws {
        typealias T = TestGraphs
        let nodes = (0..<150_000).map { T.node("node-\($0)") }.joined(separator: ",\n")
        var text = T.file(nodes: nodes)
        #expect(text.utf8.count > 1 << 24)
        text.removeLast()  // the closing brace: a syntax error at the very end
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let path = try Self.temporaryFile(Array(text.utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let error = #expect(throws: GraphLoadError.self) { try GraphLoader.load(paths: [path]) }
        let diagnostic = try #require(error?.diagnostics.first)
        #expect(error?.diagnostics.count == 1 && diagnostic.message.hasPrefix("JSON syntax error"))
        #expect(diagnostic.line == lines.count && diagnostic.column == lines[lines.count - 1].count + 1)
    }

    @Test("a file of more than 16 MB without problems loads as from memory")
    func fastPathFromFile() throws {
        typealias T = TestGraphs
        let nodes = (0..<150_000).map { T.node("node-\($0)") }.joined(separator: ",\n")
        let text = T.file(nodes: nodes, edges: T.edge("node-0", "knows", "node-149999"))
        let path = try Self.temporaryFile(Array(text.utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let fromFile = try GraphLoader.load(paths: [path])
        let fromMemory = try GraphLoader.load(sources: [GraphSource(file: path, bytes: Array(text.utf8))])
        #expect(fromFile.graph.nodes == fromMemory.graph.nodes && fromFile.graph.edges == fromMemory.graph.edges)
        #expect(fromFile.warnings == fromMemory.warnings && fromFile.graph.nodes.count == 150_000)
    }
}
