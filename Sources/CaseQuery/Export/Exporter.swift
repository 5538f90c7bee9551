import CaseGraph

/// What an export did.
public enum ExportOutcome: Sendable, Hashable {
    /// DOT text to show, when no file was named.
    case text(String)
    /// The file written, with the number of nodes and edges drawn and its size in bytes.
    case wrote(path: String, nodes: Int, edges: Int, bytes: Int)
}

/// Exports a result as a drawing: DOT text, or an SVG or PNG file drawn by Graphviz.
///
/// ```swift
/// let outcome = try Exporter.export(result, of: graph, format: .svg, withContext: true,
///                                   byCountry: false, file: "trace.svg")
/// ```
public enum Exporter {
    /// Draws `result` in `format`: to `file` when given (written atomically), otherwise as
    /// DOT text. The drawing's title is the statement's text.
    ///
    /// - Parameters:
    ///   - withContext: for a path or trace, also draw the path's neighbours, the path
    ///     highlighted (``QueryResult/subgraph(in:withContext:)``).
    ///   - byCountry: cluster the nodes by country (``DOTOptions/byCountry``).
    ///   - cancellation: polled while the DOT text is written and while `dot` draws; once
    ///     it fires, `dot` is stopped, nothing is written and `.cancelled` is thrown.
    ///   - sink: takes DOT text shown (no `file`) a chunk at a time while it is written; the
    ///     returned `.text` is then the rest (see ``OutputSink``).
    /// - Throws: ``QueryError``: `.invalidArgument` when the result has no nodes to draw or
    ///   an image format has no file; `.io` when `dot` or the file write fails.
    /// - Complexity: that of ``DOTWriter/write(_:of:options:)``, plus `dot` for an image.
    public static func export(
        _ result: QueryResult, of graph: Graph, format: ExportFormat,
        withContext: Bool, byCountry: Bool, file: String?, cancellation: Cancellation = .never,
        sink: OutputSink? = nil
    ) throws(QueryError) -> ExportOutcome {
        guard let subgraph = result.subgraph(in: graph, withContext: withContext), !subgraph.nodes.isEmpty else {
            throw QueryError(.invalidArgument, "this result has no nodes to draw",
                             notes: ["export draws the nodes and edges of find, show, linked, path, trace, why, "
                                     + "nodes, edges and timeline results"])
        }
        if format != .dot && file == nil {
            throw QueryError(.invalidArgument, "export \(format.rawValue) needs `to FILE`",
                             notes: ["for example: export \(format.rawValue) to drawing.\(format.rawValue)"])
        }
        let text = DOTWriter.write(subgraph, of: graph, options: DOTOptions(byCountry: byCountry, title: result.statement),
                                   cancellation: cancellation, sink: file == nil ? sink : nil)
        guard let file else {
            if cancellation.isCancelled { throw .interrupted }
            return .text(text)
        }
        if cancellation.isCancelled { throw .exportInterrupted(file: file) }
        let bytes: [UInt8]
        do {
            bytes = try GraphvizRenderer.render(dot: text, format: format, cancellation: cancellation)
        } catch where error.kind == .cancelled {
            throw .exportInterrupted(file: file)
        }
        try AtomicFile.write(bytes, to: file)
        let drawing = Drawing(subgraph, of: graph)
        return .wrote(path: file, nodes: drawing.nodes.count, edges: drawing.edges.count, bytes: bytes.count)
    }
}
