extension Adjacency {
    /// The adjacency's buffers while it is built, as addresses that two threads may share:
    /// each writes only its own bounds and slots (one direction's halves, or one part of the
    /// runs), and the two are joined before the buffers are read as a whole.
    struct Places: @unchecked Sendable {
        // Safe to share: the builder hands each thread a disjoint part of every buffer
        // (``count(_:side:)`` and ``fill(_:_:side:)`` write the halves of one direction,
        // ``sortRuns(_:idRank:nodeOfRank:cancellation:)`` the runs of its range of halves),
        // and waits for both before the buffers are used otherwise.
        let bounds: UnsafeMutablePointer<Int32>
        let neighbours: UnsafeMutablePointer<Int32>
        let edges: UnsafeMutablePointer<Int32>

        /// Counts each node's slots of one direction (`side` 0: outgoing, as sources; 1:
        /// incoming, as targets) one bound ahead of its half.
        /// - Complexity: O(E).
        func count(_ endpoints: [Int32], side: Int) {
            for node in endpoints { bounds[2 * Int(node) + 1 + side] += 1 }
        }

        /// Writes each edge's slot in its source's outgoing half (`side` 0) or its target's
        /// incoming half (`side` 1), moving that half's start on.
        /// - Complexity: O(E).
        func fill(_ sources: [Int32], _ targets: [Int32], side: Int) {
            for (edge, (from, to)) in zip(sources, targets).enumerated() {
                let half = side == 0 ? 2 * Int(from) + 1 : 2 * Int(to) + 2
                let slot = Int(bounds[half])
                neighbours[slot] = side == 0 ? to : from
                edges[slot] = Int32(truncatingIfNeeded: edge)
                bounds[half] += 1
            }
        }

        /// Sorts the runs of `halves` by (neighbour id rank, edge), through one reused buffer of
        /// keys. A run as ``fill(_:_:side:)`` leaves it is in edge order: a long one (a hub's) is
        /// sorted stably by rank alone, by radix.
        /// - Complexity: O(E' log d) for the E' slots of those halves.
        func sortRuns(_ halves: Range<Int>, idRank: [Int32], nodeOfRank: [Int32], cancellation: Cancellation) {
            var keys = [UInt64](), scratch = [UInt64]()
            var work = 0
            for half in halves {
                if cancellation.shouldStop(after: &work) { break }
                let range = Int(bounds[half])..<Int(bounds[half + 1])
                guard range.count > 1 else { continue }
                keys.removeAll(keepingCapacity: true)
                for slot in range {
                    keys.append(UInt64(UInt32(bitPattern: idRank[Int(neighbours[slot])])) << 32
                                | UInt64(UInt32(bitPattern: edges[slot])))
                }
                if keys.count >= RadixSort.minimumCount {
                    RadixSort.sort(&keys, scratch: &scratch, bytes: 4..<8) { $0 }
                } else {
                    keys.sort()
                }
                for (slot, key) in zip(range, keys) {
                    neighbours[slot] = nodeOfRank[Int(key >> 32)]
                    edges[slot] = Int32(bitPattern: UInt32(truncatingIfNeeded: key))
                }
            }
        }
    }
}
