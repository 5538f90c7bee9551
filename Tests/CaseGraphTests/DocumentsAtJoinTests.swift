@testable import CaseGraph
import Foundation
import Synchronization
import Testing

/// A large file's document texts are read while its split edges are joined: the decoder says
/// when, the loader starts the reading then, and the quote check finds the same texts (and
/// the same missing quote) as when they are read after the decode.
@Suite("Document texts read during the join")
struct DocumentsAtJoinTests {
    /// About 6 MB: 45,000 edges, each quoting a line of one of two documents, but one whose
    /// quote is in neither; the documents come first, as the generator writes them.
    static func graph(folder: String) -> String {
        let count = 45_000
        let nodes = (0..<600).map { #"{"id":"n\#($0)","type":"person","name":"Person \#($0)","sources":[{"document":"d0","quote":"Line 0."}]}"# }
        let edges = (0..<count).map { index in
            let quote = index == 12_345 ? "A sentence in no document." : "Line \(index % 500)."
            return #"{"id":"e\#(index)","source":"n\#(index % 600)","target":"n\#((index * 7) % 600)","type":"knows","#
                + #""sources":[{"document":"d\#(index % 2)","quote":"\#(quote)"}]}"#
        }
        let documents = #"[{"id":"d0","title":"Zero","path":"d0.txt"},{"id":"d1","title":"One","path":"d1.txt"}]"#
        return #"{"directed":true,"multigraph":true,"graph":{"documents":\#(documents)},"#
            + #""nodes":[\#(nodes.joined(separator: ",\n"))],"edges":[\#(edges.joined(separator: ",\n"))]}"#
    }

    /// A folder holding the graph and its two documents' texts.
    static func folder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cg-join-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let lines = (0..<500).map { "Line \($0)." }.joined(separator: "\n")
        for document in ["d0", "d1"] { try lines.write(toFile: folder + "/\(document).txt", atomically: true, encoding: .utf8) }
        try graph(folder: folder).write(toFile: folder + "/g.json", atomically: true, encoding: .utf8)
        return folder
    }

    @Test("the decoder hands the documents and the final nodes over once, when the split edges are joined; never when read on one thread")
    func decoderHandsDocumentsAtTheJoin() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for splitting in [EdgeSplit.automatic, .never] {
            let file = try #require(FileBytes(path: folder + "/g.json"))
            let handed = Mutex<[[String]]>([])
            let nodes = Mutex<[Int?]>([])
            let fragment = try FastGraphDecoder.decode(file, file: "g.json", cancellation: .never, splitting: splitting) { documents, final in
                handed.withLock { $0.append(documents.map(\.id)) }
                nodes.withLock { $0.append(final?.count) }
            }
            #expect(fragment?.edges.count == 45_000)
            #expect(handed.withLock { $0 } == (splitting == .never ? [] : [["d0", "d1"]]))
            #expect(nodes.withLock { $0 } == (splitting == .never ? [] : [600]))
            if splitting != .never { #expect(fragment?.nodes.fields.ids[599] == "n599") }
        }
    }

