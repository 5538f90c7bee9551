/// Many UTF-8 texts in one buffer: text k is `bytes[end(k - 1) ..< end(k)]` (see ``end(_:)``).
///
/// A graph holds millions of short texts (quotes, edge ids, endpoint ids while loading).
/// As `String`s each is an allocation of its own with a reference count that every copy
/// touches; here they are one array of bytes and one of ends, made and freed in a few
/// allocations, and a `String` is made only when one is asked for. The bytes are kept
/// exactly as given, so `self[k]` is the `String` whose UTF-8 was appended.
///
/// A large `other` appended whole (``append(contentsOf:)``, as the split decoder joins its
/// parts) is not copied: its buffer becomes a further segment of the bytes, whose offsets
/// continue the first's. A text never spans two segments.
///
/// ```swift
/// var quotes = PackedStrings()
/// quotes.append("Two children were freed.")
/// quotes[0]                     // "Two children were freed."
/// quotes.withBytes(0) { $0.count }  // 24
/// ```
struct PackedStrings: Sendable, Equatable {
    /// The first segment's bytes: all of them, unless a buffer was taken over.
    private(set) var bytes: [UInt8] = []
    /// The segments after the first, in order (usually none).
    private var segments: [Segment] = [] {
        didSet { segmentsStart = segments.first?.firstText ?? .max }
    }
    /// The first text in a segment after the first; `Int.max` when there is none. A plain
    /// number: the usual look-up compares with it and reads no other array.
    private var segmentsStart = Int.max
    /// Where each text ends in `bytes` (the next one starts there), modulo 2³²: 4 bytes a text,
    /// not 8, for the graph's millions of texts (see ``end(_:)``).
    private var ends: [UInt32] = []
    /// The first text of each further 4 GiB of `bytes`: text k's end is `ends[k]` plus
    /// 2³² times the number of these that are ≤ k. Empty below 4 GiB.
    private var epochStarts: [Int] = []
    /// 32: an epoch is 4 GiB, as many bytes as an end can count; tests make it smaller.
    private let epochShift: Int
    /// From this many bytes on, an appended `PackedStrings` is taken over, not copied
    /// (``segmentBytes``; tests make it smaller).
    private let takenOverBytes: Int

    init() {
        epochShift = 32
        takenOverBytes = Self.segmentBytes
    }

    /// Packed strings whose ends count epochs of 2^`epochShift` bytes (at most 32), and that
    /// take over appended ones of `segmentBytes` bytes or more: for tests of what lies beyond
    /// 4 GiB, and of segments, with small texts.
    init(epochShift: Int, segmentBytes: Int = Self.segmentBytes) {
        precondition((1...32).contains(epochShift), "an epoch of 2 to 2^32 bytes")
        self.epochShift = epochShift
        takenOverBytes = segmentBytes
    }

    /// Bytes taken over whole from another ``PackedStrings``: its texts from `firstText` on,
    /// from offset `base` on.
    private struct Segment: Sendable {
        var firstText: Int
        var base: Int
        var bytes: [UInt8]
    }

    /// From this many bytes on, an appended `PackedStrings` is taken over, not copied.
    static let segmentBytes = 1 << 20

    var count: Int { ends.count }
    var isEmpty: Bool { ends.isEmpty }

    /// The number of bytes of all the texts.
    var byteCount: Int { segments.last.map { $0.base + $0.bytes.count } ?? bytes.count }

    /// Whether every byte is in `bytes` (nothing was taken over).
    var isContiguous: Bool { segments.isEmpty }

    /// Where text k ends in `bytes`.
    /// - Complexity: O(1) below 4 GiB of bytes; O(log(bytes / 4 GiB)) beyond.
    @inline(__always)
    func end(_ index: Int) -> Int {
        let low = Int(ends[index])
        guard !epochStarts.isEmpty else { return low }
        var epochs = 0
        while epochs < epochStarts.count && epochStarts[epochs] <= index { epochs += 1 }
        return low & (1 << epochShift - 1) + epochs << epochShift
    }

    /// Text k's bytes' range in `bytes`.
    @inline(__always)
    func range(_ index: Int) -> Range<Int> {
        (index == 0 ? 0 : end(index - 1))..<end(index)
    }

