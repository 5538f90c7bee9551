/// The ids of one file's nodes, numbered in file order and found by their UTF-8 bytes: the
/// fast decoder resolves the edges' endpoints against them a few dozen at a time as it reads
/// them, on whichever thread reads them, so that the merger only renumbers them.
///
/// A byte match is certain (equal bytes are equal `String`s). A miss is not: the id may be
/// another file's node, or a canonically equal spelling (`"\u{212A}"` is `"K"`); the
/// decoder keeps a missed endpoint's text for the merger to look up. Numbering stops at the
/// first id that cannot be added (a repeated id, which sends the file to the slow path
/// anyway, or 2 GB of ids): number k is always node k.
///
/// ```swift
/// var ids = LocalNodeIDs()
/// ids.add("alice"); ids.add("bob")
/// var batch = ByteKeyBatch()
/// Array("bob".utf8).withUnsafeBufferPointer { batch.append($0, tag: 0) }
/// _ = ids.positions(of: batch, in: 0..<batch.count) { index, node in print(node as Any) }   // 1
/// ```
struct LocalNodeIDs: Sendable {
    /// Key k is node k's id.
    private var keys = ByteKeyTable()
    /// Whether an id could not be numbered: later ones are not either.
    private var stopped = false
    /// Whether every id numbered is ASCII.
    private var allASCII = true

    init() {}

    /// The number of nodes numbered.
    var count: Int { keys.count }

    /// Numbers `id` as the next node's, unless numbering stopped or stops here.
    /// - Complexity: O(|id|) amortised.
    mutating func add(_ id: String) {
        var utf8 = id
        utf8.withUTF8 { add(utf8: $0) }
    }

    /// ``add(_:)`` of the id whose UTF-8 is `key`.
    mutating func add(utf8 key: UnsafeBufferPointer<UInt8>) {
        add(utf8: key, hashed: ByteHash.hashNotingASCII(key))
    }

    /// ``add(utf8:)`` given the key's ``ByteHash/hashNotingASCII(_:)``, computed ahead.
    mutating func add(utf8 key: UnsafeBufferPointer<UInt8>, hashed: (hash: UInt64, isASCII: Bool)) {
        guard !stopped else { return }
        let (hash, isASCII) = hashed
        guard keys.find(key, hash: hash) == nil, keys.hasRoom(forBytes: key.count) else {
            stopped = true
            return
        }
        _ = keys.append(key, hash: hash)
        allASCII = allASCII && isASCII
    }

    /// Asks for the place where an id of hash `hash` goes, ahead of its ``add(utf8:hashed:)``.
    func prefetch(hash: UInt64) {
        keys.prefetchSlot(hash: hash)
    }

    /// Whether the first `count` ids added are all different as `String`s, as far as bytes
    /// tell: each was numbered (no two had the same bytes) and all are ASCII (an ASCII text
    /// equals only its own bytes). False means "not known", not "repeated".
    func areDistinct(count: Int) -> Bool {
        allASCII && self.count == count
    }

    /// Looks up the keys of `batch` in `range`: `found` gets each key's index in the batch and the number
    /// of the node whose id has exactly these bytes, if any; reading ahead for the whole batch
    /// (see ``ByteKeyBatch``). Returns a value folded from the reads ahead, for the caller to keep.
    /// - Complexity: O(total length of the keys) expected.
    func positions(of batch: ByteKeyBatch, in range: Range<Int>, _ found: (_ index: Int, _ node: Int32?) -> Void) -> UInt64 {
        keys.find(batch, in: range) { index, number in found(index, number.map { Int32(truncatingIfNeeded: $0) }) }
    }

    /// Node k's id.
    func id(at position: Int) -> String {
        keys.withKey(position) { String(decoding: $0, as: UTF8.self) }
    }
}
