/// Turns one parsed graph file into a ``GraphFragment``, reporting every problem it finds
/// with its JSON path and line:column rather than stopping at the first.
struct GraphFileDecoder {
    let file: String
    let lines: LineTable
    private(set) var diagnostics: [GraphDiagnostic] = []

    init(file: String, lines: LineTable) {
        self.file = file
        self.lines = lines
    }

    /// - Complexity: O(size of the document).
    mutating func decode(_ root: JSONValue) -> GraphFragment {
        var fragment = GraphFragment(file: file)
        guard case .object(let top) = root else {
            report(at: 0, path: "$", "the top level must be an object with \"nodes\" and \"edges\", found \(root.typeName)")
            return fragment
        }
        checkDuplicateKeys(top, path: "")
        for flag in ["directed", "multigraph"] {
            if let member = top.members.first(where: { $0.key == flag }), !Self.isBoolean(member.value) {
                report(at: member.keyOffset, path: flag, "expected true or false, found \(member.value.typeName)")
            }
        }
        if case .bool(false)? = top["directed"] {
            report(at: top.offset, path: "directed", "casegraph graphs are directed: \"directed\" must be true", .warning,
                   kind: .notDirected)
        }
        if let graph = top["graph"] {
            decodeGraphAttributes(graph, into: &fragment)
        }
        guard let nodes = array(top, "nodes", path: "", required: true) else {
            fragment.resolvePlaces(lines)
            return fragment
        }
        for (position, element) in nodes.elements.enumerated() {
            if let node = decodeNode(element, position: position, fallback: nodes.offset) {
                fragment.nodes.append(node)
            }
        }
        if let edges = array(top, "edges", path: "", required: true) {
            for (position, element) in edges.elements.enumerated() {
                if let edge = decodeEdge(element, position: position, fallback: edges.offset) {
                    fragment.edges.append(edge)
                }
            }
        }
        fragment.resolvePlaces(lines)
        checkUniqueIDs(fragment)
        return fragment
    }

    // MARK: - Records

    private mutating func decodeGraphAttributes(_ value: JSONValue, into fragment: inout GraphFragment) {
        guard case .object(let graph) = value else {
            report(at: 0, path: "graph", "expected an object, found \(value.typeName)")
            return
        }
        checkDuplicateKeys(graph, path: "graph.")
        fragment.name = optionalString(graph, "name", path: "graph.")
        fragment.description = optionalString(graph, "description", path: "graph.")
        guard let documents = array(graph, "documents", path: "graph.", required: false) else { return }
        for (position, element) in documents.elements.enumerated() {
            let path = "graph.documents[\(position)]"
            guard case .object(let object) = element else {
                report(at: documents.offset, path: path, "expected a document object, found \(element.typeName)")
                continue
            }
            checkDuplicateKeys(object, path: path + ".")
            let id = requiredString(object, "id", path: path + ".")
            let title = requiredString(object, "title", path: path + ".")
            let date = optionalString(object, "date", path: path + ".")
            if let date, CaseDate(date) == nil {
                report(at: object.offset, path: path + ".date", Self.badDate(date))
            }
            guard let id, let title else { continue }
            fragment.documents.append(SourceDocument(
                id: id, title: title,
                publisher: optionalString(object, "publisher", path: path + "."),
                language: optionalString(object, "language", path: path + "."),
                date: date, path: optionalString(object, "path", path: path + "."), origin: file))
            fragment.documentPlaces.append(place(object.offset, .document, position))
        }
    }

    private mutating func decodeNode(_ value: JSONValue, position: Int, fallback: Int) -> NodeRecord? {
        let path = "nodes[\(position)]"
        guard case .object(let object) = value else {
            report(at: fallback, path: path, "expected a node object, found \(value.typeName)")
            return nil
        }
        checkDuplicateKeys(object, path: path + ".")
        let id = requiredString(object, "id", path: path + ".")
        let type = requiredString(object, "type", path: path + ".")
        let name = requiredString(object, "name", path: path + ".")
        let aliases = stringArray(object, "aliases", path: path + ".")
        let properties = decodeProperties(object, path: path)
        let sources = decodeSources(object, path: path)
        guard let id, let type, let name else { return nil }
        return NodeRecord(id: id, type: type, name: name, aliases: aliases, properties: properties,
                          sources: sources, place: place(object.offset, .node, position))
    }

