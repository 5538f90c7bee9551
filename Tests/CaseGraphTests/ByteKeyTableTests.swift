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

    /// (Room is reserved: growing places the keys again by their own hashes.)
    @Test("keys whose hashes are all equal, of equal and of different lengths: each found by its own bytes")
    func equalHashes() {
        var table = ByteKeyTable()
        table.reserveCapacity(keys: 300, bytes: 3_000)
        let hash: UInt64 = 0xDEAD_BEEF_0000_0005
        let keys = (0..<200).map { Array("k\($0 % 10)-\($0)".utf8) } + [[], [0], [0, 0]]
        for (number, key) in keys.enumerated() {
            #expect(key.withUnsafeBufferPointer { table.find($0, hash: hash) } == nil)
            #expect(key.withUnsafeBufferPointer { table.append($0, hash: hash) } == number)
        }
        for (number, key) in keys.enumerated() {
            #expect(key.withUnsafeBufferPointer { table.find($0, hash: hash) } == number, "\(key)")
            // The same bytes under other hash bits are another key.
            #expect(key.withUnsafeBufferPointer { table.find($0, hash: hash ^ 0x1_0000_0000) } == nil)
        }
        #expect(Array("k1-10!".utf8).withUnsafeBufferPointer { table.find($0, hash: hash) } == nil)
        #expect(Array("k1-1".utf8).withUnsafeBufferPointer { table.find($0, hash: hash) } == 1)
    }

    @Test("a batch look-up, or a window of one, answers what one look-up at a time answers, key by key, in order")
    func batches() {
        var random = SeededGenerator(seed: 11)
        var table = ByteKeyTable()
        var oracle = [[UInt8]: Int]()
        let alphabet: [UInt8] = Array("ab-é".utf8) + [0, 0xFF]
        func key() -> [UInt8] {
            (0..<Int.random(in: 0...12, using: &random)).map { _ in alphabet.randomElement(using: &random) ?? 0 }
        }
        var batch = ByteKeyBatch()
        for round in 0..<400 {
            // Keys looked up in batches of up to 40, the table growing between batches (and
            // empty for the first): found keys, missing keys, repeats within a batch.
            batch.removeAll()
            var keys = [[UInt8]]()
            for index in 0..<Int.random(in: 0...40, using: &random) {
                let next = index > 0 && random.next() % 5 == 0 ? keys[index - 1] : key()
                keys.append(next)
                next.withUnsafeBufferPointer { batch.append($0, tag: 1_000 + index) }
            }
            if round % 7 == 3 && keys.count > 2 {
                batch.removeKeys(from: keys.count - 2)
                keys.removeLast(2)
            }
            var answers = [(Int, Int?)]()
            _ = table.find(batch) { index, number in answers.append((batch.tags[index], number)) }
            #expect(answers.map(\.0) == keys.indices.map { 1_000 + $0 }, "round \(round): every key once, in order")
            #expect(answers.map(\.1) == keys.map { oracle[$0] }, "round \(round)")
            #expect(keys.indices.allSatisfy { index in batch.withKey(index) { Array($0) } == keys[index] })
            // A window of the batch: its keys only, the same answers.
            let low = Int.random(in: 0...keys.count, using: &random), high = Int.random(in: low...keys.count, using: &random)
            var window = [(Int, Int?)]()
            _ = table.find(batch, in: low..<high) { index, number in window.append((index, number)) }
            #expect(window.map(\.0) == Array(low..<high), "round \(round): window \(low)..<\(high)")
            #expect(window.map(\.1) == keys[low..<high].map { oracle[$0] }, "round \(round): window")
            for key in keys.shuffled(using: &random).prefix(5) where oracle[key] == nil {
                oracle[key] = key.withUnsafeBufferPointer { table.append($0) }
            }
        }
    }
}
