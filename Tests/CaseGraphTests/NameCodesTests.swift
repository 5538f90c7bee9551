@testable import CaseGraph
import Testing

/// Names numbered in order of first use, looked up as `String`s or by their UTF-8 bytes.
@Suite("Name codes")
struct NameCodesTests {
    static func code(_ names: inout NameCodes, _ text: String, accept: (String) -> Bool = { _ in true }) -> Int32? {
        Array(text.utf8).withUnsafeBufferPointer { names.code(ofUTF8: $0, accepting: accept) }
    }

    @Test("values numbered in order of first use, past 16 names too; the same codes by String or by bytes")
    func numbering() {
        var byString = NameCodes(), byBytes = NameCodes()
        let values = (0..<200).map { "name-\($0 % 37)" } + ["knows", "arrested", "knows"]
        for value in values {
            byString.append(value)
            byBytes.append(code: Self.code(&byBytes, value) ?? -1)
        }
        #expect(byString.codes == byBytes.codes && byString.names == byBytes.names)
        #expect(byBytes.names.count == 39 && byBytes[0] == "name-0" && byBytes[201] == "arrested")
    }

    @Test("canonically equal spellings share a code; a refused name gets none and is asked again")
    func spellingsAndRefusals() {
        var names = NameCodes()
        let composed = Self.code(&names, "caf\u{E9}"), decomposed = Self.code(&names, "cafe\u{301}")
        #expect(composed == 0 && decomposed == 0 && names.names == ["caf\u{E9}"])
        var asked = 0
        let refuse = { (_: String) -> Bool in asked += 1; return false }
        #expect(Self.code(&names, "Bad Type", accept: refuse) == nil)
        #expect(Self.code(&names, "Bad Type", accept: refuse) == nil)
        #expect(asked == 2, "refused bytes are not remembered")
        var accepted = 0
        let accept = { (_: String) -> Bool in accepted += 1; return true }
        #expect(Self.code(&names, "knows", accept: accept) == 1)
        #expect(Self.code(&names, "knows", accept: accept) == 1)
        #expect(accepted == 1, "bytes seen before are not asked about again")
        #expect(names.count == 0, "finding a code appends no value")
    }
}
