import CaseGraph
@testable import CaseQuery
import Foundation
import Testing

/// The byte-level writers (JSON, DOT, CSV) against plain scalar-by-scalar oracles: the
/// way the text formats were written before they were written as bytes.
@Suite("Byte-level writers")
struct ByteWriterTests {
    /// Scalars every escaping path must meet: quotes, backslashes, each kind of line break,
    /// C0 and C1 controls, DEL, bidi controls, separators, and safe text of 1 to 4 bytes
    /// (a combining mark too).
    static let alphabet: [Unicode.Scalar] = [
        "a", "Z", " ", ",", "\"", "\\", "\n", "\r", "\t", "\u{0}", "\u{1B}", "\u{7F}", "\u{80}", "\u{85}",
        "\u{9F}", "\u{A0}", "é", "\u{301}", "\u{061C}", "\u{200E}", "\u{200F}", "\u{202A}", "\u{202E}", "\u{2028}",
        "\u{2029}", "\u{2066}", "\u{2069}", "\u{2067}", "台", "\u{FFFD}", "😀", "\u{E0041}",
    ]

    /// Deterministic texts of 0 to 11 scalars drawn from ``alphabet`` (a linear congruential walk).
    static func texts(count: Int, seed: UInt64) -> [String] {
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<count).map { _ in
            var scalars = String.UnicodeScalarView()
            for _ in 0..<next(12) { scalars.append(alphabet[next(alphabet.count)]) }
            return String(scalars)
        }
    }

    // MARK: - Oracles

    static func jsonOracle(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            default:
                if SafeText.isUnsafe(scalar) {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output + "\""
    }

    /// Scalar by scalar (`replacingOccurrences` compares characters, and a quote followed
    /// by a combining mark is one character that is not a quote).
    static func dotEscaped(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in SafeText.escaped(text).unicodeScalars {
            if scalar == "\\" || scalar == "\"" { result.append("\\") }
            result.append(scalar)
        }
        return String(result)
    }

    static func dotLabelOracle(_ text: String) -> String {
        "\"" + DOTText.lines(of: text).map(dotEscaped).joined(separator: "\\n") + "\""
    }

    // MARK: - Tests

    @Test("JSON strings, from a String or from UTF-8 bytes: the oracle's escapes, decoding back to the text, no unsafe scalar left raw")
    func jsonStrings() throws {
        for text in Self.texts(count: 3_000, seed: 1) {
            var json = JSONWriter()
            json.openArray()
            json.string(text)
            Array(text.utf8).withUnsafeBufferPointer { json.string(utf8: $0) }  // the graph's packed bytes
            json.closeArray()
            let escaped = Self.jsonOracle(text)
            #expect(json.text == "[" + escaped + "," + escaped + "]", "\(text.unicodeScalars.map(\.value))")
            let decoded = try JSONSerialization.jsonObject(with: Data(json.bytes)) as? [String]
            #expect(decoded?.count == 2 && decoded?.allSatisfy { $0.unicodeScalars.elementsEqual(text.unicodeScalars) } == true)
            #expect(!json.text.unicodeScalars.contains(where: SafeText.isUnsafe))
        }
    }

    @Test("JSON containers: commas between members and elements, at every depth, keys escaped")
    func jsonContainers() {
        var json = JSONWriter()
        json.openObject()
        json.key("a")
        json.openArray()
        json.openArray()
        json.closeArray()
        json.integer(-3)
        json.openObject()
        json.closeObject()
        json.null()
        json.closeArray()
        json.key("q\"\u{1B}")
        json.value(.array([.string("x"), .number("1.50"), .bool(false)]))
        json.key("b")
        json.string(nil as String?)
        json.key("c")
        json.bool(true)
        json.closeObject()
        #expect(json.text == #"{"a":[[],-3,{},null],"q\"\u001b":["x",1.50,false],"b":null,"c":true}"#)
    }

    @Test("DOT labels and quoted names: the oracle's escapes for every text")
    func dotTexts() {
        for text in Self.texts(count: 3_000, seed: 2) {
            #expect(DOTText.label(text) == Self.dotLabelOracle(text), "\(text.unicodeScalars.map(\.value))")
            #expect(DOTText.quoted(text) == "\"" + Self.dotEscaped(text) + "\"", "\(text.unicodeScalars.map(\.value))")
        }
    }

    @Test("CSV fields: quoted when they hold a comma or quote or a space at either end, quotes doubled, escaped")
    func csvFields() {
        let names = ["plain", "a, b", "say \"hi\"", " lead", "trail ", "in side", "\u{1B}[31mred", "Zoë", ""]
        let graph = Graph(nodes: names.enumerated().map { number, name in
            Node(id: "n\(number)", type: "person", name: name)
        }, edges: [])
        let result = QueryResult(statement: "nodes", body: .nodes(type: nil, nodes: Array(graph.nodes.indices), total: names.count))
        let lines = CSVFormatter(graph: graph).format(result).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines == [
            "id,type,name,aliases", "n0,person,plain,", "n1,person,\"a, b\",", "n2,person,\"say \"\"hi\"\"\",",
            "n3,person,\" lead\",", "n4,person,\"trail \",", "n5,person,in side,", "n6,person,\\u{1B}[31mred,",
            "n7,person,Zoë,", "n8,person,,",
        ])
    }
}
