/// One search text, folded, and what the scan over the keys reuses: its bytes, its letter
/// mask, its word count and the edit-distance rows.
struct KeySearch {
    let query: String
    private let bytes: [UInt8]
    /// True when the search text is ASCII: the scans may then compare bytes.
    let isASCII: Bool
    private let mask: UInt64
    /// The number of words of the search text: the width of the key's word runs it is
    /// measured against.
    let width: Int
    private var distance = EditDistanceRows()
    /// Where each word of the key being measured starts, kept from key to key.
    private var wordStarts = [Int]()
    private let queryScalars: [Unicode.Scalar]
    /// The search text's scalars folded into 64 bits, as ``scalarMask(_:)`` folds a key's.
    private let queryScalarMask: UInt64
    /// For a search text beyond ASCII: the scalars every key it matches holds
    /// (``RequiredScalars``), longest first.
    let requiredScalars: [[UInt8]]
    /// The scalars of the key being measured, kept from key to key.
    private var keyScalars = [Unicode.Scalar]()

    init(_ query: String) {
        self.query = query
        bytes = Array(query.utf8)
        isASCII = bytes.allSatisfy { $0 < 0x80 }
        mask = bytes.reduce(0) { $0 | 1 << UInt64($1 & 63) }
        width = query.split(separator: " ").count
        queryScalars = Array(query.unicodeScalars)
        queryScalarMask = Self.scalarMask(queryScalars)
        requiredScalars = isASCII ? [] : RequiredScalars.bytes(of: query)
    }

    /// A set of the bytes of `key`, folded into 64 bits: a byte of the search text whose
    /// bit is missing does not occur in the key.
    static func mask(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        key.reduce(0) { $0 | 1 << UInt64($1 & 63) }
    }

    /// False when an ASCII search text cannot be an exact, prefix or substring match of the key
    /// beyond ASCII whose bytes are `key`, as `String`s compare: each of its characters would
    /// have to be a character of the key canonically equivalent to it, which is that ASCII
    /// byte alone or one of three scalars that decompose to ASCII (U+037E to ";", U+1FEF to
    /// "`", U+212A to "K"). So the key must hold the text's bytes, or one of those.
    func mayMatchAsString(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { wanted in
            if Self.firstOffset(of: wanted, in: key) != nil { return true }
            for offset in key.indices.dropLast() {
                switch (key[offset], key[offset + 1]) {
                case (0xCD, 0xBE): return true
                case (0xE1, 0xBF) where offset + 2 < key.count && key[offset + 2] == 0xAF: return true
                case (0xE2, 0x84) where offset + 2 < key.count && key[offset + 2] == 0xAA: return true
                default: continue
                }
            }
            return false
        }
    }

    /// False when a key beyond ASCII whose bytes are `key` lacks one of `required`
    /// (``RequiredScalars``), which an exact, prefix or substring match needs.
    static func holdsAll(_ required: ArraySlice<[UInt8]>, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        required.allSatisfy { bytes in bytes.withUnsafeBufferPointer { firstOffset(of: $0, in: key) != nil } }
    }

    /// A set of `scalars` folded into 64 bits: a scalar of the search text whose bit is
    /// missing does not occur in them.
    static func scalarMask(_ scalars: [Unicode.Scalar]) -> UInt64 {
        scalars.reduce(0) { $0 | 1 << UInt64($1.value & 63) }
    }

    /// Exact, prefix or substring, or nil, for the key whose bytes are `key`.
    /// - Complexity: O(|key| · |query|) at worst, O(|key|) typically.
    func plainMatch(_ key: UnsafeBufferPointer<UInt8>) -> MatchKind? {
        guard isASCII && key.allSatisfy({ $0 < 0x80 }) else {
            let string = String(decoding: key, as: UTF8.self)
            if string == query { return .exact }
            if string.hasPrefix(query) { return .prefix }
            return string.contains(query) ? .substring : nil
        }
        return bytes.withUnsafeBufferPointer { wanted -> MatchKind? in
            guard let offset = Self.firstOffset(of: wanted, in: key) else { return nil }
            if offset > 0 { return .substring }
            return key.count == wanted.count ? .exact : .prefix
        }
    }

