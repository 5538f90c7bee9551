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
    public var kind: Kind
    /// The file the problem is in, as given to the loader.
    public var file: String
    /// 1-based line and column, when the problem has a position in the file.
    public var line: Int? {
        get { storedLine == 0 ? nil : storedLine }
        set { storedLine = max(newValue ?? 0, 0) }
    }
    public var column: Int? {
        get { storedColumn == 0 ? nil : storedColumn }
        set { storedColumn = max(newValue ?? 0, 0) }
    }
    /// 0 for none: lines and columns count from 1 (a given 0 or less reads back as none).
    private var storedLine: Int
    private var storedColumn: Int
    /// The path and the message are kept in parts and written out when read: a load may warn
    /// a million times, and a million paths and messages of their own would hold a quarter
    /// of a gigabyte (see ``Parts``).
    private var storedPath: Parts.Path
    private var storedMessage: Parts.Message

    /// The JSON path of the offending value, such as `nodes[12].type`.
    public var path: String? {
        get { storedPath.text }
        set { storedPath = newValue.map(Parts.Path.text) ?? .none }
    }

    public var message: String {
        get { storedMessage.text }
        set { storedMessage = .text(newValue) }
    }

    public init(
        _ severity: Severity, file: String, line: Int? = nil, column: Int? = nil,
        path: String? = nil, message: String, kind: Kind = .general
    ) {
        self.init(severity, file: file, line: line, column: column,
                  path: path.map(Parts.Path.text) ?? .none, message: .text(message), kind: kind)
    }

    init(_ severity: Severity, file: String, line: Int?, column: Int?, path: Parts.Path, message: Parts.Message, kind: Kind) {
        self.severity = severity
        self.kind = kind
        self.file = file
        storedLine = max(line ?? 0, 0)
        storedColumn = max(column ?? 0, 0)
        storedPath = path
        storedMessage = message
    }

    public static func == (left: GraphDiagnostic, right: GraphDiagnostic) -> Bool {
        left.severity == right.severity && left.kind == right.kind && left.file == right.file && left.line == right.line
            && left.column == right.column && left.path == right.path && left.message == right.message
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(severity)
        hasher.combine(kind)
        hasher.combine(file)
        hasher.combine(line)
        hasher.combine(column)
        hasher.combine(path)
        hasher.combine(message)
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
