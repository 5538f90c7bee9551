/// Whether ids seen one by one are all different, as `Set<String>` judges (canonically
/// equivalent texts are equal): the fast decoder's check of edge ids, without hashing each
/// id with `Hasher` (a third of the cost of a `Set<String>` insert).
///
/// ASCII ids are kept as bytes (two ASCII texts are equal exactly when their bytes are). An
/// id with any other byte may equal a differently spelled one (`"\u{212A}"` is `"K"`): it is
/// only noted, and the caller checks all ids with a `Set<String>` once it has them all.
///
/// ```swift
/// var ids = DistinctIDs()
/// guard ids.insert("e1") else { /* a duplicate */ }
/// if ids.needsFullCheck { /* check every id with a Set<String> */ }
/// ```
struct DistinctIDs: Sendable {
    /// The ASCII ids, as bytes.
    private var keys = ByteKeyTable()
    /// An id was not ASCII (or there were too many to number): only a full check decides.
    private(set) var needsFullCheck = false

    init() {}

    /// The number of ASCII ids kept.
    var count: Int { keys.count }

    /// Adds `id`; false when an equal id was added before (as far as ASCII ids tell).
    /// - Complexity: O(|id|) amortised.
    mutating func insert(_ id: String) -> Bool {
        var id = id
        return id.withUTF8 { insert($0) }
    }

    /// ``insert(_:)`` of the id whose UTF-8 is `key`.
    /// - Complexity: O(|key|) amortised.
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
        guard key.allSatisfy({ $0 < 0x80 }), keys.hasRoom(forBytes: key.count) else {
            needsFullCheck = true
            return true
        }
        let hash = ByteHash.hash(key)
        guard keys.find(key, hash: hash) == nil else { return false }
        keys.append(key, hash: hash)
        return true
    }

    /// Whether any id kept here is kept in `other` too.
    /// - Complexity: O(total length of the ids kept here).
    func overlaps(_ other: DistinctIDs) -> Bool {
        (0..<count).contains { number in keys.withKey(number) { other.keys.find($0) != nil } }
    }
}
