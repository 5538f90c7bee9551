@testable import CaseGraph
import Testing

/// The loader's byte hash: equal bytes hash equally, keys that differ anywhere (the last byte
/// included) spread over the low bits the tables take their slots from, and the comparison
/// and the ASCII flag are exact for every length.
@Suite("ByteHash spreads keys over the low bits and compares bytes exactly")
struct ByteHashTests {
    static func hash(_ bytes: [UInt8]) -> (hash: UInt64, isASCII: Bool) {
        bytes.withUnsafeBufferPointer { ByteHash.hashNotingASCII($0) }
    }

    @Test("keys that differ only in their last byte, or only in their first, of every length up to 40: spread over 12 low bits")
    func lowBitsSpread() {
        for length in 1...40 {
            for position in Set([0, length - 1]) {
                var buckets = Set<UInt64>()
                for value in 0..<256 {
                    for prefix in 0..<16 {
                        var key = [UInt8](repeating: UInt8(ascii: "a") + UInt8(prefix), count: length)
                        key[position] = UInt8(value)
                        if position == 0 && length > 1 { key[length - 1] = UInt8(ascii: "a") + UInt8(prefix) }
                        buckets.insert(Self.hash(key).hash & 0xFFF)
                    }
                }
                // 4,096 keys (fewer distinct when length is 1) into 4,096 buckets: about 63 % hit
                // at random; a hash that ignored the byte would fill 16 at most.
                #expect(buckets.count > (length == 1 ? 200 : 2_400), "length \(length), byte \(position): \(buckets.count)")
            }
        }
    }

    @Test("equal bytes hash equally; the ASCII flag and the comparison are exact at every length and every differing byte")
    func exactness() {
        var random = SeededGenerator(seed: 5)
        for length in 0...40 {
            let key = (0..<length).map { _ in UInt8.random(in: 0x20...0x7E, using: &random) }
            #expect(Self.hash(key) == Self.hash(Array(key)))
            #expect(Self.hash(key).isASCII)
            let stored = [0xEE, 0xEE] + key + [0xEE]
            stored.withUnsafeBufferPointer { stored in
                key.withUnsafeBufferPointer { #expect(ByteHash.equal(stored, from: 2, $0)) }
            }
            for position in 0..<length {
                var other = key
                other[position] ^= 0x80
                #expect(!Self.hash(other).isASCII, "length \(length), byte \(position)")
                #expect(Self.hash(other).hash != Self.hash(key).hash)
                stored.withUnsafeBufferPointer { stored in
                    other.withUnsafeBufferPointer { #expect(!ByteHash.equal(stored, from: 2, $0), "length \(length), byte \(position)") }
                }
            }
        }
        // The length is part of the hash: a key and the same key with a zero byte more.
        #expect(Self.hash([1, 2, 3]).hash != Self.hash([1, 2, 3, 0]).hash)
        #expect(Self.hash([]).hash != Self.hash([0]).hash)
    }
}
