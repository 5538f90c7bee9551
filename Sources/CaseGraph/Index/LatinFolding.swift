import Foundation

/// The folds of the Latin letters beyond ASCII, for ``TextFolding``'s fast path.
///
/// Names in case files are mostly Latin script with diacritics (Zoë, Ivanović, Müller,
/// Nguyễn, Şahin). Foundation's folding costs microseconds a call; this table gives the
/// same answer per letter in nanoseconds. It holds, for each scalar of Latin-1 Supplement,
/// Latin Extended-A and -B (U+00C0–U+024F) and Latin Extended Additional (U+1E00–U+1EFF),
/// what Foundation folds that scalar to, when that is one to three ASCII bytes (`ë` → `e`,
/// `ß` → `ss`). It is computed from Foundation itself, once, on first use (about 650
/// folds), so the two paths cannot disagree on these scalars; any other scalar sends the
/// whole text down Foundation's path.
enum LatinFolding {
    static let blocks: [ClosedRange<UInt32>] = [0xC0...0x24F, 0x1E00...0x1EFF]

    /// Per scalar of ``blocks`` (the second block after the first): up to three ASCII bytes
    /// in the low 24 bits and their count in the top 8; 0 when the fold is not ASCII.
    private static let table: [UInt32] = blocks.flatMap { block in block.map(packedFold) }

    /// The packed ASCII fold of `value`, or 0.
    private static func packedFold(_ value: UInt32) -> UInt32 {
        guard let scalar = Unicode.Scalar(value) else { return 0 }
        let folded = String(Character(scalar)).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        let bytes = Array(folded.utf8)
        guard (1...3).contains(bytes.count), bytes.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else { return 0 }
        var packed = UInt32(bytes.count) << 24
        for (position, byte) in bytes.enumerated() { packed |= UInt32(byte) << (8 * UInt32(position)) }
        return packed
    }

    /// The packed fold of `value` (see ``table``), or 0 when it has no ASCII fold here.
    @inline(__always)
    static func fold(_ value: UInt32) -> UInt32 {
        if blocks[0].contains(value) { return table[Int(value - blocks[0].lowerBound)] }
        if blocks[1].contains(value) { return table[blocks[0].count + Int(value - blocks[1].lowerBound)] }
        return 0
    }

    /// True for the scalars beyond ASCII that `Character.isWhitespace` counts as whitespace
    /// on their own (next line, no-break spaces, the Unicode spaces and separators).
    @inline(__always)
    static func isWhitespace(_ value: UInt32) -> Bool {
        switch value {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }
}
