import CPrefetch

/// The whitespace-collapsed lines of a document, with an open-addressing hash table over
/// them: `contains` tells whether some line equals given bytes.
///
/// Lines split at LF and CR bytes (a line break is always a grapheme of its own, CR LF one,
/// so this splits exactly where splitting the `Character`s would). A line is collapsed on
/// its bytes when its only whitespace is ASCII and no whitespace byte can belong to a
/// grapheme with a non-ASCII scalar (see ``classify(_:)``); any other line goes through
/// ``QuoteMatching/collapse(_:)``. Empty lines are left out; equal lines are stored once.
/// A line that collapsing leaves as it is (most) is not copied: the table points into the
/// document's text, which it holds; only the others are copied, collapsed, into a buffer.
///
/// ``rebuild(_:)`` reuses the buffers for the next document.
struct QuoteLineTable {
    /// The document's text, where lines that need no collapsing are.
    private var text: DocumentText = ""
    /// The collapsed copies of the other lines, one after the other.
    private var storage: [UInt8] = []
    /// Each line's first byte, in the text or (with ``inStorage`` set) in `storage`.
    private var lineStarts: [UInt64] = []
    private var lineLengths: [UInt32] = []
    /// Slots: 0 for empty, else the line's number + 1 in the low half and the hash's high
    /// half in the high half (most probes that do not match stop at the comparison of halves).
    private var slots: [UInt64] = []
    private var mask = 0
    /// Whether a line holds bytes that are not ASCII (then byte equality and `String`
    /// equality may differ).
    private(set) var hasNonASCIILine = false

    /// The bit of a line's start that says it is in `storage`.
    private static let inStorage: UInt64 = 1 << 63

    /// An empty table.
    init() {}

    /// - Complexity: O(length of the text).
    init(_ text: String) {
        rebuild(DocumentText(text))
    }

    /// Makes this the table of `text`, keeping the buffers' memory.
    /// - Complexity: O(length of the text).
    mutating func rebuild(_ text: DocumentText) {
        let text = text.checked()  // its bytes are the text's
        self.text = text
        let byteCount = text.count
        var capacity = 16
        while capacity < byteCount / 32 { capacity <<= 1 }  // grown as lines are added
        if slots.count >= capacity && slots.count <= capacity * 4 {
            slots.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
        } else {
            slots = [UInt64](repeating: 0, count: capacity)
        }
        mask = slots.count - 1
        storage.removeAll(keepingCapacity: true)
        lineStarts.removeAll(keepingCapacity: true)
        lineLengths.removeAll(keepingCapacity: true)
        hasNonASCIILine = false
        text.withUTF8 { bytes in
            // A window of lines at a time: their ends and hashes found first and their slots
            // asked for, so that the slots' cache misses overlap instead of coming one by one.
            var window = LineWindow()
            var next = 0
            while next <= bytes.count {
                window.count = 0
                // The slots are read through their own buffer: a call of a method of `self` in
                // this closure, which holds `self` mutably, would copy the whole table.
                slots.withUnsafeBufferPointer { slots in
                    while window.count < LineWindow.size && next <= bytes.count {
                        let (end, known) = Self.scanLine(in: bytes, from: next)
                        if end > next {
                            let hash = ByteHash.hash(UnsafeBufferPointer(rebasing: bytes[next..<end]))
                            window.append(next..<end, hash: hash, known: known)
                            cg_prefetch(slots.baseAddress.map { $0 + (Int(truncatingIfNeeded: hash) & (slots.count - 1)) })
                        }
                        next = end + 1
                    }
                }
                for index in 0..<window.count {
                    add(window.lines[index], of: bytes, rawHash: window.hashes[index], known: window.known[index])
                }
            }
        }
    }

    /// Lines of the text being indexed, read ahead of their insertion.
    private struct LineWindow {
        static let size = 16
        var lines = [Range<Int>](repeating: 0..<0, count: size)
        var hashes = [UInt64](repeating: 0, count: size)
        /// Each line's classification, when its scan told it.
        var known = [(kind: LineKind, collapsed: Bool)?](repeating: nil, count: size)
        var count = 0

        @inline(__always)
        mutating func append(_ line: Range<Int>, hash: UInt64, known: (kind: LineKind, collapsed: Bool)?) {
            lines[count] = line
            hashes[count] = hash
            self.known[count] = known
            count += 1
        }
    }

    /// Calls `body` with the text's bytes and the stored lines' bytes.
    @inline(__always)
    private func withBuffers<Result>(_ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        text.withUTF8 { text in storage.withUnsafeBufferPointer { stored in body(text, stored) } }
    }

    /// Line `line`'s bytes, in the buffers of ``withBuffers(_:)``.
    @inline(__always)
    private func bytes(
        of line: Int, text: UnsafeBufferPointer<UInt8>, stored: UnsafeBufferPointer<UInt8>
    ) -> UnsafeBufferPointer<UInt8> {
        let (offset, isStored) = start(of: line)
        return UnsafeBufferPointer(rebasing: (isStored ? stored : text)[offset..<(offset + Int(lineLengths[line]))])
    }

    /// Where line `line` starts: its offset in the text or, when `isStored`, in `storage`.
    @inline(__always)
    private func start(of line: Int) -> (offset: Int, isStored: Bool) {
        let start = lineStarts[line]
        return (Int(truncatingIfNeeded: start & ~Self.inStorage), start & Self.inStorage != 0)
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
        slots.prefetchElement(at: Int(truncatingIfNeeded: hash) & mask)
    }

