import Foundation

/// Whether, and where, ``FastGraphDecoder`` cuts a file's `edges` array in two, to read the
/// second part on a second thread.
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
        /// At the first seam between two objects (see ``ArraySplitPoint/guess(after:in:)``)
        /// past a little more than half of the bytes from the array's first element to the end
        /// of the file: the second thread checks the bytes before the split point before it
        /// decodes (see ``ArraySplitPoint/isElementStart(_:ofArrayAt:in:)``), which takes a
        /// little of its time.
        case middle
        /// At the first seam at or after this offset.
        case seam(after: Int)
        /// At exactly this offset, whatever the byte there: tests aim at tricky places.
        case exactly(Int)
    }

    var point: Point
    /// Below this many bytes from the array's first element to the end of the file, the
    /// edges are read on one thread: a second would cost more than it saves.
    var minimumBytes: Int

    /// The loader's: split arrays of 4 MB and more near their middle, when there is a
    /// second processor.
    static let automatic = EdgeSplit(
        point: .middle, minimumBytes: ProcessInfo.processInfo.activeProcessorCount > 1 ? 4 << 20 : .max)
    /// Always one thread.
    static let never = EdgeSplit(point: .middle, minimumBytes: .max)

    /// At `point`, whatever the array's size.
    static func at(_ point: Point) -> EdgeSplit {
        EdgeSplit(point: point, minimumBytes: 0)
    }

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
}
