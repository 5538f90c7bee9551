@testable import CaseGraph
import Testing

/// `IndexRuns` keeps runs of consecutive indices: whatever the sequence (runs, repeats, steps
/// back, a second file starting at 0), every index comes back, after joins, shifts and cut
/// suffixes; a list read from one file in order is a single run.
@Suite("Index runs: positions kept once per run")
struct IndexRunsTests {
    static func indices(_ generator: inout SeededGenerator, count: Int) -> [Int32] {
        var next: Int32 = Int32(generator.next() % 5)
        return (0..<count).map { _ in
            switch generator.next() % 10 {
            case 0: next = 0                                   // another file's first record
            case 1: next = Int32(generator.next() % 100)       // anywhere
            case 2: next -= 1                                  // a step back, a repeat
            default: break                                     // the usual: the next one
            }
            defer { next += 1 }
            return next
        }
    }

    static func array(_ runs: IndexRuns) -> [Int32] { (0..<runs.count).map { runs[$0] } }

    @Test("appends, joins, shifts and cut suffixes against an array, 400 seeds")
    func againstArray() {
        for seed in 0..<400 as Range<UInt64> {
            var generator = SeededGenerator(seed: seed)
            let first = Self.indices(&generator, count: Int(generator.next() % 60))
            let second = Self.indices(&generator, count: Int(generator.next() % 60))
            var runs = IndexRuns(), other = IndexRuns()
            for index in first { runs.append(index) }
            for index in second { other.append(index) }
            #expect(Self.array(runs) == first, "seed \(seed)")
            let shift = Int32(generator.next() % 50)
            other.shift(by: shift)
            runs.append(contentsOf: other)
            let joined = first + second.map { $0 + shift }
            #expect(Self.array(runs) == joined, "seed \(seed), joined")
            let cut = Int(generator.next() % UInt64(joined.count + 1))
            runs.removeSuffix(from: cut)
            #expect(Self.array(runs) == Array(joined.prefix(cut)), "seed \(seed), cut at \(cut)")
            runs.append(7)
            #expect(Self.array(runs) == Array(joined.prefix(cut)) + [7], "seed \(seed), appended after the cut")
        }
    }

    @Test("a file's records in order are one run, joined parts too")
    func oneRun() {
        var runs = IndexRuns(), part = IndexRuns()
        for index in 0..<1000 as Range<Int32> { runs.append(index) }
        for index in 0..<500 as Range<Int32> { part.append(index) }
        part.shift(by: 1000)
        runs.append(contentsOf: part)
        var single = IndexRuns()
        for index in 0..<1500 as Range<Int32> { single.append(index) }
        #expect(runs == single && runs.count == 1500 && runs[1499] == 1499)
    }
}
