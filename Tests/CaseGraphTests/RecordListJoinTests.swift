@testable import CaseGraph
import Testing

/// `RecordList.append(chunksOf:)` (how the split decode joins its two lists) against
/// `Array`: the same elements in order, read, written, appended to and drained.
@Suite("Record list: joined lists")
struct RecordListJoinTests {
    static let shift = RecordListTests.shift
    static let chunk = RecordListTests.chunk

    @Test("joined lists read, write, append and drain as one array", arguments: [
        (0, 5), (5, 0), (1, 1), (chunk - 1, chunk + 2), (chunk, chunk), (2 * chunk + 3, 3 * chunk + 7), (3, 2 * chunk),
    ])
    func joined(_ sizes: (Int, Int)) {
        let (first, second) = sizes
        var expected = Array(0..<(first + second))
        var list = RecordList(0..<first, chunkShift: Self.shift)
        list.append(chunksOf: RecordList(first..<(first + second), chunkShift: Self.shift))
        #expect(list.count == expected.count && Array(list) == expected)
        for position in list.indices { #expect(list[position] == expected[position], "position \(position)") }
        // A third list, then single elements past a chunk's worth.
        list.append(chunksOf: RecordList([100, 101], chunkShift: Self.shift))
        expected += [100, 101]
        for value in 200..<(200 + Self.chunk + 3) {
            list.append(value)
            expected.append(value)
        }
        #expect(Array(list) == expected && list == RecordList(expected))
        if !expected.isEmpty {
            let middle = expected.count / 2
            list[middle] = -1
            expected[middle] = -1
            #expect(list[middle] == -1 && Array(list) == expected)
        }
        list.updateEach { $0 += 1 }
        var drained = [Int]()
        list.drain { drained += $0 }
        #expect(drained == expected.map { $0 + 1 } && list.isEmpty)
        list.append(7)
        #expect(Array(list) == [7])
    }
}
