@testable import CaseGraph
import Synchronization
import Testing

/// The documents' texts are read on another thread while the merger works: each local copy
/// once, and the merger gets exactly what the reader returned.
@Suite("Document texts read ahead")
struct DocumentTextPrefetchTests {
    /// A reader that counts its calls and answers "text of FILE:PATH" (nil for paths starting with "missing").
    final class CountingReader: Sendable {
        let calls = Mutex<[String]>([])

        func read(_ file: String, _ path: String) -> String? {
            calls.withLock { $0.append("\(file):\(path)") }
            return path.hasPrefix("missing") ? nil : "text of \(file):\(path)"
        }

        /// ``read(_:_:)`` as the prefetch takes it.
        @Sendable
        func readText(_ file: String, _ path: String) -> DocumentText? {
            read(file, path).map { DocumentText($0) }
        }
    }

    @Test("each (file, path) pair is read once, in order; answers are the reader's")
    func readsEachOnce() {
        let reader = CountingReader()
        let documents = [("g1.json", "a.txt"), ("g1.json", "b.txt"), ("g1.json", "a.txt"), ("g2.json", "a.txt"),
                         ("g1.json", "missing.txt")]
        let texts = DocumentTextPrefetch(documents: documents.map { (file: $0.0, path: $0.1) }, cancellation: .never,
                                         readDocument: reader.readText)
        #expect(texts.text(file: "g1.json", path: "a.txt") == "text of g1.json:a.txt")
        #expect(texts.text(file: "g2.json", path: "a.txt") == "text of g2.json:a.txt")
        #expect(texts.text(file: "g1.json", path: "missing.txt") == nil)
        #expect(texts.text(file: "g3.json", path: "a.txt") == nil, "a copy not named at the start")
        #expect(reader.calls.withLock { $0 } == ["g1.json:a.txt", "g1.json:b.txt", "g2.json:a.txt", "g1.json:missing.txt"])
    }

    @Test("a cancelled load reads nothing more")
    func cancelled() {
        let reader = CountingReader()
        let texts = DocumentTextPrefetch(documents: [(file: "g.json", path: "a.txt")], cancellation: Cancellation { true },
                                         readDocument: reader.readText)
        #expect(texts.text(file: "g.json", path: "a.txt") == nil)
        #expect(reader.calls.withLock { $0 }.isEmpty)
    }

    @Test("a load reads each local copy once, and checks the quotes against it")
    func throughTheLoader() throws {
        let reader = CountingReader()
        let graph = """
        {"directed": true, "multigraph": true, "graph": {"name": "t", "documents": [
          {"id": "d1", "title": "One", "path": "a.txt"}, {"id": "d2", "title": "Two", "path": "a.txt"},
          {"id": "d3", "title": "Three", "path": "missing.txt"}]},
         "nodes": [{"id": "x", "type": "person", "name": "X", "aliases": [], "sources": [{"document": "d1", "quote": "text of g.json:a.txt"}]},
                   {"id": "y", "type": "person", "name": "Y", "aliases": [], "sources": [{"document": "d2", "quote": "not there"}]}],
         "edges": [{"source": "x", "target": "y", "type": "knows", "sources": [{"document": "d3", "quote": "q"}]}]}
        """
        let loaded = try GraphLoader.load(sources: [GraphSource(file: "g.json", bytes: Array(graph.utf8))], readDocument: reader.read)
        #expect(reader.calls.withLock { $0 } == ["g.json:a.txt", "g.json:missing.txt"])
        #expect(loaded.graph.documents.map(\.id) == ["d1", "d2", "d3"])  // their texts served the check and are not kept
        let messages = loaded.warnings.map(\.message)
        #expect(messages.contains { $0.contains("\"missing.txt\"") && $0.contains("cannot be read") })
        #expect(messages.contains { $0.contains("not there") })
        #expect(!messages.contains { $0.contains("text of g.json") }, "the quote found is not reported")
    }
}
