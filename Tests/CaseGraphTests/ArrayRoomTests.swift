@testable import CaseGraph
import Testing

/// `reserveRoom(for:)`: the room asked for, and a run of calls that copies the array a bounded
/// number of times (one call for each file of a graph of many files).
@Suite("Making room in arrays for appending")
struct ArrayRoomTests {
    @Test("one call takes the room asked for, not half as much again")
    func oneCallIsExact() {
        var values = [Int32]()
        values.reserveRoom(for: 100_000)
        #expect(values.capacity >= 100_000)
        #expect(values.capacity < 110_000)
        values.append(contentsOf: repeatElement(7, count: 60_000))
        values.reserveRoom(for: 40_000)  // room enough already: no new buffer
        #expect(values.capacity < 110_000)
    }

    @Test("a run of small calls moves the buffer a few times, not once a call")
    func runsOfCallsGrowGeometrically() {
        var values = [Int32](repeating: 1, count: 50_000)
        var moves = 0
        var base = values.withUnsafeBufferPointer { $0.baseAddress }
        for round in 0..<2_000 {
            values.reserveRoom(for: 25)
            let before = values.withUnsafeBufferPointer { $0.baseAddress }
            if before != base { moves += 1 }
            values.append(contentsOf: repeatElement(Int32(truncatingIfNeeded: round), count: 25))
            let after = values.withUnsafeBufferPointer { $0.baseAddress }
            #expect(after == before, "the room reserved was not enough for the append")
            base = after
        }
        #expect(values.count == 100_000)
        // Half as much again each time: 50,000 → 100,000 takes two new buffers; exact room
        // would take 2,000.
        #expect(moves <= 3, "\(moves) new buffers for 2,000 calls")
    }
}
