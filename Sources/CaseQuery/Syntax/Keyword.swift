import CaseGraph

/// "Did you mean": the candidate nearest to a mistyped word.
///
/// Distance is the optimal-string-alignment distance over folded text (case and accents
/// ignored), in which swapping two neighbouring letters is one edit, as typing slips are
/// (`dpeth` → `depth`). A word may also be the start of its candidate (`typ` → `type`).
enum Suggestion {
    /// The nearest candidate (see ``EditDistance/suggestions(for:among:maximum:maximumDistance:)``),
    /// ties to the earlier candidate; nil when none is near.
    static func nearest(to word: String, among candidates: [String], maximumDistance: Int? = nil) -> String? {
        EditDistance.suggestions(for: word, among: candidates, maximum: 1, maximumDistance: maximumDistance).first
    }
}

/// The words the query language gives a meaning to. They are matched case-insensitively;
/// a name that is also a keyword can be written in quotes (`show "all"`).
enum Keyword: String, CaseIterable, Sendable {
    // Statements.
    case find, show, linked, who, path, trace, why, timeline, nodes, edges, stats, schema, warnings
    case help, load, set, export, quit, exit
    // Clauses and connecting words.
    case `is`, to, and, depth, via, type, max, all, limit, with, context, by, country, format

    /// The statement keywords, in the order help lists them.
    static let statements: [Keyword] = [
        .find, .show, .linked, .who, .path, .trace, .why, .timeline, .nodes, .edges,
        .stats, .schema, .warnings, .help, .load, .set, .export, .quit, .exit,
    ]

    /// The statements `export` can export.
    static let exportable: [Keyword] = [.show, .linked, .who, .path, .trace, .why, .nodes, .timeline]

    /// The clauses that end an exported statement.
    static let exportClauses: [Keyword] = [.with, .by, .to]

    /// The length in bytes of the longest keyword.
    static let longest = allCases.map(\.rawValue.utf8.count).max() ?? 0

    /// Keywords quoted and listed for a message: `'depth', 'via' or 'limit'`.
    static func list(_ keywords: [Keyword], or last: String? = nil) -> String {
        var items = keywords.map { "'\($0.rawValue)'" }
        if let last { items.append(last) }
        return englishList(items, conjunction: "or")
    }
}

/// `a`, `a or b`, `a, b or c`.
func englishList(_ items: [String], conjunction: String) -> String {
    switch items.count {
    case 0: return ""
    case 1: return items[0]
    default: return items.dropLast().joined(separator: ", ") + " \(conjunction) " + (items.last ?? "")
    }
}
