/// The dense index of a node in a ``Graph``: `0..<graph.nodes.count`.
public typealias NodeIndex = Int
/// The dense index of an edge in a ``Graph``: `0..<graph.edges.count`.
public typealias EdgeIndex = Int

/// An entity of the case: an organisation, person, country, place, operation, event or group.
public struct Node: Sendable, Hashable {
    /// A unique, stable slug.
    public var id: String
    /// The node type; an open set (`organisation`, `person`, `country`, ...).
    public var type: String
    public var name: String
    /// Other names, including the names the sources use.
    public var aliases: [String]
    public var properties: [Property]
    public var sources: [SourceCitation]
    /// The files that declared this node, in load order.
    public var origins: [String]

    public init(
        id: String, type: String, name: String, aliases: [String] = [],
        properties: [Property] = [], sources: [SourceCitation] = [], origins: [String] = []
    ) {
        self.id = id
        self.type = type
        self.name = name
        self.aliases = aliases
        self.properties = properties
        self.sources = sources
        self.origins = origins
    }

    /// The node's date (`properties.date`), when it has a well-formed one.
    public var date: CaseDate? {
        properties.first("date")?.stringValue.flatMap(CaseDate.init)
    }
}
