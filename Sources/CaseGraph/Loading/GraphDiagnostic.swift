/// One problem found while loading a graph, with where it is and what is wrong.
///
/// Rendered as `FILE:LINE:COLUMN: error: PATH: MESSAGE`, for example
/// `graph/case.json:41:5: error: nodes[12].type: missing required field "type"`.
public struct GraphDiagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        case error, warning
    }

    /// What sort of problem it is: a graph can hold a million of one sort (every node without
    /// a quote), so listings show the first few of each sort and count the rest
    /// (``DiagnosticDigest``).
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case general
        case notDirected = "not_directed"
        case documentRedeclared = "document_redeclared"
        case unreadableDocument = "unreadable_document"
        case uncitedNode = "uncited_node"
        case quoteNotFound = "quote_not_found"
    }

    public var severity: Severity
    /// The file the problem is in, as given to the loader.
    public var file: String
    /// 1-based line and column, when the problem has a position in the file.
    public var line: Int?
    public var column: Int?
    /// The JSON path of the offending value, such as `nodes[12].type`.
    public var path: String?
    public var message: String
    public var kind: Kind

    public init(
        _ severity: Severity, file: String, line: Int? = nil, column: Int? = nil,
        path: String? = nil, message: String, kind: Kind = .general
    ) {
        self.severity = severity
        self.kind = kind
        self.file = file
        self.line = line
        self.column = column
        self.path = path
        self.message = message
    }

    /// The file and the path are shown escaped: a file name or a JSON key may hold anything.
    public var description: String {
        var text = SafeText.escaped(file)
        if let line {
            text += ":\(line)"
            if let column { text += ":\(column)" }
        }
        text += ": \(severity.rawValue): "
        if let path { text += "\(SafeText.escaped(path)): " }
        return text + message
    }
}

/// The error thrown when a graph cannot be loaded: every problem found, errors first in
/// file order. A graph with errors is never partly loaded.
public struct GraphLoadError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [GraphDiagnostic]
    /// True when the load was stopped by its ``Cancellation`` (see ``cancelled(files:)``),
    /// not by problems in the files.
    public var isCancelled: Bool

    public init(diagnostics: [GraphDiagnostic], isCancelled: Bool = false) {
        self.diagnostics = diagnostics
        self.isCancelled = isCancelled
    }

    public var errors: [GraphDiagnostic] { diagnostics.filter { $0.severity == .error } }

    public var description: String {
        if isCancelled { return "the graph was not loaded: the load was cancelled" }
        let count = errors.count
        let header = "the graph was not loaded: \(count) error\(count == 1 ? "" : "s")"
        return ([header] + DiagnosticDigest(diagnostics).lines).joined(separator: "\n")
    }
}
