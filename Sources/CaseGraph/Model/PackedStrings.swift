/// Many UTF-8 texts in one buffer: text k is `bytes[end(k - 1) ..< end(k)]` (see ``end(_:)``).
///
/// A graph holds millions of short texts (quotes, edge ids, endpoint ids while loading).
/// As `String`s each is an allocation of its own with a reference count that every copy
/// touches; here they are one array of bytes and one of ends, made and freed in a few
/// allocations, and a `String` is made only when one is asked for. The bytes are kept
/// exactly as given, so `self[k]` is the `String` whose UTF-8 was appended.
///
/// ```swift
/// var quotes = PackedStrings()
/// quotes.append("Two children were freed.")
/// quotes[0]                     // "Two children were freed."
/// quotes.withBytes(0) { $0.count }  // 24
/// ```
struct PackedStrings: Sendable, Equatable {
    private(set) var bytes: [UInt8] = []
    /// Where each text ends in `bytes` (the next one starts there), modulo 2³²: 4 bytes a text,
    /// not 8, for the graph's millions of texts (see ``end(_:)``).
    private var ends: [UInt32] = []
    /// The first text of each further 4 GiB of `bytes`: text k's end is `ends[k]` plus
    /// 2³² times the number of these that are ≤ k. Empty below 4 GiB.
    private var epochStarts: [Int] = []
    /// 32: an epoch is 4 GiB, as many bytes as an end can count; tests make it smaller.
    private let epochShift: Int

    init() {
        epochShift = 32
    }

    /// Packed strings whose ends count epochs of 2^`epochShift` bytes (at most 32): for tests
    /// of what lies beyond 4 GiB, with small texts.
    init(epochShift: Int) {
        precondition((1...32).contains(epochShift), "an epoch of 2 to 2^32 bytes")
        self.epochShift = epochShift
    }

    var count: Int { ends.count }
    var isEmpty: Bool { ends.isEmpty }

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
        return try bytes.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// Makes room for `texts` more texts of `bytes` bytes in all, so that appending them
    /// does not move the buffers.
    mutating func reserveCapacity(texts: Int, bytes byteCount: Int) {
        ends.reserveCapacity(ends.count + texts)
        bytes.reserveCapacity(bytes.count + byteCount)
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
        bytes.prefetchElement(at: start)
    }

    /// - Complexity: O(length of the text) amortised.
    @inline(__always)
    mutating func append(_ text: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: text)
        noteEnd(bytes.count)
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

    /// Appends every text of `other`, in order.
    /// - Complexity: O(size of `other`).
    mutating func append(contentsOf other: PackedStrings) {
        let base = bytes.count
        bytes.append(contentsOf: other.bytes)
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
        bytes.removeSubrange(range(index).lowerBound...)
        ends.removeSubrange(index...)
        while let last = epochStarts.last, last >= index { epochStarts.removeLast() }
    }
}
