/// A node as one file states it, before files are merged.
struct NodeRecord: Sendable {
    var id: String
    var type: String
    var name: String
    var aliases: [String]
    var properties: [Property]
    var sources: [SourceCitation]
    var place: RecordPlace
}

/// An edge as one file states it, endpoints still as ids.
struct EdgeRecord: Sendable {
    var id: String?
    var source: String
    var target: String
    var type: String
    var properties: [Property]
    var sources: [SourceCitation]
    var place: RecordPlace
}

/// Where a record or one of its values sits in its file: for diagnostics.
///
/// The line and column are worked out only when asked for: most records never need them,
/// and on a file that is one long line each costs a scan of that line.
struct RecordPlace: Sendable {
    var file: String
    var path: String
    /// The byte offset of the record in its file.
    var offset: Int
    var lines: LineTable

    var line: Int { lines.location(ofOffset: offset).line }
    var column: Int { lines.location(ofOffset: offset).column }

    func diagnostic(_ severity: GraphDiagnostic.Severity, _ message: String, path subpath: String? = nil) -> GraphDiagnostic {
        let (line, column) = lines.location(ofOffset: offset)
        return GraphDiagnostic(severity, file: file, line: line, column: column,
                               path: subpath.map { path + $0 } ?? path, message: message)
    }
}

/// What one graph file contributes: documents, nodes and edges, checked on their own.
struct GraphFragment: Sendable {
    var file: String
    var name: String?
    var description: String?
    var documents: [SourceDocument] = []
    var documentPlaces: [RecordPlace] = []
    var nodes: [NodeRecord] = []
    var edges: [EdgeRecord] = []
}
