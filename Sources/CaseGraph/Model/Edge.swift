/// A directed, typed relation between two nodes, backed by at least one quote.
public struct Edge: Sendable, Hashable {
    /// The id the file gave, if any.
    public var id: String?
    public var source: NodeIndex
    public var target: NodeIndex
    /// A snake_case verb: `arrested`, `tipped_off`, `led_to`...
    public var type: String
    public var properties: [Property]
    public var sources: [SourceCitation]
    /// The file that declared this edge.
    public var origin: String

    public init(
        id: String?, source: NodeIndex, target: NodeIndex, type: String,
        properties: [Property] = [], sources: [SourceCitation] = [], origin: String = ""
    ) {
        self.id = id
        self.source = source
        self.target = target
        self.type = type
        self.properties = properties
        self.sources = sources
        self.origin = origin
    }

    /// The edge's date (`properties.date`), when it has a well-formed one.
    public var date: CaseDate? {
        properties.first("date")?.stringValue.flatMap(CaseDate.init)
    }
}
