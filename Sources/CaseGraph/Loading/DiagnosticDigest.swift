/// The diagnostics of a load as a reader takes them in: the first few of each sort
/// (``GraphDiagnostic/Kind`` and severity), in the order given, then one line for each sort
/// that had more, counting the rest.
///
/// A graph whose million nodes cite no quote has a million warnings of one sort; listing
/// them all would bury the one that says a document cannot be read, and take longer to print
/// than the graph takes to load. As a compiler stops after its first errors, a digest shows
/// `perSort` of each.
///
/// ```swift
/// let digest = DiagnosticDigest(loaded.warnings, perSort: 10)
/// digest.lines   // ["case.json:3:2: warning: nodes[1].sources: node \"n0\" cites no source quote", …,
///                //  "case.json: warning: ... and 999990 more nodes that cite no source quote"]
/// ```
public struct DiagnosticDigest: Sendable, Hashable {
    /// A sort that had more diagnostics than were shown.
    public struct Omission: Sendable, Hashable, CustomStringConvertible {
        public var severity: GraphDiagnostic.Severity
        public var kind: GraphDiagnostic.Kind
        /// The file of the first one left out.
        public var file: String
        /// How many were left out.
        public var count: Int

        /// `case.json: warning: ... and 999990 more nodes that cite no source quote`.
        public var description: String {
            "\(SafeText.escaped(file)): \(severity.rawValue): ... and \(count) more "
                + Self.noun(kind, severity, plural: count != 1)
        }

        /// What a diagnostic of `kind` is about, as a noun phrase.
        static func noun(_ kind: GraphDiagnostic.Kind, _ severity: GraphDiagnostic.Severity, plural: Bool) -> String {
            switch kind {
            case .general: return plural ? "\(severity.rawValue)s" : severity.rawValue
            case .notDirected: return plural ? "files not marked directed" : "file not marked directed"
            case .documentRedeclared:
                return plural ? "documents declared again with other details" : "document declared again with other details"
            case .unreadableDocument:
                return plural ? "documents whose local copy cannot be read" : "document whose local copy cannot be read"
            case .uncitedNode: return plural ? "nodes that cite no source quote" : "node that cites no source quote"
            case .quoteNotFound:
                return plural ? "quotes not found verbatim in their documents" : "quote not found verbatim in its document"
            }
        }
    }

    /// The diagnostics shown, in the order given.
    public var shown: [GraphDiagnostic]
    /// The sorts that had more than `perSort`, in the order of their first diagnostic.
    public var omissions: [Omission]

    /// - Parameter perSort: how many of each sort to show; 0 or less shows every one.
    /// - Complexity: O(n) for n diagnostics.
    public init(_ diagnostics: [GraphDiagnostic], perSort: Int = 20) {
        guard perSort > 0, diagnostics.count > perSort else {
            shown = diagnostics
            omissions = []
            return
        }
        struct Sort: Hashable {
            var severity: GraphDiagnostic.Severity
            var kind: GraphDiagnostic.Kind
        }
        var seen = [Sort: Int]()
        // Each sort that had more, with the file of its first one left out, in order.
        var firstOmitted = [(sort: Sort, file: String)]()
        var shown = [GraphDiagnostic]()
        for diagnostic in diagnostics {
            let sort = Sort(severity: diagnostic.severity, kind: diagnostic.kind)
            let count = seen[sort, default: 0]
            seen[sort] = count + 1
            if count < perSort {
                shown.append(diagnostic)
            } else if count == perSort {
                firstOmitted.append((sort, diagnostic.file))
            }
        }
        self.shown = shown
        omissions = firstOmitted.map { sort, file in
            Omission(severity: sort.severity, kind: sort.kind, file: file, count: seen[sort, default: perSort] - perSort)
        }
    }

    /// A load's warnings as casegraph shows them on loading: the first ``warningsPerSort`` of
    /// each sort, a line for each sort that had more, and then, if any were left out, how to
    /// list them all (``listingHint``).
    public static func warningLines(_ warnings: [GraphDiagnostic]) -> [String] {
        let digest = DiagnosticDigest(warnings, perSort: warningsPerSort)
        return digest.lines + (digest.isComplete ? [] : [listingHint])
    }

    /// How many warnings of each sort a load shows.
    public static let warningsPerSort = 10

    /// What to say after a digest of warnings that left some out.
    public static let listingHint = "note: the statement `warnings limit 0` lists every warning"

    /// True when every diagnostic is shown.
    public var isComplete: Bool { omissions.isEmpty }

    /// The shown diagnostics' descriptions, then a line for each omission.
    public var lines: [String] {
        shown.map(\.description) + omissions.map(\.description)
    }
}
