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
struct RecordPlace: Sendable {
    var file: String
    var path: String
    var line: Int
    var column: Int

    func diagnostic(_ severity: GraphDiagnostic.Severity, _ message: String, path subpath: String? = nil) -> GraphDiagnostic {
        GraphDiagnostic(severity, file: file, line: line, column: column,
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
