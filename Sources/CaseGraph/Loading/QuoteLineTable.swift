import CPrefetch

/// The whitespace-collapsed lines of a document, in one byte buffer, with an open-addressing
/// hash table over them: `contains` tells whether some line equals given bytes.
///
/// Lines split at LF and CR bytes (a line break is always a grapheme of its own, CR LF one,
/// so this splits exactly where splitting the `Character`s would). A line is collapsed on
/// its bytes when its only whitespace is ASCII and no whitespace byte can belong to a
/// grapheme with a non-ASCII scalar (see ``classify(_:)``); any other line goes through
/// ``QuoteMatching/collapse(_:)``. Empty lines are left out; equal lines are stored once.
///
/// ``rebuild(_:)`` reuses the buffers for the next document.
struct QuoteLineTable {
    /// The collapsed lines, one after the other.
    private var storage: [UInt8] = []
    /// `storage[starts[line] ..< starts[line + 1]]` is a line.
    private var starts: [Int32] = [0]
    /// Slots: 0 for empty, else the line's number + 1 in the low half and the hash's high
    /// half in the high half (most probes that do not match stop at the comparison of halves).
    private var slots: [UInt64] = []
    private var mask = 0
    /// Whether a line holds bytes that are not ASCII (then byte equality and `String`
    /// equality may differ).
    private(set) var hasNonASCIILine = false

    /// An empty table.
    init() {}

    /// - Complexity: O(length of the text).
    init(_ text: String) {
        rebuild(text)
    }

    /// Makes this the table of `text`, keeping the buffers' memory.
    /// - Complexity: O(length of the text).
    mutating func rebuild(_ text: String) {
        var text = text
        let byteCount = text.utf8.count
        var capacity = 16
        while capacity < byteCount / 16 { capacity <<= 1 }  // grown as lines are added
        if slots.count >= capacity && slots.count <= capacity * 4 {
            slots.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
        } else {
            slots = [UInt64](repeating: 0, count: capacity)
        }
        mask = slots.count - 1
        storage.removeAll(keepingCapacity: true)
        storage.reserveCapacity(byteCount)
        starts.removeAll(keepingCapacity: true)
        starts.append(0)
        hasNonASCIILine = false
        text.withUTF8 { bytes in
            // A window of lines at a time: their ends and hashes found first and their slots
            // asked for, so that the slots' cache misses overlap instead of coming one by one.
            var window = LineWindow()
            var next = 0
            while next <= bytes.count {
                window.count = 0
                while window.count < LineWindow.size && next <= bytes.count {
                    let end = Self.lineEnd(in: bytes, from: next)
                    if end > next {
                        let hash = ByteHash.hash(UnsafeBufferPointer(rebasing: bytes[next..<end]))
                        window.append(next..<end, hash: hash)
                        prefetchSlot(hash: hash)
                    }
                    next = end + 1
                }
                for index in 0..<window.count {
                    add(UnsafeBufferPointer(rebasing: bytes[window.lines[index]]), rawHash: window.hashes[index])
                }
            }
        }
    }

    /// Lines of the text being indexed, read ahead of their insertion.
    private struct LineWindow {
        static let size = 16
        var lines = [Range<Int>](repeating: 0..<0, count: size)
        var hashes = [UInt64](repeating: 0, count: size)
        var count = 0

        @inline(__always)
        mutating func append(_ line: Range<Int>, hash: UInt64) {
            lines[count] = line
            hashes[count] = hash
            count += 1
        }
    }

    /// Whether a line equals `bytes`.
    /// - Complexity: O(|bytes|) expected.
    func contains(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { find($0, hash: ByteHash.hash($0)) != nil }
    }

