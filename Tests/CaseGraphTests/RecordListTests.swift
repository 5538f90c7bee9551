@testable import CaseGraph
import Testing

/// `RecordList` against `Array`: same elements and order across chunk boundaries.
@Suite("Record list: an array in fixed-size chunks")
struct RecordListTests {
    /// Chunks of 16 elements, so that the sizes cross chunk boundaries cheaply.
    static let shift = 4
    static let chunk = 1 << shift
    static let sizes = [0, 1, chunk - 1, chunk, chunk + 1, 3 * chunk + 7]

    @Test("appending, reading and writing agree with an array", arguments: sizes)
    func agreesWithArray(size: Int) {
        let expected = (0..<size).map { $0 * 3 }
        var list = RecordList<Int>(chunkShift: Self.shift)
        for value in expected { list.append(value) }
        #expect(list.count == size)
        #expect(Array(list) == expected)
        #expect(list == RecordList(expected) && list == RecordList(expected, chunkShift: Self.shift + 1))
        if size > 0 {
            list[size - 1] = -1
            #expect(list[size - 1] == -1 && list.last == -1)
            #expect(list != RecordList(expected))
        }
    }

    @Test("the default chunk is 32 MB or more, and at most twice that")
    func defaultChunkSize() {
        for (size, stride) in [(RecordList<Int>().chunkSize, 8), (RecordList<NodeRecord>().chunkSize, MemoryLayout<NodeRecord>.stride)] {
            #expect(size * stride >= 1 << 25 && size * stride < 1 << 26)
        }
    }
}
