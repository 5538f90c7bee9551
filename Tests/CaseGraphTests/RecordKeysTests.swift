@testable import CaseGraph
import Testing

/// Keys matched on their bytes (``KeyNames``) answer what the `String` comparison of the slow
/// path answers, for every spelling a file may use.
@Suite("Record keys matched on bytes, as Strings compare")
struct RecordKeysTests {
    static func position(_ key: String, in names: KeyNames) -> Int? {
        var key = key
        return key.withUTF8 { names.position(ofBytes: $0) }
    }

    @Test("each name is found at its case's position; near misses are not")
    func names() {
        for key in EdgeKey.allCases {
            #expect(Self.position("\(key)", in: EdgeKey.names) == key.rawValue)
            #expect(EdgeKey.names.position(ofText: "\(key)") == key.rawValue)
        }
        for miss in ["", "i", "ids", "ID", "Id", "source ", " source", "sourcesx", "target\u{0}", "propertiesproperties"] {
            #expect(Self.position(miss, in: EdgeKey.names) == nil, "\(miss.debugDescription)")
        }
        #expect(Self.position("description", in: GraphAttributeKey.names) == GraphAttributeKey.description.rawValue)
        #expect(Self.position("multigraph", in: DocumentKey.names) == DocumentKey.multigraph.rawValue)
    }

    @Test("non-ASCII keys compare as Strings: a combining mark makes another key")
    func nonASCII() {
        #expect(Self.position("id\u{301}", in: NodeKey.names) == nil)
        #expect(Self.position("t\u{FF59}pe", in: NodeKey.names) == nil)  // a full-width y
        #expect(Self.position(String(repeating: "é", count: 20), in: NodeKey.names) == nil)
    }

    @Test("escaped, differently cased and accented keys: the fast path agrees with the slow one")
    func spellingsThroughTheDecoder() {
        let T = TestGraphs.self
        let spellings: [(String, String)] = [
            ("escaped known keys", #"{"\u0069d": "a", "t\u0079pe": "person", "name": "A", "sour\u0063es": [{"d\u006fcument": "doc", "quote": "q"}]}"#),
            ("escaped duplicate of a known key", #"{"id": "a", "\u0069d": "b", "type": "person", "name": "A", "sources": [{"document": "doc", "quote": "q"}]}"#),
            ("upper-case key is another key", #"{"id": "a", "ID": "b", "type": "person", "name": "A", "sources": [{"document": "doc", "quote": "q"}]}"#),
            ("accented key is another key", #"{"id": "a", "id\u0301": "b", "type": "person", "name": "A", "sources": [{"document": "doc", "quote": "q"}]}"#),
            ("long unknown key", #"{"id": "a", "a_very_long_unknown_member_name": 1, "type": "person", "name": "A", "sources": [{"document": "doc", "quote": "q"}]}"#),
        ]
        for (label, node) in spellings {
            FastLoaderTests.agree(Array(T.file(nodes: node).utf8), label)
        }
        let escapedEdge = #"{"s\u006furce": "a", "target": "b", "type": "knows", "sources": [{"document": "doc", "quote": "q"}]}"#
        let file = T.file(nodes: [T.node("a"), T.node("b")].joined(separator: ",\n"), edges: escapedEdge)
        #expect(FastLoaderTests.fast(Array(file.utf8)) != nil, "an escaped known key stays on the fast path")
        FastLoaderTests.agree(Array(file.utf8), "escaped edge key")
    }
}