    /// The first offset at which `wanted` occurs in `key`.
    private static func firstOffset(of wanted: UnsafeBufferPointer<UInt8>, in key: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = wanted.first, key.count >= wanted.count else { return nil }
        var offset = 0
        while offset <= key.count - wanted.count {
            if key[offset] == first {
                var index = 1
                while index < wanted.count && key[offset + index] == wanted[index] { index += 1 }
                if index == wanted.count { return offset }
            }
            offset += 1
        }
        return nil
    }

    /// The edit distance from the search text to the whole key or to its closest run of
    /// `width` consecutive words, if within `limit`.
    mutating func fuzzyDistance(_ key: UnsafeBufferPointer<UInt8>, limit: Int) -> Int? {
        // Each letter of an ASCII search text missing from the key costs an edit, in every run
        // of its words too; an ASCII byte is in a key's UTF-8 only as that letter, so this holds
        // for keys beyond ASCII as well (their other bytes only make the filter let more by).
        if isASCII && (mask & ~Self.mask(key)).nonzeroBitCount > limit { return nil }
        guard isASCII && key.allSatisfy({ $0 < 0x80 }) else {
            return scalarFuzzyDistance(key, limit: limit)
        }
        return bytes.withUnsafeBufferPointer { wanted -> Int? in
            var best = distance.between(wanted, key, limit: limit)
            // Folded keys have single spaces: a run of words is a contiguous range of the key.
            wordStarts.removeAll(keepingCapacity: true)
            wordStarts.append(0)
            for (offset, byte) in key.enumerated() where byte == 0x20 { wordStarts.append(offset + 1) }
            guard wordStarts.count > width else { return best }
            for first in 0...(wordStarts.count - width) {
                let end = first + width < wordStarts.count ? wordStarts[first + width] - 1 : key.count
                let phrase = UnsafeBufferPointer(rebasing: key[wordStarts[first]..<end])
                if let found = distance.between(wanted, phrase, limit: (best ?? limit + 1) - 1) { best = found }
            }
            return best
        }
    }

    /// The same measure for a key beyond ASCII (or a search text beyond ASCII), by Unicode
    /// scalar, on the key's scalars decoded into a buffer kept from key to key: the words of
    /// ``stringFuzzyDistance(_:_:limit:)`` are split at spaces that are characters of their
    /// own, which every space is when its neighbours are letters or digits
    /// (``UnicodeScalarRuns/standsApart(_:)``); a key with a space beside anything else is
    /// measured as a `String`.
    mutating func scalarFuzzyDistance(_ key: UnsafeBufferPointer<UInt8>, limit: Int) -> Int? {
        keyScalars.removeAll(keepingCapacity: true)
        var iterator = key.makeIterator()
        var decoder = UTF8()
        decoding: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): keyScalars.append(scalar)
            case .emptyInput: break decoding
            case .error: return Self.stringFuzzyDistance(query, String(decoding: key, as: UTF8.self), limit: limit)
            }
        }
        // Each scalar of the search text missing from the key costs an edit, in every run of
        // its words too (a run's scalars are the key's, its spaces included).
        if (queryScalarMask & ~Self.scalarMask(keyScalars)).nonzeroBitCount > limit { return nil }
        guard UnicodeScalarRuns.spacesStandApart(keyScalars) else {
            return Self.stringFuzzyDistance(query, String(decoding: key, as: UTF8.self), limit: limit)
        }
        return queryScalars.withUnsafeBufferPointer { wanted in
            keyScalars.withUnsafeBufferPointer { scalars -> Int? in
                var best = distance.between(wanted, scalars, limit: limit)
                let words = UnicodeScalarRuns.words(scalars)
                guard words.count > width else { return best }
                for first in 0...(words.count - width) {
                    let phrase = UnsafeBufferPointer(rebasing: scalars[words[first].lowerBound..<words[first + width - 1].upperBound])
                    if let found = distance.between(wanted, phrase, limit: (best ?? limit + 1) - 1) { best = found }
                }
                return best
            }
        }
    }

    /// The same measure on `String`s, by Unicode scalar: for keys beyond ASCII.
    static func stringFuzzyDistance(_ query: String, _ key: String, limit: Int) -> Int? {
        var best = EditDistance.between(query, key, limit: limit)
        let words = key.split(separator: " ")
        let width = query.split(separator: " ").count
        if words.count > width {
            for start in 0...(words.count - width) {
                let phrase = words[start..<(start + width)].joined(separator: " ")
                if let distance = EditDistance.between(query, phrase, limit: best.map { $0 - 1 } ?? limit) {
                    best = distance
                }
            }
        }
        return best
    }
}
