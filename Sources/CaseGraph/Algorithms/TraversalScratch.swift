import Foundation

/// Dense per-node working memory for one traversal, reused across calls.
///
/// A node is "set" in a mark when its stamp equals `generation`, so starting a new
/// traversal costs O(1) instead of clearing O(V) memory. Two marks with a value each
/// (`first`, `second`: a distance, or a position) and a flag mark (`flag`) serve a
/// bidirectional search; the queues are kept to reuse their capacity.
///
/// A value type handed to the traversal `inout`, so its arrays are mutated in place with
/// static exclusivity checks only.
struct TraversalScratch {
    private(set) var generation: UInt32 = 0
    var firstStamp: [UInt32]
    var firstValue: [Int32]
    var secondStamp: [UInt32]
    var secondValue: [Int32]
    var flagStamp: [UInt32]
    var firstQueue: [Int32] = []
    var secondQueue: [Int32] = []

    init(nodeCount: Int) {
        firstStamp = [UInt32](repeating: 0, count: nodeCount)
        firstValue = [Int32](repeating: 0, count: nodeCount)
        secondStamp = [UInt32](repeating: 0, count: nodeCount)
        secondValue = [Int32](repeating: 0, count: nodeCount)
        flagStamp = [UInt32](repeating: 0, count: nodeCount)
    }

    /// Starts a traversal: every mark is empty afterwards.
    mutating func reset() {
        if generation == .max {
            for index in firstStamp.indices {
                firstStamp[index] = 0
                secondStamp[index] = 0
                flagStamp[index] = 0
            }
            generation = 0
        }
        generation += 1
        firstQueue.removeAll(keepingCapacity: true)
        secondQueue.removeAll(keepingCapacity: true)
    }
}

/// A few ``TraversalScratch`` buffers shared by the copies of one ``Graph``, handed out
/// under a lock so that concurrent traversals never share one.
final class TraversalScratchPool: @unchecked Sendable {
    private let lock = NSLock()
    private var free: [TraversalScratch] = []
    private let nodeCount: Int
    /// Buffers kept for reuse; more concurrent traversals allocate and drop their own.
    private static let kept = 4

    init(nodeCount: Int) { self.nodeCount = nodeCount }

    /// Runs `body` with a reset scratch buffer that no one else uses meanwhile.
    func withScratch<Result>(_ body: (inout TraversalScratch) throws -> Result) rethrows -> Result {
        lock.lock()
        let kept = free.popLast()
        lock.unlock()
        var scratch = kept ?? TraversalScratch(nodeCount: nodeCount)
        scratch.reset()
        defer {
            lock.lock()
            if free.count < Self.kept { free.append(scratch) }
            lock.unlock()
        }
        return try body(&scratch)
    }
}