    private mutating func decodeEdge(_ value: JSONValue, position: Int, fallback: Int) -> EdgeRecord? {
        let path = "edges[\(position)]"
        guard case .object(let object) = value else {
            report(at: fallback, path: path, "expected an edge object, found \(value.typeName)")
            return nil
        }
        checkDuplicateKeys(object, path: path + ".")
        let id = optionalString(object, "id", path: path + ".")
        let source = requiredString(object, "source", path: path + ".")
        let target = requiredString(object, "target", path: path + ".")
        let type = requiredString(object, "type", path: path + ".")
        if let type, !Self.isSnakeCase(type) {
            report(at: object.offset, path: path + ".type",
                   "edge type \(quoted(type)) is not a snake_case verb; did you mean \(quoted(Self.snakeCased(type)))?")
        }
        let properties = decodeProperties(object, path: path)
        let sources = decodeSources(object, path: path)
        if sources.isEmpty && !Self.isNonEmptyArray(object["sources"]) {
            report(at: object.offset, path: path + ".sources", "every edge must cite at least one source quote")
        }
        guard let source, let target, let type else { return nil }
        return EdgeRecord(id: id, source: source, target: target, type: type, properties: properties,
                          sources: sources, place: place(object.offset, .edge, position))
    }

    // MARK: - Cross-record checks

    private mutating func checkUniqueIDs(_ fragment: GraphFragment) {
        var seen = [String: RecordPlace]()
        for node in fragment.nodes {
            if let first = seen[node.id] {
                diagnostics.append(node.place.diagnostic(.error,
                    "duplicate node id \(quoted(node.id)); first declared at \(first.path) (line \(first.line))", path: ".id"))
            } else {
                seen[node.id] = node.place
            }
        }
        var seenEdges = [String: RecordPlace]()
        for edge in fragment.edges {
            guard let id = edge.id else { continue }
            if let first = seenEdges[id] {
                diagnostics.append(edge.place.diagnostic(.error,
                    "duplicate edge id \(quoted(id)); first declared at \(first.path) (line \(first.line))", path: ".id"))
            } else {
                seenEdges[id] = edge.place
            }
        }
        var seenDocuments = Set<String>()
        for (document, place) in zip(fragment.documents, fragment.documentPlaces) where !seenDocuments.insert(document.id).inserted {
            diagnostics.append(place.diagnostic(.error, "duplicate document id \(quoted(document.id))", path: ".id"))
        }
    }

    // MARK: - Helpers shared by the records

    mutating func report(at offset: Int, path: String, _ message: String, _ severity: GraphDiagnostic.Severity = .error,
                         kind: GraphDiagnostic.Kind = .general) {
        let (line, column) = lines.location(ofOffset: offset)
        diagnostics.append(GraphDiagnostic(severity, file: file, line: line, column: column, path: path, message: message,
                                           kind: kind))
    }

    func place(_ offset: Int, _ section: RecordPlace.Section, _ index: Int) -> RecordPlace {
        RecordPlace(file: file, section: section, index: index, offset: offset)
    }

    static func badDate(_ text: String) -> String {
        "malformed date \(quoted(text)): expected ISO 8601 YYYY, YYYY-MM or YYYY-MM-DD"
    }

    static func isBoolean(_ value: JSONValue) -> Bool {
        if case .bool = value { return true }
        return false
    }

    /// True for an array with elements (whose problems, if any, were reported one by one).
    static func isNonEmptyArray(_ value: JSONValue?) -> Bool {
        if case .array(let array)? = value { return !array.elements.isEmpty }
        return false
    }

    static func isSnakeCase(_ text: String) -> Bool {
        guard let first = text.utf8.first, first >= 0x61 && first <= 0x7A else { return false }
        return text.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x5F }
    }

    static func snakeCased(_ text: String) -> String {
        let words = TextFolding.fold(text).split(whereSeparator: { !($0.isLetter || $0.isNumber) })
        return words.joined(separator: "_")
    }
}
