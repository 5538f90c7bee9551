import Foundation

/// Folds text for matching: case and diacritics are ignored, runs of whitespace become one
/// space, and leading and trailing whitespace is dropped. `"  Zoë  DE Vries"` → `"zoe de vries"`.
public enum TextFolding {
    /// - Complexity: O(n); ASCII text takes a fast path that avoids Foundation.
    public static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes = [UInt8]()
            bytes.reserveCapacity(text.utf8.count)
            var pendingSpace = false
            for byte in text.utf8 {
                if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                    pendingSpace = !bytes.isEmpty
                    continue
                }
                if pendingSpace { bytes.append(0x20); pendingSpace = false }
                bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        return folded.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

/// Edit distance, for "did you mean" and fuzzy search.
public enum EditDistance {
    /// The Levenshtein distance between two strings, by Unicode scalar, or nil when it
    /// exceeds `limit` (which lets long mismatches stop early).
    ///
    /// - Complexity: O(n·m) time, O(m) space.
    public static func between(_ lhs: String, _ rhs: String, limit: Int = .max) -> Int? {
        let left = Array(lhs.unicodeScalars), right = Array(rhs.unicodeScalars)
        if abs(left.count - right.count) > limit { return nil }
        if left.isEmpty { return right.count <= limit ? right.count : nil }
        if right.isEmpty { return left.count <= limit ? left.count : nil }
        var previous = Array(0...right.count)
        var current = [Int](repeating: 0, count: right.count + 1)
        for i in 1...left.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...right.count {
                let cost = left[i - 1] == right[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return nil }
            swap(&previous, &current)
        }
        let distance = previous[right.count]
        return distance <= limit ? distance : nil
    }

    /// The candidates nearest to `word` (within a third of its length, at least 1, at most 3
    /// edits), best first, ties in the candidates' order.
    public static func suggestions(for word: String, among candidates: [String], maximum: Int = 3) -> [String] {
        let folded = TextFolding.fold(word)
        let limit = min(3, max(1, folded.count / 3))
        let scored = candidates.enumerated().compactMap { position, candidate -> (Int, Int, String)? in
            let key = TextFolding.fold(candidate)
            if let distance = between(folded, key, limit: limit) { return (distance, position, candidate) }
            if key.hasPrefix(folded) && !folded.isEmpty { return (limit, position, candidate) }
            return nil
        }
        return scored.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.prefix(maximum).map(\.2)
    }
}
