import Foundation

/// Folds text for matching: case and diacritics are ignored, runs of whitespace become one
/// space, and leading and trailing whitespace is dropped. `"  Zoë  DE Vries"` → `"zoe de vries"`.
public enum TextFolding {
    /// - Complexity: O(n); ASCII text takes a fast path that avoids Foundation, and so does
    /// text whose other letters have a fold in ``ScalarFolding``'s tables (Latin with
    /// diacritics, Greek, Cyrillic, Hebrew, Arabic, kana, ideographs, Hangul, ...).
    public static func fold(_ text: String) -> String {
        var text = text
        if let folded = text.withUTF8({ foldASCII($0) }) { return folded ?? text }
        if let folded = foldByScalar(text) { return folded }
        return foldWithFoundation(text)
    }

    /// Foundation's fold, whitespace collapsed: the reference every fast path agrees with.
    static func foldWithFoundation(_ text: String) -> String {
        foundationFold(text).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Foundation's fold of case and diacritics, whitespace left as it is.
    static func foundationFold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// The fold of text made of ASCII, whitespace and letters that ``ScalarFolding`` folds;
    /// nil at any other scalar (a combining mark, a symbol, a script without a table).
    /// - Complexity: O(n), one pass over the scalars.
    static func foldByScalar(_ text: String) -> String? {
        var output = [UInt8]()
        output.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        func append(_ byte: UInt8) {
            if pendingSpace {
                output.append(0x20)
                pendingSpace = false
            }
            output.append(byte)
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                let byte = UInt8(value)
                if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                    pendingSpace = !output.isEmpty
                } else {
                    append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
                }
                continue
            }
            if ScalarFolding.isWhitespace(value) {
                pendingSpace = !output.isEmpty
                continue
            }
            let packed = ScalarFolding.fold(value)
            guard packed != 0 else { return nil }
            for position in 0..<Int(packed >> 24) { append(UInt8(truncatingIfNeeded: packed >> (8 * UInt32(position)))) }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Folds ASCII text in place (the fold is never longer than the text) and returns the
    /// fold's length; nil, the bytes left as they are, when the text is not all ASCII.
    /// The same bytes as ``fold(_:)`` for ASCII text.
    /// - Complexity: O(n), one pass, no allocation.
    static func foldASCIIInPlace(_ bytes: UnsafeMutableBufferPointer<UInt8>) -> Int? {
        for byte in bytes where byte >= 0x80 { return nil }
        guard let start = bytes.baseAddress else { return 0 }
        return writeASCIIFold(of: UnsafeBufferPointer(bytes), to: start)
    }

    /// Writes the fold of ASCII `text` at `output` and returns its length (at most the
    /// text's): case lowered, runs of whitespace one space, none leading or trailing.
    /// `output` may be the text's own start: no byte is written before it is read.
    /// - Complexity: O(n).
    private static func writeASCIIFold(of text: UnsafeBufferPointer<UInt8>, to output: UnsafeMutablePointer<UInt8>) -> Int {
        var count = 0
        var pendingSpace = false
        for byte in text {
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                pendingSpace = count > 0
                continue
            }
            if pendingSpace {
                output[count] = 0x20
                count += 1
                pendingSpace = false
            }
            output[count] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
            count += 1
        }
        return count
    }

    /// The fold of ASCII text: `.some(nil)` when it is folded already (the text itself is
    /// the answer, no copy), nil when the text is not all ASCII.
    private static func foldASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> String?? {
        var clean = true
        var previousSpace = true  // a leading space is not clean
        for byte in bytes {
            if byte >= 0x80 { return nil }
            if byte >= 0x41 && byte <= 0x5A { clean = false }
            let isSpace = byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
            if isSpace && (previousSpace || byte != 0x20) { clean = false }
            previousSpace = isSpace
        }
        if previousSpace && !bytes.isEmpty { clean = false }  // a trailing space
        if clean { return .some(nil) }
        // Written straight into the new string's storage: one allocation (none for up to 15 bytes).
        return .some(String(unsafeUninitializedCapacity: bytes.count) { output in
            output.baseAddress.map { writeASCIIFold(of: bytes, to: $0) } ?? 0
        })
    }
}

/// Edit distance, for "did you mean" and fuzzy search.
public enum EditDistance {
    /// The optimal-string-alignment distance between two strings, by Unicode scalar:
    /// insertions, deletions, substitutions and swaps of neighbours (`dpeth` → `depth`) each
    /// cost one. Nil when it exceeds `limit`, which lets long mismatches stop early.
    ///
    /// - Complexity: O(n·m) time, O(m) space.
    public static func between(_ lhs: String, _ rhs: String, limit: Int = .max) -> Int? {
        var rows = EditDistanceRows()
        return rows.between(Array(lhs.unicodeScalars), Array(rhs.unicodeScalars), limit: limit)
    }

    /// How many edits a word of this length may be off and still be suggested: one up to
    /// four letters, two up to eight, three beyond.
    public static func allowance(forLength length: Int) -> Int {
        length <= 4 ? 1 : length <= 8 ? 2 : 3
    }

    /// The candidates nearest to `word`, ignoring case and diacritics, best first, ties in
    /// the candidates' order. A candidate the word is a prefix of (at least two letters)
    /// counts as within the allowance.
    ///
    /// - Parameter maximumDistance: a tighter limit than ``allowance(forLength:)``, for places
    ///   where a false suggestion would be harmful; it also turns the prefix rule off.
    /// - Complexity: O(c·n·min(m, a)) for c candidates of length m, a word of length n and an
    ///   allowance a; an ASCII candidate whose fold is itself costs no allocation.
    public static func suggestions(
        for word: String, among candidates: [String], maximum: Int = 3, maximumDistance: Int? = nil
    ) -> [String] {
        let folded = TextFolding.fold(word)
        let scalars = Array(folded.unicodeScalars)
        let length = scalars.count
        guard length > 0, length <= 256 else { return [] }
        let limit = maximumDistance ?? allowance(forLength: length)
        let prefixCounts = maximumDistance == nil && length >= 2
        let wordBytes = Array(folded.utf8)
        let wordIsASCII = wordBytes.count == length
        var rows = EditDistanceRows()
        var scored = [(distance: Int, position: Int)]()
        for (position, candidate) in candidates.enumerated() {
            var key = TextFolding.fold(candidate)
            // For ASCII, bytes are scalars: an ASCII key is measured without a copy.
            var distance = key.withUTF8 { keyBytes -> Int?? in
                guard wordIsASCII, keyBytes.allSatisfy({ $0 < 0x80 }) else { return .none }
                return .some(wordBytes.withUnsafeBufferPointer { rows.between($0, keyBytes, limit: limit) })
            } ?? rows.between(scalars, Array(key.unicodeScalars), limit: limit)
            // A candidate the word is a prefix of counts as within the allowance.
            if distance == nil, prefixCounts, key.hasPrefix(folded) { distance = limit }
            if let distance { scored.append((distance, position)) }
        }
        return scored.sorted { ($0.distance, $0.position) < ($1.distance, $1.position) }.prefix(maximum).map { candidates[$0.position] }
    }
}
