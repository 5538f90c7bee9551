@testable import CaseGraph
import Foundation
import Testing

/// The loader's fast path (`FastGraphDecoder`) against the slow one (`JSONParser` +
/// `GraphFileDecoder`): on a file the slow path decodes without a diagnostic, the same
/// fragment; on any other file, nil (so the slow path reports the problems).
@Suite("Fast loader: same fragment as the slow path, or fall back")
struct FastLoaderTests {
    /// The slow path's fragment, or nil when it reports anything (or the JSON is invalid).
    static func slow(_ bytes: [UInt8], file: String = "f.json") -> GraphFragment? {
        guard let root = try? JSONParser.parse(bytes) else { return nil }
        var decoder = GraphFileDecoder(file: file, lines: LineTable(bytes))
        let fragment = decoder.decode(root)
        return decoder.diagnostics.isEmpty ? fragment : nil
    }

    static func fast(_ bytes: [UInt8], file: String = "f.json") -> GraphFragment? {
        FastGraphDecoder.decode(bytes, file: file)
    }

    /// Whether the two paths agree on `bytes`; records the first difference.
    @discardableResult
    static func agree(_ bytes: [UInt8], _ comment: @autoclosure () -> String) -> Bool {
        let expected = slow(bytes)
        let actual = fast(bytes)
        #expect(actual == expected, Comment(rawValue: comment() + "\n" + String(decoding: bytes, as: UTF8.self).prefix(2000)))
        return actual == expected
    }

    @Test("the seed graph: same fragment")
    func seedGraph() throws {
        let path = TestGraphs.root + "/graph/taguig-2016.json"
        let bytes = try GraphLoader.readFile(path)
        #expect(bytes == [UInt8](try #require(FileManager.default.contents(atPath: path))))
        let fragment = try #require(Self.fast(bytes, file: path))
        #expect(fragment == Self.slow(bytes, file: path))
        #expect(!fragment.nodes.isEmpty && !fragment.edges.isEmpty && !fragment.documents.isEmpty)
    }

    @Test("every JSON file under Tests/: same fragment or both fall back")
    func fixtures() throws {
        let base = TestGraphs.root + "/Tests"
        let files = try FileManager.default.subpathsOfDirectory(atPath: base).filter { $0.hasSuffix(".json") }
        #expect(files.count > 100)
        for file in files.sorted() {
            let bytes = try GraphLoader.readFile(base + "/" + file)
            Self.agree(bytes, file)
        }
    }

