@testable import CaseGraph
import Testing

/// The loader's shared byte-keyed table against a dictionary of byte arrays.
@Suite("ByteKeyTable numbers keys in order and finds them by their bytes")
struct ByteKeyTableTests {
    @Test("random keys (empty, shared prefixes, long, non-ASCII), with and without reserving", arguments: [false, true])
    func againstDictionary(reserving: Bool) {
        var random = SeededGenerator(seed: reserving ? 7 : 3)
        var table = ByteKeyTable()
        if reserving { table.reserveCapacity(keys: 500, bytes: 5_000) }
        var oracle = [[UInt8]: Int]()
        var added = [[UInt8]]()
        let alphabet: [UInt8] = Array("ab-é".utf8) + [0, 0x80, 0xFF]
        for round in 0..<3_000 {
            let length = round % 97 == 0 ? 40 : Int.random(in: 0...9, using: &random)
            let key = (0..<length).map { _ in alphabet.randomElement(using: &random) ?? 0 }
            let found = key.withUnsafeBufferPointer { table.find($0) }
            #expect(found == oracle[key], "round \(round): \(key)")
            if found == nil {
                let number = key.withUnsafeBufferPointer { table.append($0) }
                #expect(number == added.count)
                oracle[key] = number
                added.append(key)
            }
        }
        #expect(table.count == added.count)
        for (number, key) in added.enumerated() {
            #expect(table.withKey(number) { Array($0) } == key)
            #expect(key.withUnsafeBufferPointer { table.find($0) } == number)
        }
        #expect(table.hasRoom(forBytes: 1) && !table.hasRoom(forBytes: Int(Int32.max)))
    }
}
