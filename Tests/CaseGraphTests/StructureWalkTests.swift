@testable import CaseGraph
import Foundation
import Testing

/// The structure walk takes 64 bytes at a time as bit masks (`CStructureScan`); these tests
/// hold it to a walk that reads one byte at a time, on random valid JSON arrays whose strings
/// cross the blocks' edges, hold brackets, commas, quotes and runs of backslashes, and on
/// every start and target offset in them.
@Suite("Structure walk: 64 bytes at a time, as a byte at a time")
struct StructureWalkTests {
    /// The walk one byte at a time, as the loader did before the block walk: the oracle.
    static func walkByteAtATime(from start: Int, toElementAtOrAfter target: Int, in bytes: [UInt8]) -> StructureWalk.Arrival {
        var depth = 1
        var last = UInt8(ascii: "[")
        var index = max(start, 0)
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
                index += 1
                continue
            }
            if index >= target && depth == 1 && last == UInt8(ascii: ",") { return .element(index) }
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                while index < bytes.count && bytes[index] != UInt8(ascii: "\"") {
                    index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
                }
                if index >= bytes.count { return .cut }
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth == 0 { return .closed(index + 1) }
            default:
                break
            }
            last = byte
            index += 1
        }
        return .cut
    }

    /// A random JSON value: strings of brackets, commas, escaped quotes, backslash runs and
    /// non-ASCII text, long enough to cross blocks; nested arrays and objects; whitespace.
    static func value(_ random: inout SeededGenerator, depth: Int) -> String {
        let pieces = ["a", "{", "}", "[", "]", ",", " ", #"\""#, #"\\"#, #"\\\\"#, #"\\\""#, #"\n"#, #"\u00e9"#, "é", "日本", ":"]
        switch Int.random(in: 0..<(depth > 3 ? 3 : 6), using: &random) {
        case 0:
            let count = Int.random(in: 0..<(Bool.random(using: &random) ? 8 : 90), using: &random)
            return "\"" + (0..<count).map { _ in pieces.randomElement(using: &random) ?? "" }.joined() + "\""
        case 1: return String(Int.random(in: -1000...100_000, using: &random))
        case 2: return ["true", "false", "null", "1.5e3"].randomElement(using: &random) ?? "null"
        case 3, 4:
            let items = (0..<Int.random(in: 0..<5, using: &random)).map { _ in value(&random, depth: depth + 1) }
            return "[" + items.joined(separator: Bool.random(using: &random) ? "," : " ,\n\t ") + "]"
        default:
            let members = (0..<Int.random(in: 0..<4, using: &random)).map { index in
                "\"k\(index)\\\\\": " + value(&random, depth: depth + 1)
            }
            return "{" + members.joined(separator: ", ") + "}"
        }
    }

    @Test("on random arrays, from every element start and the first byte, to targets at and around each", arguments: 0..<12)
    func randomArrays(seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        let elements = (0..<Int.random(in: 1..<24, using: &random)).map { _ in Self.value(&random, depth: 0) }
        let text = "[" + elements.joined(separator: Bool.random(using: &random) ? "," : ",  \n") + "] tail ]"
        let bytes = Array(text.utf8)
        #expect(Self.walkByteAtATime(from: 1, toElementAtOrAfter: .max, in: bytes) == .closed(text.utf8.count - 7))
        // The walk's starts: the first byte, and every element's first byte the oracle finds.
        var starts = [1]
        while case .element(let next) = Self.walkByteAtATime(from: 1, toElementAtOrAfter: (starts.last ?? 1) + 1, in: bytes) {
            starts.append(next)
        }
        #expect(starts.count == elements.count)
        let targets = starts.flatMap { [$0 - 1, $0, $0 + 1] } + [0, bytes.count - 1, bytes.count, .max]
            + (0..<20).map { _ in Int.random(in: 0..<bytes.count, using: &random) }
        bytes.withUnsafeBufferPointer { buffer in
            for start in starts {
                for target in targets {
                    let expected = Self.walkByteAtATime(from: start, toElementAtOrAfter: target, in: bytes)
                    for build in Self.builds {
                        let walked = StructureWalk.walk(from: start, toElementAtOrAfter: target, in: buffer, build: build)
                        #expect(walked == expected, "seed \(seed), \(build), from \(start) to \(target)")
                        if walked != expected { return }
                    }
                }
            }
        }
    }

    @Test("strings and backslash runs across the blocks' edges, and cut texts")
    func blockEdges() {
        for runLength in 0..<6 {
            for shift in 0..<70 {
                // A string ending in `runLength` backslashes (escaping each other, or the quote
                // after them when odd) placed so that its end falls around a block's edge.
                let backslashes = String(repeating: "\\", count: runLength)
                let string = "\"" + String(repeating: "x", count: shift) + backslashes + (runLength % 2 == 1 ? "\"]," : "") + "\""
                let text = "[1, " + string + ", [2, \"]\"], {\"a\": 3}, 4]"
                let bytes = Array(text.utf8)
                bytes.withUnsafeBufferPointer { buffer in
                    for target in [0, 5, shift + 8, bytes.count - 3, Int.max] {
                        for build in Self.builds {
                            #expect(StructureWalk.walk(from: 1, toElementAtOrAfter: target, in: buffer, build: build)
                                    == Self.walkByteAtATime(from: 1, toElementAtOrAfter: target, in: bytes), "\(text) to \(target)")
                        }
                    }
                    // Every prefix is cut, or ends as the oracle says.
                    for length in stride(from: 1, through: bytes.count, by: 3) {
                        let prefix = Array(bytes[..<length])
                        prefix.withUnsafeBufferPointer { cut in
                            for build in Self.builds {
                                #expect(StructureWalk.walk(from: 1, toElementAtOrAfter: .max, in: cut, build: build)
                                        == Self.walkByteAtATime(from: 1, toElementAtOrAfter: .max, in: prefix))
                            }
                        }
                    }
                }
            }
        }
    }

    /// Blocks wholly before the target are counted in bulk unless they end in whitespace or a
    /// comma: an element whose comma lies blocks before the target, the whitespace after it
    /// running up to or past the target, is still found; so is the end of a deep nest that
    /// closes within one block.
    @Test("whitespace after a comma running across blocks up to the target, and deep nests closing in one block")
    func bulkBlocks() {
        for padding in [0, 1, 62, 63, 64, 65, 127, 128, 200] {
            for lead in 0..<66 {
                let text = "[" + String(repeating: "1", count: lead) + "," + String(repeating: " ", count: padding)
                    + "{\"a\": [[[[1]]]]}," + String(repeating: "\n", count: padding) + "2]"
                let bytes = Array(text.utf8)
                let second = lead + 2 + padding
                bytes.withUnsafeBufferPointer { buffer in
                    for target in Set([second - 1, second, second + 1, lead + 2, bytes.count - 2, .max]) {
                        let expected = Self.walkByteAtATime(from: 1, toElementAtOrAfter: target, in: bytes)
                        for build in Self.builds {
                            #expect(StructureWalk.walk(from: 1, toElementAtOrAfter: target, in: buffer, build: build) == expected,
                                    "lead \(lead), padding \(padding), \(build), to \(target)")
                        }
                    }
                }
            }
        }
        let deep = String(repeating: "[", count: 40) + String(repeating: "]", count: 40)
        let text = "[" + String(repeating: "7,", count: 30) + deep + "]" + String(repeating: " ", count: 100)
        Array(text.utf8).withUnsafeBufferPointer { buffer in
            for build in Self.builds {
                #expect(StructureWalk.walk(from: 1, toElementAtOrAfter: .max, in: buffer, build: build) == .closed(text.utf8.count - 100))
            }
        }
    }

    static let builds: [StructureWalk.Build] = [.fastest, .portable]

    @Test("a walk longer than a poll step: the stop flag ends it, else it arrives")
    func longWalks() {
        let long = Array(("[" + String(repeating: "\"a,]\", ", count: StructureWalk.pollStep / 4) + "1] ").utf8)
        long.withUnsafeBufferPointer { buffer in
            #expect(StructureWalk.walk(from: 1, toElementAtOrAfter: .max, in: buffer) == .closed(long.count - 1))
            #expect(StructureWalk.walk(from: 1, toElementAtOrAfter: long.count - 5, in: buffer) == .element(long.count - 3))
            let stop = RaisedFlag()
            stop.raise()
            #expect(StructureWalk.walk(from: 1, toElementAtOrAfter: .max, in: buffer, stop: stop) == .cut)
        }
        [UInt8]().withUnsafeBufferPointer { #expect(StructureWalk.walk(from: 0, toElementAtOrAfter: 0, in: $0) == .cut) }
    }
}
