/// A problem with a statement — syntax, an unknown or ambiguous name, a failed load — with
/// the range of text it concerns, a message, and notes (suggestions, candidates).
public struct QueryError: Error, Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case syntax, unknownName, ambiguousName, invalidArgument, io, cancelled
    }

    public var kind: Kind
    public var message: String
    /// The offending text; nil when the error concerns no particular part of the statement.
    public var range: SourceRange?
    /// Extra lines: "did you mean ...?", the candidates of an ambiguous name, a hint.
    public var notes: [String]

    public init(_ kind: Kind, _ message: String, at range: SourceRange? = nil, notes: [String] = []) {
        self.kind = kind
        self.message = message
        self.range = range
        self.notes = notes
    }
}

extension QueryError {
    /// A statement stopped by its ``CaseGraph/Cancellation`` (Ctrl-C at the prompt).
    static let interrupted = QueryError(.cancelled, "cancelled", notes: ["the statement was interrupted; nothing was shown"])
    /// An export to a file stopped by its ``CaseGraph/Cancellation``.
    static func exportInterrupted(file: String) -> QueryError {
        QueryError(.cancelled, "cancelled", notes: ["the export was interrupted; \(file) was not written"])
    }
}
