@testable import CaseGraph
import Testing

@Suite("The scratch pool: one traversal's buffers are never another's")
struct TraversalScratchPoolTests {
    @Test("a traversal inside another gets other buffers; both are kept and handed out again")
    func nestedTraversalsGetTheirOwn() {
        let pool = TraversalScratchPool(nodeCount: 64)
        var seen = [ObjectIdentifier]()
        pool.withScratch { outer in
            seen.append(ObjectIdentifier(outer))
            pool.withScratch { inner in
                #expect(inner !== outer)
                seen.append(ObjectIdentifier(inner))
                pool.withScratch { innermost in
                    #expect(innermost !== inner && innermost !== outer)
                    seen.append(ObjectIdentifier(innermost))
                }
            }
        }
        // The lock-free spare first, then the locked list: the same three buffers, no new one.
        for _ in 0..<3 {
            pool.withScratch { scratch in
                #expect(seen.contains(ObjectIdentifier(scratch)))
                pool.withScratch { other in #expect(other !== scratch && seen.contains(ObjectIdentifier(other))) }
            }
        }
    }

    @Test("buffers handed out again are empty: a search's marks do not reach the next one")
    func handedOutEmpty() {
        let pool = TraversalScratchPool(nodeCount: 200)
        pool.withScratch { scratch in
            for node in stride(from: 0, to: 200, by: 3) {
                scratch.firstQueue[scratch.firstSeenCount] = Int32(node)
                scratch.firstSeenCount += 1
                scratch.firstSeen.insert(node)
            }
        }
        pool.withScratch { scratch in
            #expect((0..<200).allSatisfy { !scratch.firstSeen.contains($0) })
        }
    }
}