    /// Whether a line equals `bytes`, given their ``ByteHash`` hash.
    /// - Complexity: O(|bytes|) expected.
    func contains(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Bool {
        find(bytes, hash: hash) != nil
    }

    /// Asks for the slot where a look-up of `hash` starts to be brought into the cache.
    @inline(__always)
    func prefetchSlot(hash: UInt64) {
        slots.withUnsafeBufferPointer { slots in cg_prefetch(slots.baseAddress.map { $0 + (Int(truncatingIfNeeded: hash) & mask) }) }
    }

    /// Reads the slot where a look-up of `hash` starts and, when it holds a line with those
    /// hash bits, asks for that line's bytes to be brought into the cache.
    @inline(__always)
    func prefetchLine(hash: UInt64) {
        let entry = slots[Int(truncatingIfNeeded: hash) & mask]
        guard entry != 0, entry & 0xFFFF_FFFF_0000_0000 == hash & 0xFFFF_FFFF_0000_0000 else { return }
        let start = Int(starts[Int(entry & 0xFFFF_FFFF) - 1])
        storage.withUnsafeBufferPointer { storage in cg_prefetch(storage.baseAddress.map { $0 + start }) }
    }

    /// The lines as `String`s, for the comparisons bytes cannot decide.
    func lineStrings() -> Set<String> {
        var lines = Set<String>(minimumCapacity: starts.count - 1)
        storage.withUnsafeBufferPointer { buffer in
            for line in 0..<(starts.count - 1) {
                lines.insert(String(decoding: buffer[Int(starts[line])..<Int(starts[line + 1])], as: UTF8.self))
            }
        }
        return lines
    }

    // MARK: - Building

    private mutating func add(_ raw: UnsafeBufferPointer<UInt8>, rawHash: UInt64) {
        let start = storage.count
        let (kind, collapsed) = Self.classify(raw)
        if kind != .ascii { hasNonASCIILine = true }
        if kind == .needsCharacters {
            storage.append(contentsOf: QuoteMatching.collapse(String(decoding: raw, as: UTF8.self)).utf8)
        } else if collapsed {
            storage.append(contentsOf: raw)  // the common case: one copy, nothing to collapse
        } else {
            Self.appendCollapsed(raw, to: &storage)
        }
        guard storage.count > start else { return }
        // Stored as it is: its hash is the one found ahead.
        let hash = kind != .needsCharacters && collapsed
            ? rawHash : storage.withUnsafeBufferPointer { ByteHash.hash(UnsafeBufferPointer(rebasing: $0[start...])) }
        let found = storage.withUnsafeBufferPointer { find(UnsafeBufferPointer(rebasing: $0[start...]), hash: hash) }
        if found != nil {
            storage.removeSubrange(start...)  // stored already
            return
        }
        let line = starts.count - 1
        starts.append(Int32(truncatingIfNeeded: storage.count))
        if line * 2 >= slots.count { grow() }
        insert(line: line, hash: hash)
    }

    private mutating func insert(line: Int, hash: UInt64) {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = (hash & 0xFFFF_FFFF_0000_0000) | UInt64(line + 1)
    }

    private mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: 0, count: old.count * 2)
        mask = slots.count - 1
        for entry in old where entry != 0 {
            let line = Int(entry & 0xFFFF_FFFF) - 1
            let hash = storage.withUnsafeBufferPointer {
                ByteHash.hash(UnsafeBufferPointer(rebasing: $0[Int(starts[line])..<Int(starts[line + 1])]))
            }
            insert(line: line, hash: hash)
        }
    }

    // MARK: - Looking up

    /// The number of the line equal to `bytes`, if any.
    private func find(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
        let tag = hash & 0xFFFF_FFFF_0000_0000
        var slot = Int(truncatingIfNeeded: hash) & mask
        return storage.withUnsafeBufferPointer { stored -> Int? in
            while true {
                let entry = slots[slot]
                if entry == 0 { return nil }
                if entry & 0xFFFF_FFFF_0000_0000 == tag {
                    let line = Int(entry & 0xFFFF_FFFF) - 1
                    let start = Int(starts[line]), end = Int(starts[line + 1])
                    if end - start == bytes.count, ByteHash.equal(stored, from: start, bytes) { return line }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    // MARK: - Quotes

    /// How ``collapseOnBytes(_:into:)`` collapsed a quote (`found` is its caller's).
    enum Collapse { case found, ascii, other, needsCharacters }

    /// Collapses a quote's whitespace into `output` on bytes, as `QuoteMatching.collapse`
    /// would on `Character`s: `ascii` for an ASCII quote, `other` for one whose whitespace
    /// collapses the same on bytes (see ``classify(_:)``), `needsCharacters` (output
    /// unspecified) for the rest.
    /// - Complexity: O(|bytes|).
    static func collapseOnBytes(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) -> Collapse {
        let (kind, collapsed) = classify(bytes)
        guard kind != .needsCharacters else { return .needsCharacters }
        output.removeAll(keepingCapacity: true)
        if collapsed {
            output.append(contentsOf: bytes)
        } else {
            appendCollapsed(bytes, to: &output)
        }
        return kind == .ascii ? .ascii : .other
    }

    /// Appends `raw` with each run of ASCII whitespace made one space, none at either end.
    private static func appendCollapsed(_ raw: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        let start = output.count
        var pendingSpace = false
        for byte in raw {
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                pendingSpace = output.count > start
                continue
            }
            if pendingSpace { output.append(0x20); pendingSpace = false }
            output.append(byte)
        }
    }
}
