/// Where a large JSON array can be cut in two, so that two threads each read one part.
///
/// ``guess(after:in:)`` finds bytes that look like the seam between two objects (`}`, `,`,
/// `{` with whitespace between) without knowing whether they sit inside a string: a quote
/// may hold `},{`. ``isElementStart(_:ofArrayAt:in:)`` makes sure, by following the array's
/// strings and brackets from its start, far faster than decoding them.
///
/// ```swift
/// if let split = ArraySplitPoint.guess(after: middle, in: bytes),
///    ArraySplitPoint.isElementStart(split, ofArrayAt: open, in: bytes) { ... }
/// ```
enum ArraySplitPoint {
    /// How far past its starting point ``guess(after:in:)`` looks.
    static let searchLimit = 1 << 20

    /// The offset of the `{` of the first `}` `,` `{` seam (whitespace allowed around the
    /// comma) at or after `offset`, within ``searchLimit`` bytes; nil when there is none.
    /// - Complexity: O(``searchLimit``) at worst.
    static func guess(after offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let end = min(bytes.count, max(offset, 0) + searchLimit)
        var index = max(offset, 0)
        while index < end {
            guard bytes[index] == UInt8(ascii: "}") else {
                index += 1
                continue
            }
            var next = StructureWalk.skipWhitespace(from: index + 1, in: bytes)
            if next < bytes.count, bytes[next] == UInt8(ascii: ",") {
                next = StructureWalk.skipWhitespace(from: next + 1, in: bytes)
                if next < bytes.count, bytes[next] == UInt8(ascii: "{") { return next }
            }
            index += 1
        }
        return nil
    }

    /// Whether `split` is the first byte of an element of the array whose first element starts at `start`
    /// (just after its `[`), after the first: outside strings, directly inside the array, and
    /// right after a `,` (whitespace aside) — on the assumption that the bytes before `split`
    /// are valid JSON. When they are not, the answer means nothing, and a reader that checks
    /// them fails before `split`.
    ///
    /// - Complexity: O(`split - start`), 64 bytes at a time (``StructureWalk``).
    static func isElementStart(_ split: Int, ofArrayAt start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard start <= split, split < bytes.count else { return false }
        return StructureWalk.walk(from: start, toElementAtOrAfter: split, in: bytes) == .element(split)
    }
}
