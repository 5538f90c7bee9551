/// The evidence for a fact: the exact sentence(s) of a source document that state it.
public struct SourceCitation: Sendable, Hashable {
    /// The id of a document listed in the graph's `documents`.
    public var document: String
    /// The verbatim quote.
    public var quote: String

    public init(document: String, quote: String) {
        self.document = document
        self.quote = quote
    }
}

/// A source document a graph cites. The loader reads its local copy to check the quotes
/// that cite it, and keeps nothing of the text: the quotes are the evidence shown.
public struct SourceDocument: Sendable, Hashable {
    public var id: String
    public var title: String
    public var publisher: String?
    public var language: String?
    public var date: String?
    /// The path of the local copy, as written in the graph file (relative to that file).
    public var path: String?
    /// The graph file that declared the document.
    public var origin: String

    public init(
        id: String, title: String, publisher: String? = nil, language: String? = nil,
        date: String? = nil, path: String? = nil, origin: String
    ) {
        self.id = id
        self.title = title
        self.publisher = publisher
        self.language = language
        self.date = date
        self.path = path
        self.origin = origin
    }
}
