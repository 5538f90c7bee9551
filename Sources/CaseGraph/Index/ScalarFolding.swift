import Foundation

/// The folds of single letters beyond ASCII, for ``TextFolding``'s fast path.
///
/// Names in case files are mostly Latin script with diacritics (Zoë, Ivanović, Müller,
/// Nguyễn, Şahin), and then Cyrillic, Greek, Arabic, Hebrew, Chinese, Japanese and Korean.
/// Foundation's folding costs microseconds a call; these tables give the same answer per
/// letter in nanoseconds. Each holds, for each scalar of its blocks, what Foundation folds
/// that scalar to, when that is one to three ASCII bytes (`ë` → `e`, `ß` → `ss`) or one other
/// scalar of at most three UTF-8 bytes (`Ё` → `е`, `Ά` → `α`, `が` → `か`). A table is computed
/// from Foundation itself, once, when a text first holds a scalar of its blocks, so the two
/// paths cannot disagree on these scalars. Only plain scalars (``QuoteIndex/isPlain(_:)``: no
/// mark, space, control, or scalar that joins a neighbour's grapheme) are held, folding to plain
/// ones: any scalar left out sends the whole text down Foundation's path.
/// The CJK ideographs and the Hangul syllables have neither case nor diacritics: each folds to
/// itself, without a table (32,000 folds would take 50 ms at the first such name), and the
/// tests hold every one of them to Foundation's fold.
enum ScalarFolding {
    /// The blocks of each table, made on first need one table at a time: a graph of Latin
    /// names never folds the other scripts' letters.
    static let latinBlocks: [ClosedRange<UInt32>] = [0xC0...0x24F, 0x1E00...0x1EFF]
    /// Greek and Coptic, Cyrillic and its supplement, Armenian, Hebrew, Arabic; Devanagari,
    /// Thai, Georgian; Hiragana and Katakana.
    static let alphabetBlocks: [ClosedRange<UInt32>] = [0x370...0x6FF, 0x900...0x97F, 0xE00...0xE7F, 0x10A0...0x10FF, 0x3040...0x30FF]
    /// The CJK Unified Ideographs and the Hangul syllables: each its own fold.
    static let unchangedBlocks: [ClosedRange<UInt32>] = [0x4E00...0x9FFF, 0xAC00...0xD7A3]
    static let allBlocks = latinBlocks + alphabetBlocks + unchangedBlocks

    private static let latin = Table(blocks: latinBlocks)
    private static let alphabets = Table(blocks: alphabetBlocks)

    /// The packed fold of `value`: up to three UTF-8 bytes in the low 24 bits and their count
    /// in the top 8; 0 when the scalar has no fold here.
    @inline(__always)
    static func fold(_ value: UInt32) -> UInt32 {
        switch value {
        case 0xC0...0x24F, 0x1E00...0x1EFF: latin.fold(value)
        case 0x370...0x6FF, 0x900...0x97F, 0xE00...0xE7F, 0x10A0...0x10FF, 0x3040...0x30FF: alphabets.fold(value)
        case 0x4E00...0x9FFF, 0xAC00...0xD7A3: unchanged(value)
        default: 0
        }
    }

    /// The packed UTF-8 of a scalar of three UTF-8 bytes (U+0800–U+FFFF): its own fold.
    @inline(__always)
    private static func unchanged(_ value: UInt32) -> UInt32 {
        3 << 24 | (0x80 | value & 0x3F) << 16 | (0x80 | value >> 6 & 0x3F) << 8 | (0xE0 | value >> 12)
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

    /// The folds of some blocks' scalars, in block order.
    private struct Table: Sendable {
        let blocks: [ClosedRange<UInt32>]
        let packed: [UInt32]

        init(blocks: [ClosedRange<UInt32>]) {
            self.blocks = blocks
            let scalars = blocks.flatMap { $0 }
            packed = Self.folds(of: scalars).enumerated().map { Self.pack(scalars[$0.offset], folded: $0.element) }
        }

        @inline(__always)
        func fold(_ value: UInt32) -> UInt32 {
            var base = 0
            for block in blocks {
                if block.contains(value) { return packed[base + Int(value - block.lowerBound)] }
                base += block.count
            }
            return 0
        }

        /// Foundation's fold of each scalar (nil where there is none): one call for all of
        /// them, a line feed between each two (a line feed ends a grapheme on either side),
        /// or, should the lines not come out one a scalar, a call each.
        private static func folds(of values: [UInt32]) -> [String?] {
            let scalars = values.map { Unicode.Scalar($0) }
            var joined = String.UnicodeScalarView()
            for (position, scalar) in scalars.enumerated() {
                if position > 0 { joined.append("\n") }
                if let scalar { joined.append(scalar) }
            }
            let lines = TextFolding.foundationFold(String(joined)).split(separator: "\n", omittingEmptySubsequences: false)
            if lines.count == scalars.count {
                return zip(scalars, lines).map { scalar, line in scalar.map { _ in String(line) } }
            }
            return scalars.map { scalar in scalar.map { TextFolding.foundationFold(String(Character($0))) } }
        }

        /// The packed fold of `value` (see ``ScalarFolding/fold(_:)``), or 0.
        private static func pack(_ value: UInt32, folded: String?) -> UInt32 {
            // A scalar that is not plain, or folds to one that is not, is left out: its fold
            // could depend on its neighbours.
            guard let folded, let scalar = Unicode.Scalar(value), QuoteIndex.isPlain(scalar) else { return 0 }
            let bytes = Array(folded.utf8)
            let ascii = (1...3).contains(bytes.count) && bytes.allSatisfy { $0 > 0x20 && $0 < 0x7F }
            let scalars = Array(folded.unicodeScalars)
            let single = scalars.count == 1 && bytes.count <= 3 && scalars[0].value >= 0x80 && QuoteIndex.isPlain(scalars[0])
            guard ascii || single else { return 0 }
            var packed = UInt32(bytes.count) << 24
            for (position, byte) in bytes.enumerated() { packed |= UInt32(byte) << (8 * UInt32(position)) }
            return packed
        }

    }
}
