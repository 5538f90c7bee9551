import CaseGraph
import Foundation
import Testing

/// What the parser accepts and what it builds: the JSONTestSuite corpus,
/// values, offsets, escapes, nesting and size. Error messages and their
/// locations are in `JSONParserErrorTests.swift`.
@Suite("JSON parser")
struct JSONParserTests {
    /// Every `y_` file is accepted, every `n_` file rejected with a
    /// `JSONSyntaxError`, every `i_` file either way without crashing.
    /// All mismatches are reported together.
    @Test func jsonTestSuite() throws {
        let fixtures = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        let folder = fixtures.appendingPathComponent("JSONTestSuite/test_parsing")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".json") }
            .sorted()
        #expect(names.count == 318)

        var mismatches: [String] = []
        var implementationDefined: [String] = []
        for name in names {
            let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
            let outcome: Result<JSONValue, JSONSyntaxError>
            do {
                outcome = .success(try JSONParser.parse(bytes))
            } catch {
                outcome = .failure(error)
            }
            switch (name.first, outcome) {
            case ("y", .failure(let error)):
                mismatches.append("\(name): should be accepted, rejected with \(error)")
            case ("n", .success):
                mismatches.append("\(name): should be rejected, was accepted")
            case ("i", .success):
                implementationDefined.append("\(name): accepted")
            case ("i", .failure(let error)):
                implementationDefined.append("\(name): rejected with \(error)")
            case ("y", .success), ("n", .failure):
                break
            default:
                mismatches.append("\(name): unexpected file name")
            }
        }
        #expect(
            mismatches.isEmpty,
            Comment(
                rawValue: "\(mismatches.count) of \(names.count) files mismatched:\n"
                    + mismatches.joined(separator: "\n")))
        #expect(implementationDefined.count == 35)
    }

    @Test func scalars() throws {
        #expect(try JSONParser.parse("null") == .null)
        #expect(try JSONParser.parse(" true ") == .bool(true))
        #expect(try JSONParser.parse("\t\r\nfalse\n") == .bool(false))
        #expect(try JSONParser.parse(#""text""#) == .string("text"))
        #expect(try JSONParser.parse(#""""#) == .string(""))
    }

    @Test(arguments: [
        "0", "-0", "120", "-1.5e400", "1E+2", "1e-7", "0.000", "3.14159",
        "123456789012345678901234567890", "-9223372036854775809", "1.0E-0010",
    ])
    func numberLiteralsArePreserved(literal: String) throws {
        #expect(try JSONParser.parse(literal) == .number(literal))
        let array = try #require(try JSONParser.parse("[\(literal),\(literal)]").arrayValue)
        #expect(array.elements == [.number(literal), .number(literal)])
    }

    @Test func duplicateKeysAreKeptInOrder() throws {
        let object = try #require(try JSONParser.parse(#"{"a": 1, "b": 2, "a": 3}"#).objectValue)
        #expect(object.members.map(\.key) == ["a", "b", "a"])
        #expect(object.members.map(\.value) == [.number("1"), .number("2"), .number("3")])
        #expect(object["a"] == .number("1"))
        #expect(object["b"] == .number("2"))
        #expect(object["c"] == nil)
    }

    @Test func offsetsPointAtBracketsAndKeys() throws {
        let outer = try #require(try JSONParser.parse(#"[ {"k": [1], "é": {}} ]"#).arrayValue)
        #expect(outer.offset == 0)
        let object = try #require(outer.elements.first?.objectValue)
        #expect(object.offset == 2)
        #expect(object.members.map(\.keyOffset) == [3, 13])
        #expect(object["k"]?.arrayValue?.offset == 8)
        #expect(object["é"]?.objectValue?.offset == 19)  // 'é' is two bytes
    }

    @Test func escapes() throws {
        let text = #""\"\\\/\b\f\n\r\t\u00e9\u4E2D\u0000x""#
        #expect(try JSONParser.parse(text) == .string("\"\\/\u{8}\u{C}\n\r\té中\u{0}x"))
        #expect(try JSONParser.parse(#""plain \u0041 and é""#) == .string("plain A and é"))
    }

    @Test func surrogatePairsCombine() throws {
        #expect(try JSONParser.parse(#""\uD83D\uDE00""#) == .string("😀"))
        #expect(try JSONParser.parse(#""a\ud834\udd1eb""#) == .string("a𝄞b"))
    }

    /// Lone surrogates are accepted and become U+FFFD (a Swift String cannot hold them).
    @Test func loneSurrogatesBecomeReplacementCharacters() throws {
        #expect(try JSONParser.parse(#""\uD800""#) == .string("\u{FFFD}"))
        #expect(try JSONParser.parse(#""\uDC00x""#) == .string("\u{FFFD}x"))
        #expect(try JSONParser.parse(#""\uD800\u0041""#) == .string("\u{FFFD}A"))
        #expect(try JSONParser.parse(#""\uD800\n""#) == .string("\u{FFFD}\n"))
        #expect(try JSONParser.parse(#""\uD800\uD800\uDC00""#) == .string("\u{FFFD}𐀀"))
    }

    @Test func nestingUpToTheLimitIsAccepted() throws {
        let depth = JSONParser.defaultMaximumDepth
        let arrays = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        #expect(try JSONParser.parse(arrays).typeName == "array")
        let objects = String(repeating: #"{"a":"#, count: depth) + "1" + String(repeating: "}", count: depth)
        #expect(try JSONParser.parse(objects).typeName == "object")
        #expect(try JSONParser.parse("[[1]]", maximumDepth: 2) == JSONParser.parse("[[1]]"))
    }

    @Test func nestingBeyondTheLimitIsRejected() throws {
        let depth = JSONParser.defaultMaximumDepth
        let arrays = String(repeating: "[", count: depth + 1) + String(repeating: "]", count: depth + 1)
        let error = #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(arrays) }
        #expect(error?.message == "nesting deeper than 512 levels")
        #expect(error?.offset == 512)

        let objects = String(repeating: #"{"a":"#, count: depth + 1)
        let objectError = #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(objects) }
        #expect(objectError?.message == "nesting deeper than 512 levels")
        #expect(objectError?.offset == 512 * 5)

        let small = #expect(throws: JSONSyntaxError.self) {
            try JSONParser.parse("[[[1]]]", maximumDepth: 2)
        }
        #expect(small?.message == "nesting deeper than 2 levels")
        #expect(small?.offset == 2)
    }

    @Test func hundredThousandOpeningBracketsDoNotOverflowTheStack() throws {
        for opener in ["[", "{\"k\":", "[{\"k\":"] {
            let text = String(repeating: opener, count: 100_000)
            let error = #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(text) }
            #expect(error?.message == "nesting deeper than 512 levels")
        }
    }

    @Test func tenMegabyteSingleLineString() throws {
        let body = String(repeating: "abcdefghijé日😀 ", count: 500_000)  // 20 bytes each
        #expect(body.utf8.count == 10_000_000)
        let value = try JSONParser.parse(Array("[\"\(body)\"]".utf8))
        #expect(value.arrayValue?.elements == [.string(body)])
        let escaped = try JSONParser.parse(#"""# + body + #"\n""#)
        #expect(escaped == .string(body + "\n"))
    }

    @Test func textAndBytesAgree() throws {
        let text = #"{"nodes": [{"id": "n1", "name": "Zoë", "tags": ["a", "b"], "n": -2.5e3}]}"#
        #expect(try JSONParser.parse(text) == JSONParser.parse(Array(text.utf8)))
    }

    @Test func typeNames() throws {
        let values: [JSONValue] = [
            .null, .bool(true), .number("1"), .string(""),
            .array(JSONArray(elements: [], offset: 0)), .object(JSONObject(members: [], offset: 0)),
        ]
        #expect(values.map(\.typeName) == ["null", "boolean", "number", "string", "array", "object"])
    }

    @Test func valuesAreSendable() {
        let values: [any Sendable] = [
            JSONValue.null, JSONArray(elements: [], offset: 0), JSONObject(members: [], offset: 0),
            JSONMember(key: "", value: .null, keyOffset: 0), LineTable([]), JSONParser.defaultMaximumDepth,
            JSONSyntaxError(message: "", offset: 0, line: 1, column: 1),
        ]
        #expect(values.count == 7)
    }
}