    @Test("nodes listed after the edges, or two with one id, are not handed over as final")
    func nodesNotFinal() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let text = try String(contentsOfFile: folder + "/g.json", encoding: .utf8)
        let nodesStart = try #require(text.range(of: #""nodes":["#)), edgesStart = try #require(text.range(of: #","edges":["#))
        let nodesPart = String(text[nodesStart.lowerBound..<edgesStart.lowerBound])
        let edgesPart = String(text[text.index(after: edgesStart.lowerBound)..<text.index(before: text.endIndex)])
        let edgesFirst = String(text[..<nodesStart.lowerBound]) + edgesPart + "," + nodesPart + "}"
        let twice = text.replacingOccurrences(of: #"{"id":"n5","#, with: #"{"id":"n4","#)
        for (name, graph) in [("edges first", edgesFirst), ("an id twice", twice)] {
            try graph.write(toFile: folder + "/h.json", atomically: true, encoding: .utf8)
            let file = try #require(FileBytes(path: folder + "/h.json"))
            let nodes = Mutex<[Int?]>([])
            _ = try FastGraphDecoder.decode(file, file: "h.json", cancellation: .never, splitting: .automatic) { _, final in
                nodes.withLock { $0.append(final?.count) }
            }
            #expect(nodes.withLock { $0 }.allSatisfy { $0 == nil }, "\(name)")
            if name == "an id twice" { #expect(nodes.withLock { $0 }.count == 1) }  // the split was joined, the nodes withheld
        }
        // Either way the load reports what one thread reports, and builds the same graph.
        let loaded = try GraphLoader.load(paths: [folder + "/g.json"])
        #expect(loaded.graph.names.exactMatches("Person 599").map { loaded.graph.nodes.id(of: $0) } == ["n599"])
    }

    @Test("a second part that ends first hands the documents and nodes over while this thread still reads; a failure after it reads on alone")
    func handedOverEarly() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let text = try String(contentsOfFile: folder + "/g.json", encoding: .utf8)
        // The second part: the last 100 edges; this thread's part, the 44,900 before.
        let split = try #require(Array(text.utf8).firstRange(of: Array(#"{"id":"e44900""#.utf8))).lowerBound
        let bad = text.replacingOccurrences(of: #"{"id":"e30000","#, with: #"{"id":"e30000","id":"again","#)
        let alone = try #require(try FastGraphDecoder.decode(Array(text.utf8), file: "g.json", cancellation: .never, splitting: .never))
        var earlySeen = false
        for attempt in 0..<5 {
            for (name, graph) in [("clean", text), ("a failure in this thread's part", bad)] {
                try graph.write(toFile: folder + "/h.json", atomically: true, encoding: .utf8)
                let file = try #require(FileBytes(path: folder + "/h.json"))
                let polls = Mutex(0), atCall = Mutex<[Int]>([])
                let fragment = try FastGraphDecoder.decode(file, file: "g.json", cancellation: Cancellation { polls.withLock { $0 += 1 }; return false },
                                                           splitting: .at(.exactly(split))) { documents, nodes in
                    #expect(documents.map(\.id) == ["d0", "d1"] && nodes?.count == 600, "\(name)")
                    atCall.withLock { $0.append(polls.withLock { $0 }) }
                }
                if name == "clean" {
                    #expect(atCall.withLock { $0.count } == 1, "attempt \(attempt)")
                    #expect(fragment == alone, "the same fragment as one thread reads")
                    // Handed over before this thread's part was read: it polled on after.
                    if let at = atCall.withLock({ $0.first }), at < polls.withLock({ $0 }) { earlySeen = true }
                } else {
                    // Handed over if the second part ended before this thread failed; read alone after.
                    #expect(atCall.withLock { $0.count } <= 1 && fragment == nil, "a duplicate key: the slow path reports it")
                }
            }
            if earlySeen { break }
        }
        #expect(earlySeen, "in five attempts the second part never ended first")
    }

    @Test("loaded from the file: the same graph and the same one missing quote as from bytes read after the decode")
    func sameWarningsAsAfterTheDecode() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let fromFile = try GraphLoader.load(paths: [folder + "/g.json"])
        let bytes = try GraphLoader.readFile(folder + "/g.json")
        let fromBytes = try GraphLoader.load(sources: [GraphSource(file: folder + "/g.json", bytes: bytes)]) { file, path in
            try? String(contentsOfFile: (file as NSString).deletingLastPathComponent + "/" + path, encoding: .utf8)
        }
        #expect(fromFile.graph.edges.count == 45_000 && fromFile.graph.nodes.count == 600)
        // The node tables, made early from the file's nodes, are those made from the merged ones.
        #expect(fromFile.graph.idRank == fromBytes.graph.idRank)
        for name in ["Person 7", "Person 599", "person 12", "Nobody"] {
            #expect(fromFile.graph.names.exactMatches(name) == fromBytes.graph.names.exactMatches(name), "\(name)")
        }
        #expect(fromFile.warnings.map(\.path) == ["edges[12345].sources[0].quote"])
        #expect(fromFile.warnings.map(\.message) == fromBytes.warnings.map(\.message))
        #expect(fromFile.warnings.map(\.path) == fromBytes.warnings.map(\.path))
    }

    @Test("a prefetch started later reads only what the earlier one does not, and answers for both")
    func laterPrefetchDefersToTheEarlier() {
        let reads = Mutex<[String]>([])
        let read: @Sendable (String, String) -> DocumentText? = { file, path in
            reads.withLock { $0.append(path) }
            return path == "gone.txt" ? nil : DocumentText("text of \(path)")
        }
        let earlier = DocumentTextPrefetch(documents: [("g.json", "a.txt"), ("g.json", "gone.txt")], cancellation: .never,
                                           readDocument: read)
        let later = DocumentTextPrefetch(documents: [("g.json", "a.txt"), ("g.json", "b.txt"), ("g.json", "gone.txt"), ("h.json", "a.txt")],
                                         cancellation: .never, inBackground: false, earlier: earlier, readDocument: read)
        #expect(later.text(file: "g.json", path: "a.txt") == "text of a.txt")
        #expect(later.text(file: "g.json", path: "b.txt") == "text of b.txt")
        #expect(later.text(file: "h.json", path: "a.txt") == "text of a.txt")
        #expect(later.text(file: "g.json", path: "gone.txt") == nil)
        #expect(later.text(file: "g.json", path: "unknown.txt") == nil)
        #expect(reads.withLock { $0.sorted() } == ["a.txt", "a.txt", "b.txt", "gone.txt"])
        // A third, after two earlier ones (two large files, then the load's own): nothing
        // either of them reads is read again.
        let last = DocumentTextPrefetch(documents: [("g.json", "a.txt"), ("g.json", "b.txt"), ("g.json", "c.txt")],
                                        cancellation: .never, inBackground: false, earlier: later, readDocument: read)
        #expect(last.text(file: "g.json", path: "a.txt") == "text of a.txt")
        #expect(last.text(file: "g.json", path: "c.txt") == "text of c.txt")
        #expect(reads.withLock { $0.sorted() } == ["a.txt", "a.txt", "b.txt", "c.txt", "gone.txt"])
    }
}
