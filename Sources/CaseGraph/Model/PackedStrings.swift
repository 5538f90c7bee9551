import CPrefetch

/// Many UTF-8 texts in one buffer: text k is `bytes[ends[k - 1] ..< ends[k]]`.
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
    /// Where each text ends in `bytes` (the next one starts there).
    private(set) var ends: [Int] = []

    init() {}

    var count: Int { ends.count }
    var isEmpty: Bool { ends.isEmpty }

    /// Text k's bytes' range in `bytes`.
    @inline(__always)
    func range(_ index: Int) -> Range<Int> {
        (index == 0 ? 0 : ends[index - 1])..<ends[index]
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
        ends.withUnsafeBufferPointer { ends in cg_prefetch(ends.baseAddress.map { $0 + index }) }
    }

    /// Asks for text k's first bytes to be brought into the cache (its bounds are read now).
    @inline(__always)
    func prefetchText(_ index: Int) {
        let start = index == 0 ? 0 : ends[index - 1]
        bytes.withUnsafeBufferPointer { bytes in cg_prefetch(bytes.baseAddress.map { $0 + start }) }
    }

    /// - Complexity: O(length of the text) amortised.
    @inline(__always)
    mutating func append(_ text: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: text)
        ends.append(bytes.count)
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
        ends.reserveCapacity(ends.count + other.ends.count)
        for end in other.ends { ends.append(base + end) }
    }

    /// Removes the texts from `index` on.
    mutating func removeSuffix(from index: Int) {
        guard index < count else { return }
        bytes.removeSubrange(range(index).lowerBound...)
        ends.removeSubrange(index...)
    }
}
