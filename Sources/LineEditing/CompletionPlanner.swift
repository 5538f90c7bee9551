/// What pressing Tab does to the line.
enum CompletionAction: Equatable, Sendable {
    /// Replace the UTF-8 range `start..<end` of the line (the word before
    /// the cursor) with `text`, leaving the cursor after it. `isPartial`
    /// says several candidates remain (`text` is their common prefix), so a
    /// next Tab lists them.
    case replace(start: Int, end: Int, text: String, isPartial: Bool)
    /// Show these candidates below the line (a second Tab with nothing left
    /// to insert).
    case list([Completion])
    /// Nothing to insert: ring the bell.
    case beep
}

/// Decides what a Tab press does, bash-style, without touching the terminal.
///
/// - No candidates: beep.
/// - One candidate: it replaces the word, followed by a space if it
///   ``Completion/appendsSpace`` and no whitespace follows the cursor.
/// - Several: the word is replaced by their longest common prefix if that is
///   at least as long as the word and differs from it; otherwise the first
///   Tab beeps and a repeated Tab (same line, same cursor) lists them.
enum CompletionPlanner {
    /// The action for a Tab with cursor at UTF-8 offset `cursor`, given the
    /// completer's answer. `isRepeatedTab` says the previous key was a Tab
    /// that left the line exactly as it is now.
    static func action(
        line: String,
        cursor: Int,
        wordStart: Int,
        candidates: [Completion],
        isRepeatedTab: Bool
    ) -> CompletionAction {
        let end = CompletionWord.scalarBoundary(in: line, atOrBefore: cursor)
        let start = CompletionWord.scalarBoundary(in: line, atOrBefore: min(wordStart, end))
        let unique = uniqueByReplacement(candidates)
        guard let first = unique.first else { return .beep }
        let word = CompletionWord.text(in: line, from: start, to: end)

        if unique.count == 1 {
            var text = first.replacement
            if first.appendsSpace && !isWhitespace(in: line, at: end) { text += " " }
            return .replace(start: start, end: end, text: text, isPartial: false)
        }
        let prefix = longestCommonPrefix(unique.map(\.replacement))
        if prefix.count >= word.count && prefix != word {
            return .replace(start: start, end: end, text: prefix, isPartial: true)
        }
        return isRepeatedTab ? .list(unique) : .beep
    }

    /// The longest string every element starts with, compared by Character
    /// (so a base letter is never split from its combining accent).
    ///
    /// - Complexity: O(*n* × *m*) for *n* strings sharing *m* characters.
    static func longestCommonPrefix(_ strings: [String]) -> String {
        guard let first = strings.first else { return "" }
        var prefix = first[...]
        for string in strings.dropFirst() {
            var shared = prefix.startIndex
            var other = string.startIndex
            while shared < prefix.endIndex, other < string.endIndex, prefix[shared] == string[other] {
                shared = prefix.index(after: shared)
                other = string.index(after: other)
            }
            prefix = prefix[..<shared]
            if prefix.isEmpty { break }
        }
        return String(prefix)
    }

    /// The candidates with duplicate replacements removed, first one kept.
    static func uniqueByReplacement(_ candidates: [Completion]) -> [Completion] {
        var seen = Set<String>()
        return candidates.filter { seen.insert($0.replacement).inserted }
    }

    private static func isWhitespace(in line: String, at offset: Int) -> Bool {
        let utf8 = line.utf8
        guard offset < utf8.count else { return false }
        let index = utf8.index(utf8.startIndex, offsetBy: offset)
        return line.unicodeScalars[index].properties.isWhitespace
    }
}

/// Lays out completion candidates in columns, like bash.
///
/// Items run down the columns, in the order given, and the column count is
/// the largest that fits the terminal width:
///
/// ```
/// Henk Jan Kamsteeg   Hendrik Smit        Henny de Wit
/// Hendrik Jansen      Henk de Vries
/// ```
enum CompletionListing {
    /// Above this many candidates the user is asked before they are listed.
    static let confirmationThreshold = 100

    /// The gap between columns.
    static let gap = 2

    /// The listing as lines (without line ends or trailing spaces) for a
    /// terminal `width` columns wide.
    ///
    /// - Complexity: O(*n*) in the total length of the items.
    static func lines(for items: [String], width: Int) -> [String] {
        guard !items.isEmpty else { return [] }
        let widths = items.map(displayWidth)
        let cell = (widths.max() ?? 0) + gap
        let columnsThatFit = max(1, (max(width, 1) + gap) / max(cell, 1))
        let rows = (items.count + columnsThatFit - 1) / columnsThatFit
        let columns = (items.count + rows - 1) / rows
        var lines: [String] = []
        lines.reserveCapacity(rows)
        for row in 0..<rows {
            var line = ""
            for column in 0..<columns {
                let index = column * rows + row
                guard index < items.count else { break }
                let isLast = column == columns - 1 || index + rows >= items.count
                line += items[index]
                if !isLast { line += String(repeating: " ", count: cell - widths[index]) }
            }
            lines.append(line)
        }
        return lines
    }

    /// The number of terminal columns `text` occupies: combining marks and
    /// other zero-width scalars take none, East Asian wide characters and
    /// most emoji take two, everything else one.
    static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + scalarWidth($1) }
    }

    private static func scalarWidth(_ scalar: Unicode.Scalar) -> Int {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control:
            return 0
        default:
            break
        }
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
             0x4E00...0x9FFF, 0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF,
             0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }
}
