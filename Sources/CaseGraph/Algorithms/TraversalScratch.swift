import Foundation

/// Dense per-node working memory for one traversal, reused across calls.
///
/// A node is "set" in a mark when its stamp equals `generation`, so starting a new
/// traversal costs O(1) instead of clearing O(V) memory. Two marks with a value each
/// (`first`, `second`: a distance, or a position) and a flag mark (`flag`) serve a
/// bidirectional search. The two queues hold one slot per node (a search enqueues a node at
/// most once); their used length is the search's own business.
///
/// The buffers are raw memory owned by this object, so the hot loops index them without
/// bounds, uniqueness or exclusivity checks; every index used is a node index of the graph
/// the buffers were made for. One traversal at a time uses a scratch object (see
/// ``TraversalScratchPool``).
final class TraversalScratch {
    private(set) var generation: UInt32 = 0
    let nodeCount: Int
    let firstStamp: UnsafeMutablePointer<UInt32>
    let firstValue: UnsafeMutablePointer<Int32>
    let secondStamp: UnsafeMutablePointer<UInt32>
    let secondValue: UnsafeMutablePointer<Int32>
    let flagStamp: UnsafeMutablePointer<UInt32>
    let firstQueue: UnsafeMutablePointer<Int32>
    let secondQueue: UnsafeMutablePointer<Int32>

    init(nodeCount: Int) {
        self.nodeCount = nodeCount
        func zeroed<Element: FixedWidthInteger>(_: Element.Type) -> UnsafeMutablePointer<Element> {
            let buffer = UnsafeMutablePointer<Element>.allocate(capacity: max(nodeCount, 1))
            buffer.initialize(repeating: 0, count: max(nodeCount, 1))
            return buffer
        }
        firstStamp = zeroed(UInt32.self)
        firstValue = zeroed(Int32.self)
        secondStamp = zeroed(UInt32.self)
        secondValue = zeroed(Int32.self)
        flagStamp = zeroed(UInt32.self)
        firstQueue = zeroed(Int32.self)
        secondQueue = zeroed(Int32.self)
    }

    deinit {
        for buffer in [firstStamp, secondStamp, flagStamp] { buffer.deallocate() }
        for buffer in [firstValue, secondValue, firstQueue, secondQueue] { buffer.deallocate() }
    }

    /// Starts a traversal: every mark is empty afterwards.
    func reset() {
        if generation == .max {
            for stamp in [firstStamp, secondStamp, flagStamp] { stamp.update(repeating: 0, count: max(nodeCount, 1)) }
            generation = 0
        }
        generation += 1
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
    func withScratch<Result>(_ body: (TraversalScratch) throws -> Result) rethrows -> Result {
        lock.lock()
        let kept = free.popLast()
        lock.unlock()
        let scratch = kept ?? TraversalScratch(nodeCount: nodeCount)
        scratch.reset()
        defer {
            lock.lock()
            if free.count < Self.kept { free.append(scratch) }
            lock.unlock()
        }
        return try body(scratch)
    }
}
