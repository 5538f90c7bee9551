/// The member names each kind of record in a graph file knows, for the fast decoder to match
/// a key on its bytes instead of making a `String` of it (see ``FastGraphDecoder/readKey(_:)``).
///
/// Each case's name is the JSON key it stands for.
protocol RecordKey: CaseIterable, RawRepresentable where RawValue == Int {
    /// The names of `allCases`, in order (`static let names = KeyNames(Self.self)`).
    static var names: KeyNames { get }
}

/// The names of a ``RecordKey``'s cases, as text and packed into two words each (the names
/// are ASCII and at most 15 bytes long), so that a key is matched by a few word compares.
struct KeyNames: Sendable {
    private let texts: [String]
    /// Each name's bytes, little-endian in two words, and its length in the top byte of the second.
    private let packed: [(UInt64, UInt64)]

    init<Key: RecordKey>(_: Key.Type) {
        texts = Key.allCases.map { "\($0)" }
        packed = texts.map { text in
            let bytes = Array(text.utf8)
            precondition(bytes.count <= 15 && bytes.allSatisfy { $0 < 0x80 }, "record key names are short ASCII")
            return bytes.withUnsafeBufferPointer { Self.pack($0) }
        }
    }

    /// The bytes of a key of at most 15 bytes in two words, with its length in the top byte.
    @inline(__always)
    private static func pack(_ key: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64) {
        var low: UInt64 = 0, high = UInt64(key.count) << 56
        for (index, byte) in key.enumerated() {
            if index < 8 { low |= UInt64(byte) << (8 * UInt64(index)) } else { high |= UInt64(byte) << (8 * UInt64(index - 8)) }
        }
        return (low, high)
    }

    /// The position of the name equal to a key's bytes (checked UTF-8), as `String`s compare:
    /// an ASCII key by its bytes; any other through ``position(ofText:)``, since a non-ASCII
    /// text can equal an ASCII one (`"\u{212A}"` is `"K"`).
    /// - Complexity: O(number of names + |key|).
    @inline(__always)
    func position(ofBytes key: UnsafeBufferPointer<UInt8>) -> Int? {
        var union: UInt8 = 0
        for byte in key { union |= byte }
        guard union < 0x80 else { return position(ofText: String(decoding: key, as: UTF8.self)) }
        guard key.count <= 15 else { return nil }  // ASCII and longer than every name
        let (low, high) = Self.pack(key)
        return packed.withUnsafeBufferPointer { names in
            for position in names.indices where names[position].0 == low && names[position].1 == high { return position }
            return nil
        }
    }

    /// The position of the name equal to `text`.
    func position(ofText text: String) -> Int? {
        texts.firstIndex(of: text)
    }
}

/// The members of the file's top object.
enum DocumentKey: Int, RecordKey {
    case directed, multigraph, graph, nodes, edges
    static let names = KeyNames(Self.self)
}

/// The members of `graph`.
enum GraphAttributeKey: Int, RecordKey {
    case name, description, documents
    static let names = KeyNames(Self.self)
}

/// The members of a source document in `graph.documents`.
enum SourceDocumentKey: Int, RecordKey {
    case id, title, publisher, language, date, path
    static let names = KeyNames(Self.self)
}

/// The members of a node.
enum NodeKey: Int, RecordKey {
    case id, type, name, aliases, properties, sources
    static let names = KeyNames(Self.self)
}

/// The members of an edge.
enum EdgeKey: Int, RecordKey {
    case id, source, target, type, properties, sources
    static let names = KeyNames(Self.self)
}

/// The members of a source citation.
enum CitationKey: Int, RecordKey {
    case document, quote
    static let names = KeyNames(Self.self)
}

/// A member's key as the fast decoder reads it: a name the record knows, or any other text.
enum MemberKey<Known: RecordKey> {
    case known(Known)
    case other(String)
}