    @Test("the loader's validation-test graphs: same fragment or both fall back")
    func helperGraphs() {
        let T = TestGraphs.self
        let texts = [
            T.file(nodes: [T.node("a"), T.node("b", aliases: ["B", " ", ""])].joined(separator: ",\n"),
                   edges: T.edge("a", "knows", "b")),
            T.file(nodes: T.node("a", extra: #", "properties": {"born_date": "1980-02", "n": [1, "x", true]}"#)),
            T.file(nodes: T.node("a"), edges: T.edge("a", "Knows", "a")),
            // Blank or not, as `Character.isWhitespace` decides: control characters, NEL, NBSP, CR LF.
            T.file(nodes: T.node("a", "\\u001c\\u0085")),
            T.file(nodes: T.node("a", "\\u0000")),
            T.file(nodes: T.node("a", "\\u00a0\\u0301")),
            T.file(nodes: T.node("a", " \\u0301")),
            T.file(nodes: T.node("a", aliases: ["\\u001f", "\\u0085", "\\r\\n", " \\u0301", "\\u200b", "\\u3000"])),
        ]
        for text in texts {
            Self.agree(Array(text.utf8), "helper graph")
        }
        #expect(Self.fast(Array(texts[0].utf8)) != nil)
        #expect(Self.fast(Array(texts[0].utf8))?.nodes[1].aliases == ["B"])
    }

    @Test("random valid graphs (seeded): same fragment, never a fall-back")
    func randomValid() {
        var generator = RandomGraphText(seed: 0x5EED_CA5E)
        for round in 0..<300 {
            let text = generator.document()
            let bytes = Array(text.utf8)
            #expect(Self.slow(bytes) != nil, "round \(round): the generator wrote an invalid graph\n\(text)")
            #expect(Self.fast(bytes) != nil, "round \(round): fast path fell back\n\(text)")
            Self.agree(bytes, "round \(round)")
        }
    }

    @Test("random mutations of valid graphs (seeded): same fragment or both fall back")
    func randomMutations() {
        var generator = RandomGraphText(seed: 42)
        let pieces: [String] = [",", "\"", "}", "{", "]", "[", " ", "0", "-", "e", "n", "null", "false", ":", "\\",
                                "\\u00", "\u{1}", "\u{FF}", "é", "\"id\": \"x\", ", "\"date\": \"2020-13\", ", "X"]
        for round in 0..<120 {
            let original = Array(generator.document(small: true).utf8)
            for mutation in 0..<25 {
                var bytes = original
                let at = generator.int(below: bytes.count)
                switch generator.int(below: 4) {
                case 0: bytes.remove(at: at)
                case 1: bytes.insert(contentsOf: Array(generator.pick(pieces).utf8), at: at)
                case 2:
                    let end = min(bytes.count, at + 1 + generator.int(below: 12))
                    let piece = Array(bytes[at..<end])
                    bytes.insert(contentsOf: piece, at: generator.int(below: bytes.count))
                default:
                    bytes[at] = Array(generator.pick(pieces).utf8)[0]
                }
                if !Self.agree(bytes, "round \(round) mutation \(mutation)") { return }
            }
        }
    }

    @Test("each kind of problem makes the fast path fall back", arguments: FastLoaderTests.invalid)
    func invalidFallsBack(_ example: (String, String)) {
        let bytes = Array(example.1.utf8)
        #expect(Self.slow(bytes) == nil, "\(example.0): the slow path reports nothing")
        #expect(Self.fast(bytes) == nil, "\(example.0)")
    }

    static let invalid: [(String, String)] = {
        let T = TestGraphs.self
        let nodes = [T.node("a"), T.node("b")].joined(separator: ",\n")
        let edge = T.edge("a", "knows", "b")
        func with(node extra: String) -> String { T.file(nodes: T.node("a", extra: extra), edges: "") }
        func with(edge extra: String) -> String { T.file(nodes: nodes, edges: T.edge("a", "knows", "b", extra: extra)) }
        let valid = T.file(nodes: nodes, edges: edge)
        var deep = String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
        deep = valid.replacingOccurrences(of: "\"multigraph\": true", with: "\"deep\": \(deep)")
        return [
            ("syntax: stray comma", valid.replacingOccurrences(of: "\"type\": \"person\",", with: "\"type\": \"person\",,")),
            ("syntax: trailing comma", valid.replacingOccurrences(of: "\"multigraph\": true,", with: "\"multigraph\": true,}")),
            ("syntax: trailing garbage", valid + " x"),
            ("syntax: byte-order mark", "\u{FEFF}" + valid),
            ("syntax: unterminated", String(valid.dropLast(3))),
            ("syntax: bad escape in an unknown key", with(node: #", "note": "a\q""#)),
            ("syntax: nesting too deep in an unknown key", deep),
            ("top level not an object", "[]"),
            ("missing nodes", #"{"edges": []}"#),
            ("missing edges", #"{"nodes": []}"#),
            ("nodes not an array", #"{"nodes": {}, "edges": []}"#),
            ("duplicate top-level key", valid.replacingOccurrences(of: "\"multigraph\": true", with: "\"edges\": []")),
            ("duplicate unknown key", valid.replacingOccurrences(of: "\"multigraph\": true", with: "\"x\": 1, \"x\": 2")),
            ("directed false", valid.replacingOccurrences(of: "\"directed\": true", with: "\"directed\": false")),
            ("directed not a boolean", valid.replacingOccurrences(of: "\"directed\": true", with: "\"directed\": \"yes\"")),
            ("multigraph not a boolean", valid.replacingOccurrences(of: "\"multigraph\": true", with: "\"multigraph\": 1")),
            ("graph not an object", valid.replacingOccurrences(of: "\"graph\": {", with: "\"graph\": 1, \"g\": {")),
            ("graph name not a string", valid.replacingOccurrences(of: "\"name\": \"test\"", with: "\"name\": 1")),
            ("documents null", T.file(nodes: nodes).replacingOccurrences(of: "\"documents\": [", with: "\"documents\": null, \"d\": [")),
            ("document not an object", T.file(nodes: nodes, documents: "1")),
            ("document without title", T.file(nodes: nodes, documents: #"{"id": "doc"}"#)),
            ("document with an empty id", T.file(nodes: nodes, documents: #"{"id": " ", "title": "t"}"#)),
            ("document with a bad date", T.file(nodes: nodes, documents: #"{"id": "doc", "title": "t", "date": "2020-13-01"}"#)),
            ("document date a number", T.file(nodes: nodes, documents: #"{"id": "doc", "title": "t", "date": 2020}"#)),
            ("duplicate document id", T.file(nodes: nodes, documents: #"{"id": "doc", "title": "t"}, {"id": "doc", "title": "u"}"#)),
            ("node not an object", T.file(nodes: "1")),
            ("node without a name", T.file(nodes: #"{"id": "a", "type": "person"}"#)),
            ("node with an empty id", T.file(nodes: T.node(""))),
            ("node with a whitespace-only type", T.file(nodes: T.node("a", " \t"))),
            ("node with a Unicode-whitespace type", T.file(nodes: T.node("a", "\u{2003}\u{00A0}"))),
            ("node with a CR LF type", T.file(nodes: T.node("a", "\\r\\n"))),
            ("node type a number", T.file(nodes: #"{"id": "a", "type": 7, "name": "A"}"#)),
            ("node name null", T.file(nodes: #"{"id": "a", "type": "person", "name": null}"#)),
            ("duplicate key in a node", with(node: #", "id": "b""#)),
            ("duplicate key in a node, escaped", with(node: #", "\u0069d": "b""#)),
            ("duplicate node id", T.file(nodes: [T.node("a"), T.node("a")].joined(separator: ",\n"))),
            ("aliases null", with(node: "").replacingOccurrences(of: "\"aliases\": []", with: "\"aliases\": null")),
            ("alias a number", with(node: "").replacingOccurrences(of: "\"aliases\": []", with: "\"aliases\": [1]")),
            ("properties an array", with(node: #", "properties": []"#)),
            ("property null", with(node: #", "properties": {"x": null}"#)),
            ("property an object", with(node: #", "properties": {"x": {}}"#)),
            ("null inside a property array", with(node: #", "properties": {"x": [1, null]}"#)),
            ("duplicate property key", with(node: #", "properties": {"x": 1, "x": 2}"#)),
            ("duplicate property key, canonically equal", with(node: #", "properties": {"\u00e9": 1, "e\u0301": 2}"#)),
            ("bad property date", with(node: #", "properties": {"date": "2020-02-30x"}"#)),
            ("property date a number", with(node: #", "properties": {"end_date": 2020}"#)),
            ("sources not an array", with(node: "").replacingOccurrences(of: "\"sources\": [{\"document\": \"doc\", \"quote\": \"q\"}]", with: "\"sources\": {}")),
            ("citation not an object", with(node: "").replacingOccurrences(of: "[{\"document\": \"doc\", \"quote\": \"q\"}]", with: "[1]")),
            ("citation without a quote", with(node: "").replacingOccurrences(of: ", \"quote\": \"q\"", with: "")),
            ("citation with an empty document", with(node: "").replacingOccurrences(of: "\"document\": \"doc\"", with: "\"document\": \"\"")),
            ("duplicate key in a citation", with(node: "").replacingOccurrences(of: "\"quote\": \"q\"", with: "\"quote\": \"q\", \"quote\": \"r\"")),
            ("edge not an object", T.file(nodes: nodes, edges: "[]")),
            ("edge without a target", T.file(nodes: nodes, edges: #"{"source": "a", "type": "knows", "sources": [{"document": "doc", "quote": "q"}]}"#)),
            ("edge type not snake_case", T.file(nodes: nodes, edges: T.edge("a", "Knows", "b"))),
            ("edge type with a space", T.file(nodes: nodes, edges: T.edge("a", "knows well", "b"))),
            ("edge without sources", T.file(nodes: nodes, edges: #"{"source": "a", "target": "b", "type": "knows"}"#)),
            ("edge with empty sources", T.file(nodes: nodes, edges: #"{"source": "a", "target": "b", "type": "knows", "sources": []}"#)),
            ("edge id a number", with(edge: #", "id": 3"#)),
            ("duplicate key in an edge", with(edge: #", "type": "knows""#)),
            ("duplicate edge id", T.file(nodes: nodes, edges: [T.edge("a", "knows", "b", extra: #", "id": "e""#),
                                                              T.edge("b", "knows", "a", extra: #", "id": "e""#)].joined(separator: ",\n"))),
        ]
    }()
}

/// Seeded random graph documents that the slow path accepts without a diagnostic:
/// escapes, Unicode, numbers in all forms, arrays in properties, unknown keys, shuffled keys.
struct RandomGraphText {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {  // SplitMix64
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func int(below bound: Int) -> Int { bound <= 1 ? 0 : Int(next() % UInt64(bound)) }
    mutating func chance(_ percent: Int) -> Bool { int(below: 100) < percent }
    mutating func pick<T>(_ items: [T]) -> T { items[int(below: items.count)] }

    private mutating func space() -> String { pick(["", "", " ", "\n  ", "\t", "\r\n"]) }

    /// A JSON string literal that decodes to a non-blank text.
    mutating func string() -> String {
        let parts = ["a", "Zed", "x y", "é", "Ω", "日本", "🙂", "e\u{301}", "\\n", "\\\"", "\\\\", "\\/", "\\t", "\\u00e9",
                     "\\u0041", "\\ud83d\\ude00", "\\uD834\\uDD1E", "\\u2028", "\\b", "\\f", "\\r", "-", "_", "0123456789",
                     "long text with words ", "\u{7F}", "\u{A0}x"]
        var text = pick(["a", "B", "id", "é", "\\u0062"])  // never blank
        for _ in 0..<int(below: 6) { text += pick(parts) }
        return "\"" + text + "\""
    }

    mutating func number() -> String {
        pick(["0", "-0", "1", "-17", "3.25", "-0.5", "1e10", "2E-3", "6.02e+23", "1.5E400", "123456789012345678901234567890",
              "0.000001", "\(int(below: 100000))", "-\(int(below: 999)).\(int(below: 999))e\(int(below: 30))"])
    }

    mutating func scalar() -> String {
        switch int(below: 4) {
        case 0: return string()
        case 1: return number()
        case 2: return pick(["true", "false"])
        default: return "[" + (0..<int(below: 4)).map { _ in scalarOrArray(depth: 1) }.joined(separator: "," + space()) + "]"
        }
    }

    private mutating func scalarOrArray(depth: Int) -> String {
        if depth < 3 && chance(20) {
            return "[" + (0..<int(below: 3)).map { _ in scalarOrArray(depth: depth + 1) }.joined(separator: ", ") + "]"
        }
        return pick([string(), number(), "true", "false"])
    }

    /// Any JSON value, for unknown keys.
    mutating func anyValue(depth: Int = 0) -> String {
        switch int(below: depth > 2 ? 4 : 6) {
        case 0: return string()
        case 1: return number()
        case 2: return pick(["true", "false", "null"])
        case 3: return "{}"
        case 4: return "[" + (0..<int(below: 3)).map { _ in anyValue(depth: depth + 1) }.joined(separator: ",") + "]"
        default:
            return "{" + (0..<int(below: 3)).map { i in "\"k\(i)\":" + space() + anyValue(depth: depth + 1) }.joined(separator: ",") + "}"
        }
    }

    mutating func object(_ members: [(String, String)], unknown: Bool = true) -> String {
        var members = members
        if unknown && chance(30) { members.append(("unknown_\(int(below: 1000))", anyValue())) }
        if unknown && chance(10) { members.append(("x\\u00e9", anyValue())) }
        for index in members.indices.reversed() {  // shuffle
            members.swapAt(index, int(below: index + 1))
        }
        return "{" + space() + members.map { "\"\($0.0)\"" + space() + ":" + space() + $0.1 }
            .joined(separator: "," + space()) + space() + "}"
    }

    mutating func date() -> String {
        pick(["\"2016\"", "\"2016-02\"", "\"2016-02-01\"", "\"1999-12-31\""])
    }

    mutating func properties() -> String {
        var members = [(String, String)]()
        var used = Set<String>()
        for _ in 0..<int(below: 5) {
            let key = pick(["role", "weight", "date", "start_date", "note", "tags", "k\(int(below: 50))", "caf\\u00e9", "日付"])
            guard used.insert(key).inserted else { continue }
            members.append((key, key.hasSuffix("date") ? date() : scalar()))
        }
        return object(members, unknown: false)
    }

    mutating func sources(documents: [String], required: Bool) -> String {
        let count = required ? 1 + int(below: 3) : int(below: 3)
        return "[" + (0..<count).map { _ in
            let document = pick(documents)
            return object([("document", "\"\(document)\""), ("quote", string())])
        }.joined(separator: "," + space()) + "]"
    }

    mutating func document(small: Bool = false) -> String {
        let documentIDs = (0..<(1 + int(below: 3))).map { "doc-\($0)" }
        let documents = documentIDs.map { id -> String in
            var members = [("id", "\"\(id)\""), ("title", string())]
            if chance(50) { members.append(("publisher", chance(30) ? "null" : string())) }
            if chance(50) { members.append(("language", "\"en\"")) }
            if chance(50) { members.append(("date", chance(30) ? "null" : date())) }
            if chance(50) { members.append(("path", string())) }
            return object(members)
        }
        let nodeCount = small ? 1 + int(below: 4) : 1 + int(below: 20)
        let nodes = (0..<nodeCount).map { index -> String in
            var members = [("id", "\"n\(index)\\u0021\""), ("type", string()), ("name", string())]
            if chance(60) {
                let aliases = (0..<int(below: 4)).map { _ in chance(20) ? pick(["\"\"", "\" \"", "\"\\t\\n\"", "\"\u{3000}\""]) : string() }
                members.append(("aliases", "[" + aliases.joined(separator: ", ") + "]"))
            }
            if chance(60) { members.append(("properties", properties())) }
            if chance(80) { members.append(("sources", sources(documents: documentIDs, required: false))) }
            return object(members)
        }
        let edgeCount = small ? int(below: 4) : int(below: 30)
        let edges = (0..<edgeCount).map { index -> String in
            var members = [("source", "\"n\(int(below: nodeCount))!\""), ("target", "\"n\(int(below: nodeCount))\\u0021\""),
                           ("type", pick(["\"knows\"", "\"paid_to\"", "\"a1_b2\"", "\"\\u0061bc\""])),
                           ("sources", sources(documents: documentIDs, required: true))]
            if chance(50) { members.append(("id", chance(20) ? "null" : "\"e\(index)\"")) }
            if chance(50) { members.append(("properties", properties())) }
            return object(members)
        }
        var graph = [(String, String)]()
        if chance(80) { graph.append(("name", chance(20) ? "null" : string())) }
        if chance(50) { graph.append(("description", string())) }
        graph.append(("documents", "[" + documents.joined(separator: ",\n") + "]"))
        var top = [("nodes", "[" + space() + nodes.joined(separator: ",\n") + space() + "]"),
                   ("edges", "[" + edges.joined(separator: ",\n") + "]"), ("graph", object(graph))]
        if chance(70) { top.append(("directed", "true")) }
        if chance(50) { top.append(("multigraph", "true")) }
        return space() + object(top) + space()
    }
}
