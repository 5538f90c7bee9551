/// A node as one file states it, before files are merged.
struct NodeRecord: Sendable, Equatable {
    var id: String
    var type: String
    var name: String
    var aliases: [String]
    var properties: [Property]
    var sources: [SourceCitation]
    var place: RecordPlace
}

/// An edge as one file states it, endpoints still as ids.
struct EdgeRecord: Sendable, Equatable {
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
/// The JSON path (`nodes[3]`) is also built only when asked for: it is one of three forms.
struct RecordPlace: Sendable, Equatable {
    /// Which list of the file a record belongs to.
    enum Section: Sendable, Equatable {
        case document, node, edge
    }

    var file: String
    var section: Section
    /// The record's position in its list.
    var index: Int
    /// The byte offset of the record in its file.
    var offset: Int
    var lines: LineTable

    /// The record's JSON path: `graph.documents[0]`, `nodes[3]` or `edges[7]`.
    var path: String {
        switch section {
        case .document: "graph.documents[\(index)]"
        case .node: "nodes[\(index)]"
        case .edge: "edges[\(index)]"
        }
    }

    var line: Int { lines.location(ofOffset: offset).line }
    var column: Int { lines.location(ofOffset: offset).column }

    func diagnostic(_ severity: GraphDiagnostic.Severity, _ message: String, path subpath: String? = nil) -> GraphDiagnostic {
        let (line, column) = lines.location(ofOffset: offset)
        return GraphDiagnostic(severity, file: file, line: line, column: column,
                               path: subpath.map { path + $0 } ?? path, message: message)
    }
}

/// What one graph file contributes: documents, nodes and edges, checked on their own.
struct GraphFragment: Sendable, Equatable {
    var file: String
    var name: String?
    var description: String?
    var documents: [SourceDocument] = []
    var documentPlaces: [RecordPlace] = []
    var nodes: [NodeRecord] = []
    var edges: [EdgeRecord] = []
}