    /// Text k as a `String`.
    /// - Complexity: O(length of the text).
    subscript(index: Int) -> String {
        withBytes(index) { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with text k's bytes.
    @inline(__always)
    func withBytes<Result>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        let range = range(index)
        guard index >= segmentsStart else {
            return try bytes.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[range])) }
        }
        return try withSegmentBytes(index, range, body)
    }

    /// ``withBytes(_:_:)`` for a text in a segment after the first.
    @inline(never)
    private func withSegmentBytes<Result>(
        _ index: Int, _ range: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result
    ) rethrows -> Result {
        let segment = segments[segment(of: index)]
        return try segment.bytes.withUnsafeBufferPointer { all in
            try body(UnsafeBufferPointer(rebasing: all[(range.lowerBound - segment.base)..<(range.upperBound - segment.base)]))
        }
    }

    /// The segment after the first that holds text k (at least ``segmentsStart``).
    /// - Complexity: O(number of segments): one or two, from the split decoder.
    private func segment(of index: Int) -> Int {
        var segment = segments.count - 1
        while segments[segment].firstText > index { segment -= 1 }
        return segment
    }

    /// Makes room for `texts` more texts of `bytes` bytes in all, so that appending them
    /// does not move the buffers.
    mutating func reserveCapacity(texts: Int, bytes byteCount: Int) {
        ends.reserveCapacity(ends.count + texts)
        if segments.isEmpty {
            bytes.reserveCapacity(bytes.count + byteCount)
        } else {
            segments[segments.count - 1].bytes.reserveCapacity(segments[segments.count - 1].bytes.count + byteCount)
        }
    }

    /// Asks for the place where text k ends (and the next starts) to be brought into the cache.
    @inline(__always)
    func prefetchBounds(_ index: Int) {
        ends.prefetchElement(at: index)
    }

    /// Asks for text k's first bytes to be brought into the cache (its bounds are read now).
    @inline(__always)
    func prefetchText(_ index: Int) {
        let start = index == 0 ? 0 : end(index - 1)
        if index < segmentsStart {
            bytes.prefetchElement(at: start)
        } else {
            let segment = segment(of: index)
            segments[segment].bytes.prefetchElement(at: start - segments[segment].base)
        }
    }

    /// - Complexity: O(length of the text) amortised.
    @inline(__always)
    mutating func append(_ text: UnsafeBufferPointer<UInt8>) {
        if segmentsStart == .max {
            bytes.append(contentsOf: text)
            noteEnd(bytes.count)
        } else {
            segments[segments.count - 1].bytes.append(contentsOf: text)
            noteEnd(byteCount)
        }
    }

    /// Appends the end of the next text, `end` bytes from the start.
    @inline(__always)
    private mutating func noteEnd(_ end: Int) {
        while end >> epochShift > epochStarts.count { epochStarts.append(ends.count) }
        ends.append(UInt32(truncatingIfNeeded: end & (1 << epochShift - 1)))
    }

    /// - Complexity: O(length of the text) amortised.
    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    /// Appends every text of `other`, in order. A large `other` (``segmentBytes``) appended
    /// to texts already here is taken over: its buffers become further segments, shared, not
    /// copied (the caller's join of two halves of a column costs no copy of its bytes).
    /// - Complexity: O(number of texts of `other`); O(size of `other`) when it is copied.
    mutating func append(contentsOf other: PackedStrings) {
        let base = byteCount
        let firstText = count
        if firstText == 0 && base == 0 && segments.isEmpty && epochStarts.isEmpty && other.epochShift == epochShift {
            (bytes, segments, ends, epochStarts) = (other.bytes, other.segments, other.ends, other.epochStarts)  // shared
            return
        }
        if base > 0 && other.byteCount >= takenOverBytes {
            segments.append(Segment(firstText: firstText, base: base, bytes: other.bytes))
            for segment in other.segments {
                segments.append(Segment(firstText: firstText + segment.firstText, base: base + segment.base, bytes: segment.bytes))
            }
        } else {
            for segment in [other.bytes] + other.segments.map(\.bytes) {
                if segments.isEmpty { bytes.append(contentsOf: segment) } else { segments[segments.count - 1].bytes.append(contentsOf: segment) }
            }
        }
        ends.reserveRoom(for: other.ends.count)
        if other.epochStarts.isEmpty && base == 0 {
            ends.append(contentsOf: other.ends)  // the same ends
        } else {
            for index in 0..<other.count { noteEnd(base + other.end(index)) }
        }
    }

    /// Removes the texts from `index` on.
    mutating func removeSuffix(from index: Int) {
        guard index < count else { return }
        let start = range(index).lowerBound
        while let last = segments.last, last.firstText >= index || last.base >= start { segments.removeLast() }
        if let last = segments.last {
            segments[segments.count - 1].bytes.removeSubrange((start - last.base)...)
        } else {
            bytes.removeSubrange(start...)
        }
        ends.removeSubrange(index...)
        while let last = epochStarts.last, last >= index { epochStarts.removeLast() }
    }

    /// The same texts, each as the same bytes, however they are held.
    static func == (lhs: PackedStrings, rhs: PackedStrings) -> Bool {
        guard lhs.count == rhs.count, lhs.byteCount == rhs.byteCount else { return false }
        if lhs.segments.isEmpty && rhs.segments.isEmpty {
            return lhs.ends == rhs.ends && lhs.epochStarts == rhs.epochStarts && lhs.bytes == rhs.bytes
        }
        return lhs.indices.allSatisfy { index in
            lhs.range(index) == rhs.range(index) && lhs.withBytes(index) { left in rhs.withBytes(index) { left.elementsEqual($0) } }
        }
    }

    /// The texts' positions.
    var indices: Range<Int> { 0..<count }

    /// The same texts with every byte in `bytes` (itself when so already).
    /// - Complexity: O(total length) when there are segments; else O(1).
    func contiguous() -> PackedStrings {
        guard !segments.isEmpty else { return self }
        var copy = self
        copy.segments = []
        copy.bytes.reserveCapacity(byteCount)
        for segment in segments { copy.bytes.append(contentsOf: segment.bytes) }
        return copy
    }
}
