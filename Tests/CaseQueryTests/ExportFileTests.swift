import CaseGraph
@testable import CaseQuery
import Foundation
import Testing

@Suite("Export: files and Graphviz")
struct ExportFileTests {
    typealias Support = DOTTestSupport

    /// A fresh folder, removed after `body`.
    static func withFolder(_ body: (String) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("casegraph-export-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer {
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder)
            try? FileManager.default.removeItem(atPath: folder)
        }
        try body(folder)
    }

    static func contents(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }

    static func entries(_ folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    }

    @Test func writesANewFileAndReplacesAnOldOneWhole() throws {
        try Self.withFolder { folder in
            let path = folder + "/out.dot"
            try AtomicFile.write(Array("first".utf8), to: path)
            #expect(Self.contents(path) == "first")
            let large = String(repeating: "0123456789", count: 200_000)
            try AtomicFile.write(Array(large.utf8), to: path)
            #expect(Self.contents(path) == large)
            try AtomicFile.write([], to: path)
            #expect(Self.contents(path) == "")
            #expect(try Self.entries(folder) == ["out.dot"])
        }
    }

    @Test func keepsThePermissionsOfTheFileItReplaces() throws {
        try Self.withFolder { folder in
            let path = folder + "/kept.dot"
            try AtomicFile.write(Array("old".utf8), to: path)
            try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
            try AtomicFile.write(Array("new".utf8), to: path)
            let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
            #expect(mode == 0o640)
        }
    }

    @Test func aFailedWriteThrowsAndLeavesTheOldFile() throws {
        try Self.withFolder { folder in
            let missing = folder + "/no/such/folder/out.dot"
            #expect { try AtomicFile.write(Array("x".utf8), to: missing) } throws: { error in
                guard let error = error as? QueryError else { return false }
                return error.kind == .io && error.message.contains(missing) && error.message.contains("No such file or directory")
            }
            // A directory in the way: the rename fails after the temporary file was written.
            let directory = folder + "/taken"
            try FileManager.default.createDirectory(atPath: directory + "/inside", withIntermediateDirectories: true)
            #expect(throws: QueryError.self) { try AtomicFile.write(Array("x".utf8), to: directory) }
            #expect(try Self.entries(folder) == ["taken"])
            #expect(try Self.entries(directory) == ["inside"])
        }
    }

    @Test func aLongFileNameStillGetsATemporaryFile() throws {
        try Self.withFolder { folder in
            let path = folder + "/" + String(repeating: "n", count: 250)
            try AtomicFile.write(Array("long".utf8), to: path)
            #expect(Self.contents(path) == "long")
        }
    }

    #if os(Linux)
    /// /proc refuses new files even to root: a read-only folder whatever the user.
    @Test func aReadOnlyFileSystemLeavesTheOldFileIntact() throws {
        let path = "/proc/version"
        let before = try #require(Self.contents(path))
        #expect { try AtomicFile.write(Array("new".utf8), to: path) } throws: { error in
            guard let error = error as? QueryError else { return false }
            return error.kind == .io && error.message.hasPrefix("cannot write \"/proc/version\": ")
        }
        #expect(Self.contents(path) == before)
    }
    #endif

    @Test(.enabled(if: geteuid() != 0, "root may write into read-only folders"))
    func aReadOnlyFolderLeavesTheOldFileIntact() throws {
        try Self.withFolder { folder in
            let path = folder + "/old.dot"
            try AtomicFile.write(Array("old".utf8), to: path)
            try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder)
            #expect { try AtomicFile.write(Array("new".utf8), to: path) } throws: { error in
                (error as? QueryError)?.message.contains("Permission denied") == true
            }
            #expect(Self.contents(path) == "old")
            #expect(try Self.entries(folder) == ["old.dot"])
        }
    }

    @Test func writesDOTToAFile() throws {
        try Self.withFolder { folder in
            let graph = DOTWriterTests.smallGraph()
            let path = folder + "/small.dot"
            let outcome = try Exporter.export(QueryResult(statement: "show alice", body: .card(NodeCard(node: 1, in: graph, limit: 0))), of: graph,
                                              format: .dot, withContext: false, byCountry: false, file: path)
            let text = try #require(Self.contents(path))
            #expect(outcome == .wrote(path: path, nodes: 3, edges: 2, bytes: text.utf8.count))
            #expect(text.contains("label=\"show alice\""))
        }
    }

    @Test func aMissingDotIsAClearError() {
        #expect { try GraphvizRenderer.render(dot: "digraph {}", format: .svg, searchPath: "/nonexistent") } throws: { error in
            guard let error = error as? QueryError else { return false }
            return error.kind == .io && error.message.contains("`dot` was not found")
                && error.notes.contains { $0.contains("apt-get install graphviz") }
        }
        #expect(GraphvizRenderer.executable(named: "dot", searchPath: "/nonexistent::") == nil)
    }

    @Test("a `dot` that takes long is stopped once the render is cancelled")
    func cancellingStopsDot() throws {
        try Self.withFolder { folder in
            // A stand-in for `dot` on a drawing too big to lay out: it would take a minute.
            let fake = folder + "/dot"
            try "#!/bin/sh\nexec sleep 60\n".write(toFile: fake, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake)
            let started = ContinuousClock.now
            let deadline = started + .milliseconds(300)
            let cancellation = Cancellation { ContinuousClock.now >= deadline }
            #expect {
                try GraphvizRenderer.render(dot: "digraph { a -> b }", format: .svg, searchPath: folder,
                                            cancellation: cancellation)
            } throws: { error in
                (error as? QueryError)?.kind == .cancelled
            }
            // Not the minute the stand-in sleeps: the render stopped it.
            #expect(ContinuousClock.now - started < .seconds(30))
        }
    }

    @Test(.enabled(if: Support.graphvizRequired, "Graphviz is not installed"))
    func graphvizErrorsCarryItsMessages() throws {
        #expect(Support.tool("dot") != nil, "Graphviz's dot must be installed in CI")
        #expect { try GraphvizRenderer.render(dot: "digraph { a -> }", format: .svg) } throws: { error in
            guard let error = error as? QueryError else { return false }
            return error.kind == .io && error.message.contains("dot -Tsvg") && error.notes.contains { $0.contains("syntax error") }
        }
        let svg = try GraphvizRenderer.render(dot: "digraph { a -> b }", format: .svg)
        #expect(String(decoding: svg, as: UTF8.self).contains("</svg>"))
        // Larger than any pipe buffer, in and out.
        let big = "digraph {\n" + (0..<1000).map {
            "  \"n\($0)\" -> \"n\($0 + 1)\" [label=\"edge \($0), padded to make the input longer than a pipe\"];"
        }.joined(separator: "\n") + "\n}\n"
        let image = try GraphvizRenderer.render(dot: big, format: .svg)
        #expect(big.utf8.count > 65_536)
        #expect(image.count > 100_000)
    }
}
