@testable import CaseGraph
import Testing

/// "Did you mean": the suggestions, measured on bytes for ASCII keys without copies, are
/// those of measuring every candidate's scalars (the plain definition, kept here).
@Suite("Edit distance suggestions")
struct EditDistanceSuggestionTests {
    /// The plain definition: every candidate folded and measured by scalar, a candidate the
    /// word is a prefix of within the allowance, best first, ties in candidate order.
    static func reference(_ word: String, _ candidates: [String], maximum: Int, maximumDistance: Int?) -> [String] {
        let folded = TextFolding.fold(word)
        let length = folded.unicodeScalars.count
        guard length > 0, length <= 256 else { return [] }
        let limit = maximumDistance ?? EditDistance.allowance(forLength: length)
        let scored = candidates.enumerated().compactMap { position, candidate -> (Int, Int, String)? in
            let key = TextFolding.fold(candidate)
            var distance = EditDistance.between(folded, key, limit: limit)
            if maximumDistance == nil, length >= 2, key.hasPrefix(folded) { distance = min(distance ?? limit, limit) }
            return distance.map { ($0, position, candidate) }
        }
        return scored.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.prefix(maximum).map(\.2)
    }

    @Test("random words and candidates: ASCII, case, diacritics, decomposed letters, other scripts", arguments: 0..<6)
    func agreesWithTheDefinition(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let pieces = ["a", "b", "c", "n", "o", "A", "N", "é", "e\u{301}", "ñ", "ß", "ss", " ", "-", "ж", "Ж", "北", "🙂", "de", "van"]
        func text(_ count: Int) -> String {
            (0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
        }
        for _ in 0..<150 {
            let word = text(Int(generator.next() % 7))
            var candidates = (0..<40).map { _ in text(Int(generator.next() % 9)) }
            // Near ones: the word with one piece changed, and the word as a prefix.
            candidates.append(word + text(3))
            candidates.append(String(word.dropLast()) + text(1))
            let maximumDistance: Int? = generator.next() % 4 == 0 ? Int(generator.next() % 3) : nil
            let maximum = 1 + Int(generator.next() % 4)
            #expect(EditDistance.suggestions(for: word, among: candidates, maximum: maximum, maximumDistance: maximumDistance)
                    == Self.reference(word, candidates, maximum: maximum, maximumDistance: maximumDistance),
                    "\(word.debugDescription) among \(candidates)")
        }
    }
}
