import CStructureScan

/// Follows a JSON text's structure — strings, brackets and commas — without decoding it,
/// far faster than reading it: how the split decode's second thread finds where the nodes
/// end, where the edges start, and where its part of them starts, while the first thread
/// still decodes the nodes.
///
/// It assumes the bytes it walks are valid JSON. When they are not, its answers mean nothing,
/// and the reader that decodes those bytes fails before it relies on them.
///
/// ```swift
/// // `bytes` holds {"nodes": [...], "edges": [...]}; `first` is the nodes' first element.
/// if case .closed(let end) = StructureWalk.walk(from: first, toElementAtOrAfter: .max, in: bytes),
///    let edges = StructureWalk.arrayMember("edges", after: end, in: bytes) { ... }
/// ```
enum StructureWalk {
    /// Where a walk inside a container stopped.
    enum Arrival: Equatable {
        /// At an element's first byte, directly inside the container and after a `,`.
        case element(Int)
        /// The container closed: the offset just past its closing bracket.
        case closed(Int)
        /// The bytes ended, or the walk was stopped, first.
        case cut
    }

    /// How many bytes a walk reads between two looks at its stop flag.
    static let pollStep = 1 << 20

    /// Which build of the walk runs (see `CStructureScan`): the same answers either way.
    enum Build {
        /// The AVX2 build where the processor has it, else the portable one.
        case fastest
        /// The portable build (SSE2 on x86-64): for tests, on any processor.
        case portable
    }

    /// Walks from `start`, inside a container (just after its opening bracket or at any of
    /// its elements' starts), to the first element start at or after `target`, or to the
    /// container's end, whichever comes first. Pass `Int.max` to find the end.
    ///
    /// The bytes are taken 64 at a time as bit masks (`CStructureScan`): strings found from
    /// their quotes and escapes, the brackets outside them counted a block at a time, and
    /// looked at one by one (with the commas) only near the container's end or the target.
    /// - Complexity: O(bytes walked).
    static func walk(
        from start: Int, toElementAtOrAfter target: Int, in bytes: UnsafeBufferPointer<UInt8>, stop: RaisedFlag? = nil,
        build: Build = .fastest
    ) -> Arrival {
        guard let base = bytes.baseAddress, start < bytes.count else { return .cut }
        var state = cg_walk_state(depth: 1, in_string: 0, escaped: 0)
        var index = max(start, 0)
        var offset = 0
        while true {
            let arrival = switch build {
            case .fastest: cg_structure_walk(base, bytes.count, &index, pollStep, max(target, 0), &state, &offset)
            case .portable: cg_structure_walk_portable(base, bytes.count, &index, pollStep, max(target, 0), &state, &offset)
            }
            switch Int(arrival) {
            case CG_WALK_ELEMENT: return .element(offset)
            case CG_WALK_CLOSED: return .closed(offset)
            case CG_WALK_GOING where stop?.isRaised != true: continue
            default: return .cut
            }
        }
    }

    /// The offset of the first element of the array under the member `name` of the object
    /// being walked, looking from `offset` (just past a member's value) on to the object's
    /// end; nil when no later member has that name (spelled without escapes) and an array of
    /// at least one element as its value.
    /// - Complexity: O(bytes walked).
    static func arrayMember(
        _ name: StaticString, after offset: Int, in bytes: UnsafeBufferPointer<UInt8>, stop: RaisedFlag? = nil
    ) -> Int? {
        let wanted = UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
        var index = skipWhitespace(from: offset, in: bytes)
        while index < bytes.count, bytes[index] == UInt8(ascii: ",") {
            index = skipWhitespace(from: index + 1, in: bytes)
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return nil }
            let keyEnd = endOfString(openedAt: index, before: bytes.count, in: bytes)
            guard keyEnd <= bytes.count else { return nil }
            let isWanted = bytes[(index + 1)..<(keyEnd - 1)].elementsEqual(wanted)
            index = skipWhitespace(from: keyEnd, in: bytes)
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return nil }
            index = skipWhitespace(from: index + 1, in: bytes)
            guard index < bytes.count else { return nil }
            if isWanted, bytes[index] == UInt8(ascii: "[") {
                let first = skipWhitespace(from: index + 1, in: bytes)
                return first < bytes.count && bytes[first] != UInt8(ascii: "]") ? first : nil
            }
            guard let end = endOfValue(at: index, in: bytes, stop: stop) else { return nil }
            index = skipWhitespace(from: end, in: bytes)
        }
        return nil
    }

    /// The offset just past the value that starts at `start`; nil when the bytes end first.
    private static func endOfValue(at start: Int, in bytes: UnsafeBufferPointer<UInt8>, stop: RaisedFlag?) -> Int? {
        switch bytes[start] {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            guard case .closed(let end) = walk(from: start + 1, toElementAtOrAfter: .max, in: bytes, stop: stop) else { return nil }
            return end
        case UInt8(ascii: "\""):
            let end = endOfString(openedAt: start, before: bytes.count, in: bytes)
            return end <= bytes.count ? end : nil
        default:  // a number or a literal: up to the next delimiter
            var index = start
            while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), 0x20, 0x0A, 0x0D, 0x09: return index
                default: index += 1
                }
            }
            return nil
        }
    }

    /// The offset just past the closing quote of the string opened at `open`, or a value
    /// beyond `limit` when it does not close before `limit`.
    @inline(__always)
    static func endOfString(openedAt open: Int, before limit: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
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

    /// The first offset at or after `index` that is not JSON whitespace, or the end of `bytes`.
    @inline(__always)
    static func skipWhitespace(from index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
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
