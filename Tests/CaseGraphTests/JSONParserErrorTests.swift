import CaseGraph
import Testing

/// What the parser says about bad input, and where.
@Suite("JSON parser errors")
struct JSONParserErrorTests {
    /// A bad document, the message it must produce and the byte offset it must point at.
    struct Case: CustomTestStringConvertible, Sendable {
        var bytes: [UInt8]
        var message: String
        var offset: Int
        var testDescription: String { message }

        init(_ text: String, _ message: String, at offset: Int) {
            self.init(bytes: Array(text.utf8), message, at: offset)
        }

        init(bytes: [UInt8], _ message: String, at offset: Int) {
            self.bytes = bytes
            self.message = message
            self.offset = offset
        }
    }

    static let cases: [Case] = [
        Case("", "unexpected end of input, expected a value", at: 0),
        Case("  \n ", "unexpected end of input, expected a value", at: 4),
        Case("[", "unexpected end of input, expected a value", at: 1),
        Case(#"{"a" 1}"#, "expected ':' after object key, found '1'", at: 5),
        Case(#"{"a"}"#, "expected ':' after object key, found '}'", at: 4),
        Case(#"{"a""#, "unexpected end of input, expected ':' after object key", at: 4),
        Case(#"{"a":1 x}"#, "expected ',' or '}' after object member, found 'x'", at: 7),
        Case(#"{"a":1"#, "unexpected end of input, expected ',' or '}' after object member", at: 6),
        Case("[1 2]", "expected ',' or ']' after array element, found '2'", at: 3),
        Case("[1}", "expected ',' or ']' after array element, found '}'", at: 2),
        Case("{1:2}", "expected a string key or '}' in object, found '1'", at: 1),
        Case("{'a':2}", "expected a string key or '}' in object, found ''' (keys must use double quotes)", at: 1),
        Case(#"{"a":1,}"#, "expected a string key after ',' in object, found '}' (trailing commas are not allowed)", at: 7),
        Case(#"{"a":1,"b":}"#, "expected a value, found '}'", at: 11),
        Case("[1,]", "expected a value after ',', found ']' (trailing commas are not allowed)", at: 3),
        Case("[,1]", "expected a value, found ','", at: 1),
        Case("[1]x", "expected end of input after the JSON value, found 'x'", at: 3),
        Case("{} {}", "expected end of input after the JSON value, found '{'", at: 3),
        Case("[1] // note", "expected end of input after the JSON value, found '/'", at: 4),
        Case("/* note */ 1", "expected a value, found '/' (comments are not allowed in JSON)", at: 0),
        Case("[NaN]", "expected a value, found 'N' (NaN and Infinity are not allowed in JSON)", at: 1),
        Case("Infinity", "expected a value, found 'I' (NaN and Infinity are not allowed in JSON)", at: 0),
        Case("-Infinity", "expected a digit after '-', found 'I' (NaN and Infinity are not allowed in JSON)", at: 1),
        Case("'a'", "expected a value, found ''' (strings must use double quotes)", at: 0),
        Case("+1", "expected a value, found '+' (numbers must not start with '+')", at: 0),
        Case(".5", "expected a value, found '.' (numbers must start with a digit)", at: 0),
        Case("012", "leading zeros are not allowed in numbers", at: 0),
        Case("[-007]", "leading zeros are not allowed in numbers", at: 2),
        Case("1.", "unexpected end of input, expected a digit after '.' in number", at: 2),
        Case("1.e3", "expected a digit after '.' in number, found 'e'", at: 2),
        Case("1e+", "unexpected end of input, expected a digit in the exponent of number", at: 3),
        Case("-", "unexpected end of input, expected a digit after '-'", at: 1),
        Case("tru", "unexpected end of input, expected 'true'", at: 3),
        Case("[trUe]", "expected 'true', found 'U'", at: 3),
        Case("nul1", "expected 'null', found '1'", at: 3),
        Case("[truex]", "expected ',' or ']' after array element, found 'x'", at: 5),
        Case(#""abc"#, "unterminated string", at: 0),
        Case(#"["a", "b\"]"#, "unterminated string", at: 6),
        Case(#""a\"#, "unterminated string", at: 0),
        Case(#""a\qb""#, #"invalid escape '\q' in string"#, at: 2),
        Case(#""a\u12G4""#, #"expected 4 hexadecimal digits after '\u', found 'G'"#, at: 6),
        Case(#""\u12"#, #"unexpected end of input in '\u' escape"#, at: 5),
        Case("\"a\tb\"", #"control character '\u{09}' must be escaped in string"#, at: 2),
        Case("\"a\nb\"", #"control character '\u{0A}' must be escaped in string"#, at: 2),
        Case("[é]", "expected a value, found 'é'", at: 1),
        Case("[\u{A0}1]", #"expected a value, found '\u{A0}'"#, at: 1),
        Case("\u{FEFF}{}", "byte-order mark at start of file is not allowed in JSON", at: 0),
        Case(bytes: [0x5B, 0x22, 0x61, 0x00, 0x22, 0x5D], #"control character '\u{00}' must be escaped in string"#, at: 3),
        Case(bytes: [0x5B, 0x22, 0xFF, 0x22, 0x5D], "invalid UTF-8 byte 0xFF", at: 2),
        Case(bytes: [0x5B, 0xFF, 0x5D], "invalid UTF-8 byte 0xFF", at: 1),
        Case(bytes: [0x22, 0xC0, 0xAF, 0x22], "invalid UTF-8 byte 0xC0", at: 1),
        Case(bytes: [0x22, 0xE2, 0x82, 0x22], "invalid UTF-8 byte 0xE2 (incomplete sequence)", at: 1),
        Case(bytes: [0x22, 0xE9, 0x22], "invalid UTF-8 byte 0xE9 (incomplete sequence)", at: 1),
        Case(bytes: [0x22, 0xED, 0xA0, 0x80, 0x22], "invalid UTF-8 byte 0xA0 in sequence starting with 0xED", at: 2),
        Case(bytes: [0x22, 0xF0, 0x9F], "invalid UTF-8 byte 0xF0 (incomplete sequence at end of input)", at: 1),
        Case(bytes: [0x22, 0xF4, 0x90, 0x80, 0x80, 0x22], "invalid UTF-8 byte 0x90 in sequence starting with 0xF4", at: 2),
        Case(bytes: [0x22, 0x5C, 0xFF, 0x22], "invalid UTF-8 byte 0xFF", at: 2),
        Case(bytes: [0x31, 0x20, 0x80], "invalid UTF-8 byte 0x80", at: 2),
    ]

    @Test(arguments: cases)
    func messageAndOffset(_ testCase: Case) {
        let error = #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(testCase.bytes) }
        #expect(error?.message == testCase.message)
        #expect(error?.offset == testCase.offset)
    }

    @Test func lineAndColumnCountCharactersNotBytes() throws {
        let prefix = "{\n  \"name\": \"Zoë\",\n  \"日本\": 1 "
        let text = prefix + "2\n}"
        let error = #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(text) }
        #expect(error?.message == "expected ',' or '}' after object member, found '2'")
        #expect(error?.offset == prefix.utf8.count)
        #expect(error?.line == 3)
        #expect(error?.column == 11)  // `  "日本": 1 ` is 10 characters, 14 bytes
        #expect(error?.description == "3:11: expected ',' or '}' after object member, found '2'")
    }

    @Test func locationAfterCarriageReturnLineFeeds() throws {
        let text = "[\r\n  1,\r\n  \"ü\" 2\r\n]"
        let error = #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(text) }
        #expect(error?.line == 3)
        #expect(error?.column == 7)
    }

    @Test func locationAtEndOfInput() throws {
        let error = #expect(throws: JSONSyntaxError.self) { try JSONParser.parse("{\n\"a\":\n") }
        #expect(error?.message == "unexpected end of input, expected a value")
        #expect(error?.offset == 7)
        #expect(error?.line == 3)
        #expect(error?.column == 1)
    }

    @Test func errorLocationMatchesLineTable() throws {
        let text = "[1,\n\"é\",\r\"x\"\r\n, 2, 3\n,4,,]"
        let bytes = Array(text.utf8)
        let error = try #require(#expect(throws: JSONSyntaxError.self) { try JSONParser.parse(bytes) })
        let location = LineTable(bytes).location(ofOffset: error.offset)
        #expect(error.line == location.line)
        #expect(error.column == location.column)
        #expect(error.line == 5)
        #expect(error.column == 4)
    }
}
