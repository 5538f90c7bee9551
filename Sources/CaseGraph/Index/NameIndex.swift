/// Which field of a node a name came from.
public enum NameField: Int, Sendable, Hashable, Comparable, CustomStringConvertible {
    case id, name, alias

    public static func < (lhs: NameField, rhs: NameField) -> Bool { lhs.rawValue < rhs.rawValue }
    public var description: String {
        switch self {
        case .id: return "id"
        case .name: return "name"
        case .alias: return "alias"
        }
    }
}

/// How a search text matched a name, best first.
public enum MatchKind: Sendable, Hashable, Comparable, CustomStringConvertible {
    case exact
    case prefix
    case substring
    /// Within `distance` edits of the name or of one of its words.
    case fuzzy(distance: Int)

    public var description: String {
        switch self {
        case .exact: return "exact"
        case .prefix: return "prefix"
        case .substring: return "substring"
        case .fuzzy(let distance): return "fuzzy(\(distance))"
        }
    }
}

/// One node found by ``NameIndex/search(_:limit:)``, with the name that matched best.
public struct SearchHit: Sendable, Hashable {
    public var node: NodeIndex
    public var match: MatchKind
    public var field: NameField
    /// The id, name or alias that matched, as written in the graph.
    public var matchedText: String
}

/// An index over node ids, names and aliases that ignores case and diacritics.
///
/// `"nederlandse POLITIE"` finds the node whose alias is "Nederlandse politie"; `"Kamsteeg"`
/// finds "Henk Jan Kamsteeg" by substring.
public struct NameIndex: Sendable {
    /// One id, name or alias (the text is read from the nodes: ``text(of:)``); its folded key
    /// is in ``keys`` at the same position.
    struct Entry: Sendable {
        var node: Int32
        /// For an alias, its number among the nodes' aliases.
        var alias: Int32
        var field: NameField
    }

    /// Entries sorted by folded key, then node id rank, then field.
    let entries: [Entry]
    /// The entries' folded keys, packed in entry order, with a hash index of equal runs:
    /// the only copy of the keys (no `String` each).
    let keys: PackedKeys
    let idRank: [Int32]
    /// `idRank` inverted: the node at each position in id order.
    let nodeOfRank: [Int32]
    /// The positions of the keys beyond ASCII, in order: the name search compares them as
    /// strings.
    let nonASCIIKeys: [Int32]
    /// The keys' tails from their second word on, sorted, for the fuzzy search: built on
    /// first use.
    let wordSuffixes = WordSuffixCache()
    /// The nodes the names are read from (their columns, shared with the graph's).
    let nodes: NodeList

    /// - Complexity: O(N log N) in the number of names. Memory: the entries (12 bytes each)
    ///   and the packed keys, sorted in place; an ASCII name is folded in the keys' buffer,
    ///   any other lives as a `String` only while it is packed.
    /// `cancellation` is polled while folding the names; once it fires, the index is left
    /// incomplete.
    init(nodes: NodeList, idRank: [Int32], nodeOfRank: [Int32], cancellation: Cancellation = .never) {
        var entries = [Entry]()
        entries.reserveCapacity(nodes.count * 2 + nodes.aliases.count)
        var keys = PackedKeys()
        keys.reserveCapacity(keys: entries.capacity,
                             bytes: nodes.ids.byteCount + nodes.names.byteCount + nodes.aliases.byteCount)
        var work = 0
        for index in nodes.indices {
            if cancellation.shouldStop(after: &work) { break }
            let node32 = Int32(index)
            nodes.ids.withBytes(index) { keys.appendFolded(utf8: $0) }
            entries.append(Entry(node: node32, alias: -1, field: .id))
            nodes.names.withBytes(index) { keys.appendFolded(utf8: $0) }
            entries.append(Entry(node: node32, alias: -1, field: .name))
            for alias in nodes.aliasRange(index) {
                nodes.aliases.withBytes(alias) { keys.appendFolded(utf8: $0) }
                entries.append(Entry(node: node32, alias: Int32(truncatingIfNeeded: alias), field: .alias))
            }
        }
        let order = keys.sortedOrder { lhs, rhs in
            let left = entries[lhs], right = entries[rhs]
            if left.node != right.node { return idRank[Int(left.node)] < idRank[Int(right.node)] }
            return left.field < right.field
        }
        entries.permute(gathering: order)
        keys = keys.permuted(gathering: order)
        keys.indexRuns()
        self.nodeOfRank = nodeOfRank
        nonASCIIKeys = keys.nonASCIIPositions()
        self.entries = entries
        self.keys = keys
        self.idRank = idRank
        self.nodes = nodes
    }

    /// The id, name or alias an entry stands for, as written in the graph.
    func text(of entry: Entry) -> String {
        switch entry.field {
        case .id: nodes.id(of: Int(entry.node))
        case .name: nodes.name(of: Int(entry.node))
        case .alias: nodes.aliases[Int(entry.alias)]
        }
    }

    /// The folded key of the entry at `position`, as a `String` (for comparisons beyond
    /// bytes: canonical equivalence).
    func key(at position: Int) -> String {
        keys.withKeyBytes { bytes, starts in
            String(decoding: PackedKeys.key(position, in: bytes, starts), as: UTF8.self)
        }
    }

    /// The nodes one of whose id, name or aliases equals `text`, ignoring case and diacritics;
    /// ordered by id.
    /// - Complexity: O(|text| + k) expected (a hash look-up of the folded text).
    public func exactMatches(_ text: String) -> [NodeIndex] {
        let folded = TextFolding.fold(text)
        var range = keys.equalRange(of: folded)
        if range.isEmpty && !folded.utf8.allSatisfy({ $0 < 0x80 }) { range = canonicalRange(of: folded) }
        guard !range.isEmpty else { return [] }
        if range.count == 1 { return [Int(entries[range.lowerBound].node)] }
        // The range is sorted by node id, then field: a node's first entry is its best field.
        // Listing nodes by that field, each in id order, is `unique`'s order for exact hits:
        // one pass per field over the range, into one array.
        var nodes = [NodeIndex]()
        for field in 0..<3 {
            var previous: Int32 = -1
            for position in range where entries[position].node != previous {
                previous = entries[position].node
                if entries[position].field.rawValue == field { nodes.append(Int(previous)) }
            }
        }
        return nodes
    }

    /// The run of entries whose key equals `folded` as a `String` (canonical equivalence) but
    /// not byte for byte: a key written in another Unicode normalization form. The last such
    /// run, as a dictionary of keys would keep.
    /// - Complexity: O(N) in the number of names; only for a text that is not ASCII and has
    ///   no byte-equal key.
    private func canonicalRange(of folded: String) -> Range<Int> {
        guard let last = entries.indices.last(where: { key(at: $0) == folded }) else { return 0..<0 }
        return keys.startOfRun(through: last)..<(last + 1)
    }

    func hit(_ entry: Entry, _ match: MatchKind) -> SearchHit {
        SearchHit(node: Int(entry.node), match: match, field: entry.field, matchedText: text(of: entry))
    }
}
