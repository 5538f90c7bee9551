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
/// A decoder makes a place with the record's byte offset. The fast decoder resolves its
/// line and column at once (``LineCounter``); the slow one, once the file is decoded, with
/// ``GraphFragment/resolvePlaces(_:)``, which stores every record's line and column in one pass
/// (asking for each record alone costs a scan of its line, quadratic on a file that is one
/// long line), so the file's bytes can be freed before the merge. Line and column are
/// only asked for after that. The JSON path (`nodes[3]`) is built only when asked for: it
/// is one of three forms.
struct RecordPlace: Sendable, Equatable {
    /// Which list of the file a record belongs to.
    enum Section: Sendable, Equatable {
        case document, node, edge
    }

    var file: String
    /// The byte offset of the record in its file.
    var offset: Int
    private var position: Int32
    private var resolvedLine: Int32 = 0
    private var resolvedColumn: Int32 = 0
    var section: Section

    init(file: String, section: Section, index: Int, offset: Int) {
        self.file = file
        self.section = section
        position = Int32(truncatingIfNeeded: index)
        self.offset = offset
    }

    /// The record's position in its list.
    var index: Int { Int(position) }

    /// Stores the line and column (see ``GraphFragment/resolvePlaces(_:)``).
    mutating func resolve(line: Int, column: Int) {
        resolvedLine = Int32(truncatingIfNeeded: line)
        resolvedColumn = Int32(truncatingIfNeeded: column)
    }

    /// The record's JSON path: `graph.documents[0]`, `nodes[3]` or `edges[7]`.
    var path: String { "\(list.prefix)[\(index)]" }

    /// The list the record is in, as a diagnostic's path names it.
    private var list: GraphDiagnostic.Parts.List {
        switch section {
        case .document: .documents
        case .node: .nodes
        case .edge: .edges
        }
    }

    var line: Int { Int(resolvedLine) }
    var column: Int { Int(resolvedColumn) }

    func diagnostic(_ severity: GraphDiagnostic.Severity, _ message: String, path subpath: String? = nil,
                    kind: GraphDiagnostic.Kind = .general) -> GraphDiagnostic {
        diagnostic(severity, .text(message), path: subpath, kind: kind)
    }

    /// A diagnostic at this record, its path and message kept in parts (see ``GraphDiagnostic/Parts``).
    func diagnostic(_ severity: GraphDiagnostic.Severity, _ message: GraphDiagnostic.Parts.Message,
                    path subpath: String? = nil, kind: GraphDiagnostic.Kind = .general) -> GraphDiagnostic {
        GraphDiagnostic(severity, file: file, line: line, column: column,
                        path: .record(list, index: Int32(truncatingIfNeeded: index), suffix: subpath ?? ""),
                        message: message, kind: kind)
    }
}

/// What one graph file contributes: documents, nodes and edges, checked on their own.
struct GraphFragment: Sendable, Equatable {
    var file: String
    var name: String?
    var description: String?
    var documents: [SourceDocument] = []
    var documentPlaces: [RecordPlace] = []
    var nodes = NodeRecords()
    var edges = EdgeRecords()

    /// Resolves every record's place (see ``RecordPlace``): one pass over each list, whose
    /// records come in file order.
    /// - Complexity: O(records + size of the file) at worst; O(records + the bytes before
    ///   each record on its line) on a file with a record a line.
    mutating func resolvePlaces(_ lines: LineTable) {
        var cursor = LineTable.Cursor(lines)
        for index in documentPlaces.indices {
            let (line, column) = cursor.location(ofOffset: documentPlaces[index].offset)
            documentPlaces[index].resolve(line: line, column: column)
        }
        cursor = LineTable.Cursor(lines)
        nodes.resolvePlaces(&cursor)
        cursor = LineTable.Cursor(lines)
        edges.resolvePlaces(&cursor)
    }
}
