/// The merger's table of node ids: node k's id is entry k, found by its UTF-8 bytes with an
/// open-addressing hash table, without hashing a `String`.
///
/// Answers what a `[String: Int32]` of the same ids answers, where ids compare as `String`s
/// (canonical equivalence): equal bytes are equal `String`s, so a byte match is certain;
/// a miss is certain when the id and every stored id are ASCII (an ASCII string equals only
/// itself, and a non-ASCII one can equal an ASCII one: "\u{212A}" is "K"); any other miss is
/// confirmed with a `[String: Int32]`, made on first need and kept up to date after.
///
/// ```swift
/// var ids = NodeIDTable()
/// ids.append("caf\u{E9}")               // node 0
/// ids.index(of: "cafe\u{301}")          // 0: canonically equal
/// ```
struct NodeIDTable {
    /// Key k is node k's id.
    private var keys = ByteKeyTable()
    /// Whether some stored id is not ASCII (then an ASCII id's byte miss is not certain).
    private var hasNonASCII = false
    /// The ids as `String`s, for the misses bytes cannot decide; nil until first needed.
    private var byString: [String: Int32]?

    init() {}

    /// The number of ids.
    var count: Int { keys.count }

    /// The node whose id equals `id` as a `String`.
    /// - Complexity: O(|id|) expected; the first miss that bytes cannot decide builds the
    ///   `String` table, O(total length of the ids).
    mutating func index(of id: String) -> Int32? {
        Self.withBytes(of: id) { index(ofBytes: $0) }
    }

    /// The node whose id equals the UTF-8 text `id` as a `String`.
    /// - Complexity: as ``index(of:)``.
    mutating func index(ofBytes id: UnsafeBufferPointer<UInt8>) -> Int32? {
        if let found = keys.find(id) { return Int32(truncatingIfNeeded: found) }
        if Self.isASCII(id) && !hasNonASCII { return nil }
        return stringTable()[String(decoding: id, as: UTF8.self)]
    }

    /// Makes room for `ids` more ids of `bytes` bytes in all, so that adding them does not
    /// grow the buffers by doubling.
    /// - Complexity: O(number of ids stored).
    mutating func reserveCapacity(ids: Int, bytes byteCount: Int) {
        keys.reserveCapacity(keys: ids, bytes: byteCount)
    }

    /// Adds `id` as the next node's. The caller makes sure no equal id is stored.
    /// - Precondition: the ids take less than 2 GB.
    /// - Complexity: O(|id|) amortised.
    mutating func append(_ id: String) {
        Self.withBytes(of: id) { append(utf8: $0) }
    }

    /// Adds the id whose UTF-8 is `id` as the next node's (see ``append(_:)``).
    mutating func append(utf8 id: UnsafeBufferPointer<UInt8>) {
        precondition(keys.hasRoom(forBytes: id.count), "node ids take 2 GB or more")
        let node = keys.append(id)
        if !Self.isASCII(id) { hasNonASCII = true }
        if byString != nil { byString?[String(decoding: id, as: UTF8.self)] = Int32(truncatingIfNeeded: node) }
    }

    // MARK: - Internals

    private static func withBytes<Result>(of id: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = id.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(id.utf8).withUnsafeBufferPointer(body)
    }

    private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var union: UInt8 = 0
        for byte in bytes { union |= byte }
        return union < 0x80
    }

    private mutating func stringTable() -> [String: Int32] {
        if let byString { return byString }
        var table = [String: Int32](minimumCapacity: count)
        for node in 0..<count {
            let id = keys.withKey(node) { String(decoding: $0, as: UTF8.self) }
            if table[id] == nil { table[id] = Int32(truncatingIfNeeded: node) }
        }
        byString = table
        return table
    }
}
