import Foundation

/// Whether, and where, ``FastGraphDecoder`` cuts a file's `edges` array in two, to read the
/// second part on a second thread; and whether that thread starts when the `nodes` array
/// opens (finding the edges and its part of them by ``StructureWalk`` while the first thread
/// decodes the nodes) or when the first thread arrives at the edges.
///
/// ```swift
/// FastGraphDecoder.decode(bytes, file: "case.json", cancellation: .never, splitting: .at(.exactly(4096)))
/// ```
///
/// Any split point gives the same answer; a bad one (inside a string, past the array's end)
/// only costs the second thread's work.
struct EdgeSplit: Sendable, Equatable {
    /// Where the second part starts.
    enum Point: Sendable, Equatable {
        /// Started at the nodes: at the first element past the point where the two threads'
        /// work comes out even (``target(nodeBytes:edgeBytes:edgesFirst:)``). Started at the
        /// edges: at the first seam between two objects (see ``ArraySplitPoint/guess(after:in:)``)
        /// past a little more than half of the bytes from the array's first element to the end
        /// of the file: the second thread checks the bytes before the split point before it
        /// decodes (see ``ArraySplitPoint/isElementStart(_:ofArrayAt:in:)``), which takes a
        /// little of its time.
        case middle
        /// At the first seam at or after this offset (started at the nodes: the first element).
        case seam(after: Int)
        /// At exactly this offset, whatever the byte there: tests aim at tricky places.
        case exactly(Int)
    }

    /// Whether the first thread, arrived at the split point while the second still reads,
    /// takes the far half of what is left (``PartBoundary``).
    enum PullIn: Sendable, Equatable {
        case never
        /// When that half holds this many bytes or more.
        case whenLeft(minimumBytes: Int)
        /// Always (when the second part has more than one element): the second thread waits,
        /// before it reads its first element, for the first to arrive. For tests.
        case always
    }

    var point: Point
    /// Whether the second thread starts at the `nodes` array, when the edges follow it. Else,
    /// and when they do not, it starts at the edges.
    var startsAtNodes = true
    /// Below this many bytes from the array's first element to the end of the file, the
    /// edges are read on one thread: a second would cost more than it saves.
    var minimumBytes: Int
    var pullIn = PullIn.whenLeft(minimumBytes: 1 << 20)

    /// The loader's: split arrays of 4 MB and more near their middle, when there is a
    /// second processor; the first thread takes part of the second's part when it finishes
    /// first with a megabyte or more left there.
    static let automatic = EdgeSplit(
        point: .middle, minimumBytes: ProcessInfo.processInfo.activeProcessorCount > 1 ? 4 << 20 : .max)
    /// Always one thread.
    static let never = EdgeSplit(point: .middle, minimumBytes: .max)

    /// At `point`, whatever the array's size; the second thread started at the nodes or not;
    /// its part pulled in as `pullIn` says (by default never: the parts are where `point` says).
    static func at(_ point: Point, startsAtNodes: Bool = true, pullIn: PullIn = .never) -> EdgeSplit {
        EdgeSplit(point: point, startsAtNodes: startsAtNodes, minimumBytes: 0, pullIn: pullIn)
    }

    /// The boundary of a second part read this way; nil when it is never pulled in.
    func partBoundary() -> PartBoundary? {
        switch pullIn {
        case .never: nil
        case .whenLeft: PartBoundary()
        case .always: PartBoundary(holdsFirstClaim: true)
        }
    }

    /// The fewest bytes the first thread takes from the second part.
    var minimumPulledBytes: Int {
        switch pullIn {
        case .never: .max
        case .whenLeft(let bytes): bytes
        case .always: 0
        }
    }

    /// What the second thread's walk over a byte (``StructureWalk``) costs, in thousandths
    /// of what decoding a byte of edges on the first thread does (measured on the benchmark
    /// graph L, each phase timed on each thread by perf samples: 0.11, the walk taking 64
    /// bytes at a time; it was 0.21 on M and 0.29 on L a byte at a time).
    static let walkByteCost = 100
    /// What decoding a byte of nodes costs, in thousandths of a byte of edges (1.2 and 1.22).
    static let nodeByteCost = 1200
    /// What joining a byte of the second part's edges to the first's costs the first thread,
    /// in thousandths of decoding it (0.075 and 0.078).
    static let joinByteCost = 80
    /// What decoding a byte of edges costs the second thread, in thousandths of what it costs
    /// the first (1.1 and 1.19): the second holds endpoints back until the nodes are known,
    /// then looks them all up.
    static let secondEdgeByteCost = 1150

    /// The part of the bytes from the array's first element on that the main thread reads, in
    /// thousandths, for ``Point/middle``: a little more than half, for the check the second
    /// thread does first.
    static let mainShare = 530

    /// The offset where the second part starts, for an array whose first element starts at
    /// `first`; nil when the array is read on one thread.
    /// - Complexity: O(``ArraySplitPoint/searchLimit``) at worst.
    func splitOffset(firstElement first: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let remaining = bytes.count - first
        guard remaining >= minimumBytes else { return nil }
        let split: Int?
        switch point {
        case .middle: split = ArraySplitPoint.guess(after: first + remaining / 1000 * Self.mainShare, in: bytes)
        case .seam(let offset): split = ArraySplitPoint.guess(after: offset, in: bytes)
        case .exactly(let offset): split = offset
        }
        guard let split, split > first, split < bytes.count else { return nil }
        return split
    }

    /// Where the second thread, started at the nodes, should start its part of the edges,
    /// given the bytes of the nodes (`nodeBytes`) and of the edges from their first element
    /// (`edgeBytes`), counted from the edges' first element; and whether exactly there (else
    /// at the first element from there). Nil when the edges are read on one thread.
    ///
    /// For ``Point/middle``: where the two threads' work is even, the first thread decoding the
    /// nodes and the edges before the point (then joining the rest to them), the second
    /// walking as far and decoding the rest.
    func target(nodeBytes: Int, edgeBytes: Int, edgesFirst: Int) -> (offset: Int, exactly: Bool)? {
        guard edgeBytes >= minimumBytes else { return nil }
        switch point {
        case .middle:
            // The first thread: nodes × n + x + (edges - x) × j; the second: (nodes + x) × w + (edges - x) × s.
            let (walk, join, second) = (Self.walkByteCost, Self.joinByteCost, Self.secondEdgeByteCost)
            let share = edgeBytes * (second - join) - (Self.nodeByteCost - walk) * nodeBytes
            return (edgesFirst + max(share / (1000 + second - walk - join), 1), false)
        case .seam(let offset): return (offset, false)
        case .exactly(let offset): return (offset, true)
        }
    }
}
