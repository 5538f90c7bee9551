@testable import CaseGraph
import Testing

@Suite("Reordering: permuted arrays and packed keys")
struct PermutationTests {
    @Test("permute(gathering:) gives order.map { self[$0] }, for random permutations", arguments: [UInt64(1), 2, 3, 4, 5])
    func arrays(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        for count in [0, 1, 2, 7, 64, 65, 1_000] {
            var order = (0..<Int32(count)).map { $0 }
            order.shuffle(using: &generator)
            let values = (0..<count).map { "v\($0)" }
            var permuted = values
            permuted.permute(gathering: order)
            #expect(permuted == order.map { values[Int($0)] })
        }
    }

    @Test("packed keys permuted by bytes equal the keys packed in that order")
    func packedKeys() {
        let texts = ["zoe", "", "ana ivanovic", "a", "москва", "zoe", "b"]
        let keys = PackedKeys(texts)
        let order: [Int32] = [6, 1, 4, 0, 5, 3, 2]
        let permuted = keys.permuted(gathering: order)
        let expected = PackedKeys(order.map { texts[Int($0)] })
        #expect(permuted.count == expected.count)
        for position in 0..<permuted.count {
            let bytes = permuted.withKeyBytes { b, s in Array(b[Int(s[position])..<Int(s[position + 1])]) }
            #expect(bytes == Array(texts[Int(order[position])].utf8))
        }
        let sorted = keys.permuted(gathering: keys.sortedOrder { $0 < $1 })
        // Byte order: "", "a", "ana ivanovic", "b", "zoe", "zoe", "москва".
        #expect(sorted.startOfRun(through: 5) == 4)
        #expect(sorted.endOfRun(from: 4) == 6)
        #expect(sorted.startOfRun(through: 6) == 6 && sorted.endOfRun(from: 6) == 7)
    }
}