    /// Reads the slot where a look-up of `hash` starts and, when it holds a line with those
    /// hash bits, asks for that line's bytes to be brought into the cache.
    @inline(__always)
    func prefetchLine(hash: UInt64) {
        let entry = slots[Int(truncatingIfNeeded: hash) & mask]
        guard entry != 0, entry & 0xFFFF_FFFF_0000_0000 == hash & 0xFFFF_FFFF_0000_0000 else { return }
        // The closure captures only the line's offset (capturing `self` would copy it).
        let (offset, isStored) = start(of: Int(entry & 0xFFFF_FFFF) - 1)
        if isStored {
            storage.prefetchElement(at: offset)
        } else {
            text.withUTF8 { cg_prefetch($0.baseAddress.map { $0 + offset }) }
        }
    }

    /// The lines as `String`s, for the comparisons bytes cannot decide.
    func lineStrings() -> Set<String> {
        var lines = Set<String>(minimumCapacity: lineStarts.count)
        withBuffers { text, stored in
            for line in lineStarts.indices {
                lines.insert(String(decoding: bytes(of: line, text: text, stored: stored), as: UTF8.self))
            }
        }
        return lines
    }

    // MARK: - Building

    /// Adds the line at `range` of `text` (the text's bytes), whose bytes hash to `rawHash`,
    /// and whose classification is `known` when its scan told it.
    private mutating func add(
        _ range: Range<Int>, of text: UnsafeBufferPointer<UInt8>, rawHash: UInt64, known: (kind: LineKind, collapsed: Bool)?
    ) {
        let raw = UnsafeBufferPointer(rebasing: text[range])
        let (kind, collapsed) = known ?? Self.classify(raw)
        if kind != .ascii { hasNonASCIILine = true }
        if kind != .needsCharacters && collapsed {
            // Stored as it is: in the text, with the hash found ahead.
            guard find(raw, hash: rawHash, text: text) == nil else { return }
            addLine(start: UInt64(range.lowerBound), length: raw.count, hash: rawHash)
            return
        }
        let start = storage.count
        if kind == .needsCharacters {
            storage.append(contentsOf: QuoteMatching.collapse(String(decoding: raw, as: UTF8.self)).utf8)
        } else {
            Self.appendCollapsed(raw, to: &storage)
        }
        guard storage.count > start else { return }
        // The new line's bytes, copied out of `storage` (the look-up may read `storage` too):
        // rare, a line that collapsing changes.
        let line = Array(storage[start...])
        let (hash, found) = line.withUnsafeBufferPointer { line in
            let hash = ByteHash.hash(line)
            return (hash, find(line, hash: hash, text: text) != nil)
        }
        if found {
            storage.removeSubrange(start...)  // stored already
            return
        }
        addLine(start: UInt64(start) | Self.inStorage, length: storage.count - start, hash: hash)
    }

    private mutating func addLine(start: UInt64, length: Int, hash: UInt64) {
        let line = lineStarts.count
        lineStarts.append(start)
        lineLengths.append(UInt32(truncatingIfNeeded: length))
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
        // Hashed in one pass over the buffers, then inserted: a closure per line would copy
        // the table (see ``find(_:hash:text:)``).
        let rehashed = withBuffers { text, stored in
            old.compactMap { entry -> (line: Int, hash: UInt64)? in
                guard entry != 0 else { return nil }
                let line = Int(entry & 0xFFFF_FFFF) - 1
                return (line, ByteHash.hash(bytes(of: line, text: text, stored: stored)))
            }
        }
        for (line, hash) in rehashed { insert(line: line, hash: hash) }
    }

    // MARK: - Looking up

    /// The number of the line equal to `bytes` (whose hash is `hash`), if any.
    private func find(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
        text.withUTF8 { text in find(bytes, hash: hash, text: text) }
    }

    /// ``find(_:hash:)`` with the text's bytes at hand. No closure here captures `self`: a
    /// caller that holds `self` mutably (``rebuild(_:)``'s loop) would otherwise copy the
    /// whole table, retaining and releasing each of its buffers, on every look-up.
    @inline(__always)
    private func find(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64, text: UnsafeBufferPointer<UInt8>) -> Int? {
        let tag = hash & 0xFFFF_FFFF_0000_0000
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return nil }
            if entry & 0xFFFF_FFFF_0000_0000 == tag {
                let line = Int(entry & 0xFFFF_FFFF) - 1
                if Int(lineLengths[line]) == bytes.count && lineEquals(line, bytes, text: text) { return line }
            }
            slot = (slot + 1) & mask
        }
    }

    /// Whether line `line`, of `bytes.count` bytes, holds `bytes`.
    @inline(__always)
    private func lineEquals(_ line: Int, _ bytes: UnsafeBufferPointer<UInt8>, text: UnsafeBufferPointer<UInt8>) -> Bool {
        let (offset, isStored) = start(of: line)
        let range = offset..<(offset + bytes.count)
        guard isStored else { return ByteHash.equal(UnsafeBufferPointer(rebasing: text[range]), from: 0, bytes) }
        return storage.withUnsafeBufferPointer { ByteHash.equal(UnsafeBufferPointer(rebasing: $0[range]), from: 0, bytes) }
    }
}
