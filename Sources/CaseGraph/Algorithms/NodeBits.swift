/// A set of node indices as bits in raw memory owned by a ``TraversalScratch``.
struct NodeBits {
    let words: UnsafeMutablePointer<UInt64>
    let wordCount: Int

    init(nodeCount: Int) {
        wordCount = max((nodeCount + 63) / 64, 1)
        words = UnsafeMutablePointer<UInt64>.allocate(capacity: wordCount)
        words.initialize(repeating: 0, count: wordCount)
    }

    @inline(__always)
    func contains(_ node: Int) -> Bool {
        words[node &>> 6] & (1 &<< UInt64(truncatingIfNeeded: node & 63)) != 0
    }

    /// 1 when `node` is a member, 0 when not: a membership test to combine without a branch.
    @inline(__always)
    func oneIfContains(_ node: Int) -> Int {
        Int(truncatingIfNeeded: (words[node &>> 6] &>> UInt64(truncatingIfNeeded: node & 63)) & 1)
    }

    @inline(__always)
    func insert(_ node: Int) {
        words[node &>> 6] |= 1 &<< UInt64(truncatingIfNeeded: node & 63)
    }

    /// Inserts `node` and returns 1 when it was not a member yet, 0 when it was: no branch,
    /// for loops whose test would be mispredicted half the time.
    @inline(__always)
    func insertCountingNew(_ node: Int) -> Int {
        let word = words[node &>> 6], bit: UInt64 = 1 &<< UInt64(truncatingIfNeeded: node & 63)
        words[node &>> 6] = word | bit
        return Int(truncatingIfNeeded: (~word &>> UInt64(truncatingIfNeeded: node & 63)) & 1)
    }

    /// Empties the set, given that `queue[0..<count]` lists every member (`Int.max`: unknown).
    func clear(listedIn queue: UnsafeMutablePointer<Int32>, count: Int) {
        if count <= wordCount / 4 {
            for position in 0..<count { words[Int(queue[position]) &>> 6] = 0 }
        } else {
            words.update(repeating: 0, count: wordCount)
        }
    }
}
