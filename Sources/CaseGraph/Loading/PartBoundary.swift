import Synchronization

/// Where the split decode's second part ends, which the first thread may pull in once it has
/// read its own part: the two threads' shares come out even whatever the machine, the file or
/// the load on the processors, instead of only as well as a model of their costs guesses.
///
/// The second thread claims the bytes ahead of it a little at a time (``claimStep``) and
/// reads only elements that start in what it claimed. The first thread, arrived at the split
/// point while the second still reads, walks (``StructureWalk``) from an element the second
/// has reached to the element about halfway through what is left, and freezes the boundary
/// there — unless the second claimed past it meanwhile, when it tries again. It then reads the
/// elements from there on itself (the third part), and the second stops at that element.
///
/// ```swift
/// let boundary = PartBoundary(start: split)
/// // second thread, at each element:          // first thread, at the split point:
/// var claim = PartBoundary.Claim()            if let third = boundary.pullIn(...) { read from third }
/// guard claim.owns(element: at, of: boundary) else { stop }
/// ```
final class PartBoundary: Sendable {
    /// At or above zero: the claimed end (the second thread reads the elements that start
    /// before it); below: frozen, the second part ends at the element at `-word - 1`
    /// (``finished``: at the array's end).
    private let word: Atomic<Int>
    /// The first byte of an element the second thread has reached: a walk may start there.
    private let reached: Atomic<Int>
    /// Posted by the first thread once it has tried to pull the boundary in (or gave up on
    /// the second thread); the second waits for it before its first claim when ``holdsFirstClaim``.
    private let arrival = Mailbox<Bool>()
    /// Whether the second thread waits, before it claims anything, for the first to have tried
    /// to pull the boundary in: tests make the third part certain that way.
    let holdsFirstClaim: Bool

    /// How many bytes the second thread claims at a time.
    static let claimStep = 1 << 20
    private static let finished = Int.min
    private static let notBegun = Int.min + 1

    /// A boundary not placed yet (``begin(at:)``): nothing can be pulled in.
    init(holdsFirstClaim: Bool = false) {
        word = Atomic(Self.notBegun)
        reached = Atomic(0)
        self.holdsFirstClaim = holdsFirstClaim
    }

    /// Places the boundary at `split`, the second part's first element, nothing claimed yet:
    /// done before the first thread learns the split point, so that it finds it placed.
    func begin(at split: Int) {
        reached.store(split, ordering: .releasing)
        _ = word.compareExchange(expected: Self.notBegun, desired: split, ordering: .acquiringAndReleasing)
    }

    // MARK: - The second thread

    /// The second thread's view of the boundary: the bytes it may read without asking.
    struct Claim {
        /// Elements that start before this are the second thread's.
        private var end = Int.min
        /// Frozen at `end`: nothing more may be claimed.
        private var frozen = false

        init() {}

        /// Whether the element at file offset `element` is the second thread's to read:
        /// false at the element where the first thread froze the boundary. An element past
        /// that point (bytes that were not the JSON the walk assumed) is read on, the freeze
        /// ignored: the second part then ends elsewhere, and the first thread drops its third.
        /// - Complexity: O(1); an atomic exchange every ``PartBoundary/claimStep`` bytes.
        @inline(__always)
        mutating func owns(element: Int, of boundary: PartBoundary) -> Bool {
            if element < end { return true }
            if !frozen { (end, frozen) = boundary.claim(at: element) }
            if frozen && element > end { (end, frozen) = (Int.max, false) }
            return element != end || !frozen
        }
    }

    /// Claims ``claimStep`` bytes from the element at `element` on; or, when frozen, where the
    /// part ends.
    private func claim(at element: Int) -> (end: Int, frozen: Bool) {
        if holdsFirstClaim { _ = arrival.wait() }
        reached.store(element, ordering: .releasing)
        var current = word.load(ordering: .acquiring)
        while current >= 0 {
            let (exchanged, original) = word.compareExchange(
                expected: current, desired: element + Self.claimStep, ordering: .acquiringAndReleasing)
            if exchanged { return (element + Self.claimStep, false) }
            current = original
        }
        return (current == Self.finished || current == Self.notBegun ? Int.max : -current - 1, true)
    }

    /// The second thread read to the array's end, or stopped: nothing is left to pull in.
    func finish() {
        var current = word.load(ordering: .acquiring)
        while current >= 0 || current == Self.notBegun {
            let (exchanged, original) = word.compareExchange(expected: current, desired: Self.finished, ordering: .acquiringAndReleasing)
            if exchanged { return }
            current = original
        }
    }

    // MARK: - The first thread

    /// Freezes the boundary at the first element at or after the point where what is left of
    /// the second part, split there, costs the two threads the same — this one walking to it
    /// first (`walkCost` a byte, in thousandths of reading one) — and returns that element's
    /// offset; nil when the second thread is done, or what is left (to `bytes`' end) would give
    /// this one fewer than `minimumBytes`. (The joins come after both threads are done.)
    /// - Complexity: O(bytes walked), 64 at a time.
    func pullIn(in bytes: UnsafeBufferPointer<UInt8>, walkCost: Int, minimumBytes: Int) -> Int? {
        defer { arrival.post(true) }
        // Walked again only when the second thread claimed past the element meanwhile (the
        // walk is far faster than reading: rarely).
        for _ in 0..<4 {
            var current = word.load(ordering: .acquiring)
            guard current >= 0 else { return nil }
            let from = reached.load(ordering: .acquiring)
            let left = bytes.count - from
            // The second reads x of what is left, this one walks x and reads the rest:
            // x = left - x + x × walkCost.
            let target = max(current, from + left / (2000 - min(walkCost, 999)) * 1000)
            guard bytes.count - target >= max(minimumBytes, 1),
                  case .element(let element) = StructureWalk.walk(from: from, toElementAtOrAfter: target, in: bytes)
            else { return nil }
            while current >= 0 && current <= element {
                let (exchanged, original) = word.compareExchange(
                    expected: current, desired: -element - 1, ordering: .acquiringAndReleasing)
                if exchanged { return element }
                current = original
            }
            guard current >= 0 else { return nil }
        }
        return nil
    }

    /// The first thread will not pull the boundary in: a second thread held before its first
    /// claim goes on.
    func giveUp() {
        arrival.post(false)
    }
}
