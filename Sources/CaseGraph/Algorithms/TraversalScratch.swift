import Foundation
import Synchronization

/// Dense per-node working memory for one traversal, reused across calls.
///
/// Two visited sets (`firstSeen`, `secondSeen`) are bit sets, one bit a node, so that the
/// check made for every edge a search looks at hits a few kilobytes that stay in the
/// nearest cache; each comes with a value per node (`firstValue`, `secondValue`: a
/// distance), written only for the nodes in the set. A third bit set (`flagged`) marks the
/// nodes a path search found on shortest paths; the search lists them in `flaggedNodes`.
/// The two queues hold one slot per node (a search enqueues a node at most once), and a spare
/// one: a search may write a node one past the queue's end before deciding to keep it.
///
/// A search that sets bits records how many entries of the matching queue hold every node
/// it set (`firstSeenCount`, `secondSeenCount`; `Int.max` when it cannot tell, e.g. when
/// cancelled); ``reset()`` clears those nodes' words, or the whole set.
///
/// A path search also keeps its small working arrays here (``PathSearchArrays``), so that a
/// query on a graph already searched allocates only its answer.
///
/// The buffers are raw memory owned by this object, so the hot loops index them without
/// bounds, uniqueness or exclusivity checks; every index used is a node index of the graph
/// the buffers were made for. One traversal at a time uses a scratch object (see
/// ``TraversalScratchPool``), which is why it may be `Sendable`: the pool hands it from thread
/// to thread, never to two at once.
final class TraversalScratch: @unchecked Sendable {
    let nodeCount: Int
    let firstSeen: NodeBits
    let firstValue: UnsafeMutablePointer<Int32>
    let secondSeen: NodeBits
    let secondValue: UnsafeMutablePointer<Int32>
    let flagged: NodeBits
    /// Every node set in `flagged`.
    var flaggedNodes: [Int32] = []
    let firstQueue: UnsafeMutablePointer<Int32>
    let secondQueue: UnsafeMutablePointer<Int32>
    /// How many entries of `firstQueue` hold every node set in `firstSeen`.
    var firstSeenCount = 0
    /// How many entries of `secondQueue` hold every node set in `secondSeen`.
    var secondSeenCount = 0
    /// What the last search folded from its early reads (see ``TraversalView/touchRuns(of:_:_:)``).
    var touched: Int32 = 0
    /// The path search's working arrays, kept between queries for their capacity.
    var pathArrays = PathSearchArrays()
    /// A breadth-first search's level ends, kept between queries for their capacity (see
    /// `Graph.breadthFirst`): a one-hop query then allocates only its answer.
    var levelEnds: [Int] = []

    init(nodeCount: Int) {
        self.nodeCount = nodeCount
        // One slot a node, and a spare one past the end (see `firstQueue`).
        func zeroed<Element: FixedWidthInteger>(_: Element.Type) -> UnsafeMutablePointer<Element> {
            let buffer = UnsafeMutablePointer<Element>.allocate(capacity: nodeCount + 1)
            buffer.initialize(repeating: 0, count: nodeCount + 1)
            return buffer
        }
        firstSeen = NodeBits(nodeCount: nodeCount)
        firstValue = zeroed(Int32.self)
        secondSeen = NodeBits(nodeCount: nodeCount)
        secondValue = zeroed(Int32.self)
        flagged = NodeBits(nodeCount: nodeCount)
        firstQueue = zeroed(Int32.self)
        secondQueue = zeroed(Int32.self)
    }

    deinit {
        flagged.words.deallocate()
        firstSeen.words.deallocate()
        secondSeen.words.deallocate()
        for buffer in [firstValue, secondValue, firstQueue, secondQueue] { buffer.deallocate() }
    }

    /// Starts a traversal: every mark is empty afterwards.
    func reset() {
        if !flaggedNodes.isEmpty {
            flaggedNodes.withUnsafeMutableBufferPointer { nodes in
                if let base = nodes.baseAddress { flagged.clear(listedIn: base, count: nodes.count) }
            }
            flaggedNodes.removeAll(keepingCapacity: true)
        }
        firstSeen.clear(listedIn: firstQueue, count: firstSeenCount)
        secondSeen.clear(listedIn: secondQueue, count: secondSeenCount)
        firstSeenCount = 0
        secondSeenCount = 0
    }
}

/// A few ``TraversalScratch`` buffers shared by the copies of one ``Graph``, handed out
/// under a lock so that concurrent traversals never share one.
final class TraversalScratchPool: @unchecked Sendable {
    /// The buffers kept for reuse: an array of them under a `Mutex` (a futex, taken without
    /// a system call when free; cheaper than `NSLock` for the one-microsecond queries).
    private let free = Mutex<[TraversalScratch]>([])
    /// One more buffer kept outside the lock, for the usual case of one traversal at a time:
    /// taken and given back by one atomic exchange each (a retained reference, or nil).
    private let spare = Atomic<UnsafeMutableRawPointer?>(nil)
    private let nodeCount: Int
    /// Buffers kept for reuse; more concurrent traversals allocate and drop their own.
    private static let kept = 4

    init(nodeCount: Int) { self.nodeCount = nodeCount }

    /// Runs `body` with a reset scratch buffer that no one else uses meanwhile.
    func withScratch<Result>(_ body: (TraversalScratch) throws -> Result) rethrows -> Result {
        let scratch = take() ?? TraversalScratch(nodeCount: nodeCount)
        scratch.reset()
        defer { give(back: scratch) }
        return try body(scratch)
    }

    private func take() -> TraversalScratch? {
        if let held = spare.exchange(nil, ordering: .acquiring) {
            return Unmanaged<TraversalScratch>.fromOpaque(held).takeRetainedValue()
        }
        return free.withLock { $0.popLast() }
    }

    private func give(back scratch: TraversalScratch) {
        let held = Unmanaged.passRetained(scratch).toOpaque()
        guard !spare.compareExchange(expected: nil, desired: held, ordering: .releasing).exchanged else { return }
        Unmanaged<TraversalScratch>.fromOpaque(held).release()
        free.withLock { kept in
            if kept.count < Self.kept { kept.append(scratch) }
        }
    }

    deinit {
        if let held = spare.exchange(nil, ordering: .acquiring) {
            Unmanaged<TraversalScratch>.fromOpaque(held).release()
        }
    }
}
