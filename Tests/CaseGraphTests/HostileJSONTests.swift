import CaseGraph
import Foundation
import Testing

/// Hostile graph files: each must be refused with one clear, located message — or, where
/// the format allows it, loaded intact — and never crash, hang or exhaust memory.
@Suite("Hostile input: graph files")
struct HostileJSONTests {
    /// Loads one file given as bytes.
    private func load(_ bytes: [UInt8], file: String = "hostile.json") throws(GraphLoadError) -> LoadedGraph {
        try GraphLoader.load(sources: [GraphSource(file: file, bytes: bytes)])
    }

    /// The rendered diagnostics of a load that must fail (empty when it loaded).
    private func problems(_ bytes: [UInt8]) -> [String] {
        do {
            _ = try load(bytes)
            return []
        } catch {
            return error.errors.map(\.description)
        }
    }

    private func problems(_ text: String) -> [String] { problems(Array(text.utf8)) }

    /// A valid file with one node whose name is `name` (JSON text, quotes included).
    private func file(name: String) -> String {
        TestGraphs.file(nodes: #"    {"id": "a", "type": "person", "name": \#(name), "sources": [{"document": "doc", "quote": "q"}]}"#)
    }

    private func seedBytes() throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: TestGraphs.root + "/graph/taguig-2016.json")))
    }

    @Test("truncated JSON: an exact message at the end of the text")
    func truncated() {
        #expect(problems(#"{"directed": true, "nodes": ["#)
                == ["hostile.json:1:30: error: JSON syntax error: unexpected end of input, expected a value"])
        #expect(problems(#"{"directed": tr"#)
                == ["hostile.json:1:16: error: JSON syntax error: unexpected end of input, expected 'true'"])
        #expect(problems(#"{"directed": true, "graph": {"name": "Tag"#)
                == ["hostile.json:1:38: error: JSON syntax error: unterminated string"])
        #expect(problems("") == ["hostile.json:1:1: error: JSON syntax error: unexpected end of input, expected a value"])
    }

    @Test("every prefix of the seed graph is refused with exactly one JSON syntax error")
    func everyPrefixOfTheSeed() throws {
        let seed = try seedBytes()
        for cut in stride(from: 0, to: seed.count - 1, by: 53) {
            let found = problems(Array(seed[..<cut]))
            #expect(found.count == 1, "cut at \(cut): \(found)")
            let message = try #require(found.first)
            #expect(message.contains(": error: JSON syntax error: "), "cut at \(cut): \(message)")
            #expect(message.contains("end of input") || message.contains("unterminated string"), "cut at \(cut): \(message)")
        }
    }

    @Test("wrong JSON types: each field names what it expected and what it found, at its key")
    func wrongTypes() {
        let text = #"{"directed": true, "multigraph": true, "graph": {"name": 5, "documents": {}}, "nodes": [{"id": 7, "type": ["person"], "name": null, "sources": "doc"}], "edges": {}}"#
        #expect(problems(text) == [
            "hostile.json:1:50: error: graph.name: expected a string or null, found number",
            "hostile.json:1:61: error: graph.documents: expected an array, found object",
            "hostile.json:1:90: error: nodes[0].id: expected a string, found number",
            "hostile.json:1:99: error: nodes[0].type: expected a string, found array",
            "hostile.json:1:119: error: nodes[0].name: expected a string, found null",
            "hostile.json:1:133: error: nodes[0].sources: expected an array, found string",
            "hostile.json:1:153: error: edges: expected an array, found object",
        ])
        #expect(problems("[]") == [#"hostile.json:1:1: error: $: the top level must be an object with "nodes" and "edges", found array"#])
        #expect(problems("null") == [#"hostile.json:1:1: error: $: the top level must be an object with "nodes" and "edges", found null"#])
    }

    @Test("a 10 MB single-line string loads, and an unterminated one is found at its start")
    func tenMegabyteString() throws {
        let huge = String(repeating: "x", count: 10 * 1024 * 1024)
        let loaded = try load(Array(file(name: "\"" + huge + "\"").utf8))
        #expect(loaded.graph.nodes.first?.name.utf8.count == huge.utf8.count)
        #expect(loaded.graph.names.search("xxxx", limit: 5).count == 1)
        #expect(problems(#"{"directed": ""# + huge) == ["hostile.json:1:14: error: JSON syntax error: unterminated string"])
        // An error at the far end of the 10 MB line is still located by its column.
        #expect(problems(#"["# + "\"" + huge + "\" x]")
                == ["hostile.json:1:\(huge.count + 5): error: JSON syntax error: expected ',' or ']' after array element, found 'x'"])
    }

    @Test("a minified graph (20,000 nodes on one 4 MB line) loads in linear time; a 19,999-hop trace")
    func minifiedChain() throws {
        let count = 20_000
        let nodes = (0..<count).map { #"{"id":"n\#($0)","type":"event","name":"N\#($0)","sources":[{"document":"doc","quote":"q"}]}"# }
        let edges = (1..<count).map { #"{"source":"n\#($0 - 1)","target":"n\#($0)","type":"led_to","sources":[{"document":"doc","quote":"q"}]}"# }
        let text = #"{"directed":true,"multigraph":true,"graph":{"name":"chain","documents":[{"id":"doc","title":"T"}]},"nodes":["#
            + nodes.joined(separator: ",") + #"],"edges":["# + edges.joined(separator: ",") + "]}"
        // Each record's line and column cost a scan of the line when worked out eagerly: minutes here.
        let started = ContinuousClock.now
        let graph = try load(Array(text.utf8)).graph
        #expect(ContinuousClock.now - started < .seconds(30), "loading took \(ContinuousClock.now - started)")
        #expect(graph.nodes.count == count && graph.edges.count == count - 1)
        let first = try #require(graph.index(ofID: "n0")), last = try #require(graph.index(ofID: "n\(count - 1)"))
        let trace = graph.shortestPaths(from: first, to: last, direction: .outgoing, limit: .max)
        #expect(trace.paths.count == 1 && trace.paths.first?.length == count - 1)
        // An error at the far end of the line is still located by its column.
        #expect(problems(text + "x").first?.hasPrefix("hostile.json:1:\(text.utf8.count + 1): error: JSON syntax error: ") == true)
    }

    @Test("100,000 nested brackets stop at the nesting limit, without recursion")
    func deepNesting() {
        let arrays = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(problems(arrays) == ["hostile.json:1:513: error: JSON syntax error: nesting deeper than 512 levels"])
        let objects = String(repeating: #"{"a":"#, count: 100_000) + "1" + String(repeating: "}", count: 100_000)
        #expect(problems(objects) == ["hostile.json:1:2561: error: JSON syntax error: nesting deeper than 512 levels"])
        let unclosed = String(repeating: "[", count: 100_000)
        #expect(problems(unclosed) == ["hostile.json:1:513: error: JSON syntax error: nesting deeper than 512 levels"])
        // Just inside the limit parses; the value is then refused for its type, not its depth.
        let deepest = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        #expect(problems(deepest) == [#"hostile.json:1:1: error: $: the top level must be an object with "nodes" and "edges", found array"#])
    }

    @Test("NUL bytes: raw ones are refused, escaped ones load as text")
    func nulBytes() throws {
        #expect(problems(Array(file(name: "\"E.\u{0}D.\"").utf8))
                == ["hostile.json:5:46: error: JSON syntax error: control character '\\u{00}' must be escaped in string"])
        #expect(problems([0]) == ["hostile.json:1:1: error: JSON syntax error: expected a value, found '\\u{00}'"])
        #expect(problems(Array("{}".utf8) + [0])
                == ["hostile.json:1:3: error: JSON syntax error: expected end of input after the JSON value, found '\\u{00}'"])
        let loaded = try load(Array(file(name: #""E.\u0000D.""#).utf8))
        #expect(loaded.graph.nodes.first?.name == "E.\u{0}D.")
    }

    @Test("invalid UTF-8 is refused at its first bad byte")
    func invalidUTF8() {
        let prefix = Array(#"{"directed": "ok"#.utf8)
        #expect(problems(prefix + [0xFF, 0x22, 0x7D]) == ["hostile.json:1:17: error: JSON syntax error: invalid UTF-8 byte 0xFF"])
        // An overlong encoding of '/', a UTF-16 surrogate encoded in UTF-8, a sequence cut short.
        for bad: [UInt8] in [[0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xE2, 0x82]] {
            let found = problems(prefix + bad + [0x22, 0x7D])
            #expect(found.count == 1 && found[0].hasPrefix("hostile.json:1:1")
                    && found[0].contains(": error: JSON syntax error: invalid UTF-8 byte 0x")
                    && found[0].contains("UTF-8"), "\(bad): \(found)")
        }
        let found = problems(prefix + [0xE2, 0x82])
        #expect(found.count == 1 && found[0].contains("UTF-8"), "\(found)")
    }

    @Test("a byte-order mark is refused at 1:1")
    func byteOrderMark() throws {
        #expect(problems([0xEF, 0xBB, 0xBF] + (try seedBytes()))
                == ["hostile.json:1:1: error: JSON syntax error: byte-order mark at start of file is not allowed in JSON"])
        #expect(problems([0xEF, 0xBB]).count == 1)
    }

    @Test("duplicate keys are errors wherever they are")
    func duplicateKeys() {
        let top = #"{"directed": true, "directed": false, "multigraph": true, "graph": {"name": "x", "documents": []}, "nodes": [], "edges": []}"#
        #expect(problems(top) == [#"hostile.json:1:20: error: directed: duplicate key "directed" in one object"#])
        let inNode = file(name: #""E.D.", "name": "Other""#)
        #expect(problems(inNode) == [#"hostile.json:5:51: error: nodes[0].name: duplicate key "name" in one object"#])
    }

    @Test("escapes in file names and in keys are shown escaped in diagnostics")
    func escapedFileNamesAndKeys() {
        let node = #"    {"id": "a", "type": "person", "name": "A", "properties": {"\u001b[31m": 1, "\u001b[31m": 2, "d\u202e_date": "bad"}, "sources": [{"document": "doc", "quote": "q"}]}"#
        let file = "case\u{1B}[2J\u{202E}.json"
        do {
            _ = try GraphLoader.load(sources: [GraphSource(file: file, bytes: Array(TestGraphs.file(nodes: node).utf8))])
            Issue.record("a duplicate key must not load")
        } catch {
            let shown = error.description
            #expect(shown.contains(#"case\u{1B}[2J\u{202E}.json:5:80: error: nodes[0].properties.\u{1B}[31m: duplicate key "\u{1B}[31m" in one object"#), "\(shown)")
            #expect(shown.contains(#"nodes[0].properties.d\u{202E}_date: malformed date "bad""#), "\(shown)")
            #expect(!shown.unicodeScalars.contains { $0 != "\n" && SafeText.isUnsafe($0) }, "\(shown.debugDescription)")
        }
    }

    @Test("huge and negative numbers: kept as written in properties, refused where a type is expected")
    func numbers() throws {
        let node = #"    {"id": "a", "type": "person", "name": "A", "properties": {"huge": 1e999, "long": 123456789012345678901234567890, "negative": -12345678901234567890123456789, "tiny": -0.0e-999999}, "sources": [{"document": "doc", "quote": "q"}]}"#
        let loaded = try load(Array(TestGraphs.file(nodes: node).utf8))
        let properties = try #require(loaded.graph.nodes.first?.properties)
        #expect(properties.count == 4)
        #expect(properties.first("huge") == .number("1e999"))
        #expect(properties.first("long") == .number("123456789012345678901234567890"))
        #expect(properties.first("negative") == .number("-12345678901234567890123456789"))
        #expect(properties.first("tiny") == .number("-0.0e-999999"))
        let numericID = #"    {"id": -1e999, "type": "person", "name": "A", "sources": [{"document": "doc", "quote": "q"}]}"#
        #expect(problems(TestGraphs.file(nodes: numericID)) == ["hostile.json:5:6: error: nodes[0].id: expected a string, found number"])
        #expect(problems(#"{"directed": -01}"#) == ["hostile.json:1:15: error: JSON syntax error: leading zeros are not allowed in numbers"])
    }
}
