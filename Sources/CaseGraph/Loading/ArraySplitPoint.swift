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
            var next = skipWhitespace(from: index + 1, in: bytes)
            if next < bytes.count, bytes[next] == UInt8(ascii: ",") {
                next = skipWhitespace(from: next + 1, in: bytes)
                if next < bytes.count, bytes[next] == UInt8(ascii: "{") { return next }
            }
            index += 1
        }
        return nil
    }

    /// Whether `split` starts an element of the array whose first element starts at `start`
    /// (just after its `[`), after the first: outside strings, directly inside the array, and
    /// right after a `,` (whitespace aside) — on the assumption that the bytes before `split`
    /// are valid JSON. When they are not, the answer means nothing, and a reader that checks
    /// them fails before `split`.
    ///
    /// - Complexity: O(`split - start`), strings eight bytes at a time.
    static func isElementStart(_ split: Int, ofArrayAt start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard start <= split, split < bytes.count else { return false }
        var depth = 1
        var last = UInt8(ascii: "[")  // the last byte outside strings that is not whitespace
        var index = start
        while index < split {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"):
                index += 1
                continue
            case UInt8(ascii: "\""):
                index = endOfString(openedAt: index, before: split, in: bytes)
                last = byte
                continue
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth == 0 { return false }  // the array ended before `split`
            default:
                break
            }
            last = byte
            index += 1
        }
        return index == split && depth == 1 && last == UInt8(ascii: ",")
    }

    /// The offset just past the closing quote of the string opened at `open`, or a value
    /// beyond `limit` when it does not close before `limit`.
    @inline(__always)
    private static func endOfString(openedAt open: Int, before limit: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var index = open + 1
        while index < limit {
            index = skipOrdinaryBytes(from: index, before: limit, in: bytes)
            guard index < limit else { break }
            if bytes[index] == UInt8(ascii: "\"") { return index + 1 }
            index += 2  // a backslash and the byte it escapes
        }
        return limit + 1
    }

    /// The first offset at or after `index` (and before `limit`) holding `"` or `\`, or `limit`.
    @inline(__always)
    private static func skipOrdinaryBytes(from index: Int, before limit: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var index = index
        if let base = bytes.baseAddress {
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highBits: UInt64 = 0x8080_8080_8080_8080
            while index + 8 <= limit {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                let quotes = word ^ (ones &* 0x22)
                let backslashes = word ^ (ones &* 0x5C)
                // Exact per-byte zero tests (no false positives from borrows).
                let hasQuote = ~(((quotes & ~highBits) &+ ~highBits) | quotes) & highBits
                let hasBackslash = ~(((backslashes & ~highBits) &+ ~highBits) | backslashes) & highBits
                if hasQuote | hasBackslash != 0 { break }
                index += 8
            }
        }
        while index < limit, bytes[index] != UInt8(ascii: "\""), bytes[index] != UInt8(ascii: "\\") { index += 1 }
        return index
    }

    @inline(__always)
    private static func skipWhitespace(from index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var index = index
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return index
            }
        }
        return index
    }
}
