import CaseGraph
import Foundation

/// Shared helpers: the repository root, and loading graphs written inline.
enum TestGraphs {
    /// The package root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    /// The bundled seed graph.
    static func seed() throws -> LoadedGraph {
        try GraphLoader.load(paths: [root + "/graph"])
    }

    /// Loads graph files given as text; documents named `doc` read `documentText`.
    static func load(_ files: [(String, String)], documentText: String? = nil) throws(GraphLoadError) -> LoadedGraph {
        try GraphLoader.load(sources: files.map { GraphSource(file: $0.0, bytes: Array($0.1.utf8)) }) { _, _ in documentText }
    }

    /// The diagnostics of a load that must fail.
    static func errors(_ files: [(String, String)]) -> [GraphDiagnostic] {
        do {
            _ = try load(files)
            return []
        } catch {
            return error.diagnostics
        }
    }

    /// A minimal valid file around the given node and edge JSON.
    static func file(nodes: String, edges: String = "", documents: String = #"{"id": "doc", "title": "A document"}"#) -> String {
        """
        {
          "directed": true, "multigraph": true,
          "graph": {"name": "test", "documents": [\(documents)]},
          "nodes": [
        \(nodes)
          ],
          "edges": [
        \(edges)
          ]
        }
        """
    }

    /// A node object with one quote.
    static func node(_ id: String, _ type: String = "person", name: String? = nil, aliases: [String] = [], extra: String = "") -> String {
        let aliasList = aliases.map { "\"\($0)\"" }.joined(separator: ", ")
        return #"    {"id": "\#(id)", "type": "\#(type)", "name": "\#(name ?? id)", "aliases": [\#(aliasList)], "sources": [{"document": "doc", "quote": "q"}]\#(extra)}"#
    }

    /// An edge object with one quote.
    static func edge(_ source: String, _ type: String, _ target: String, extra: String = "") -> String {
        #"    {"source": "\#(source)", "target": "\#(target)", "type": "\#(type)", "sources": [{"document": "doc", "quote": "q"}]\#(extra)}"#
    }

    /// A graph of the given nodes (id, type) and edges (source, type, target).
    static func graph(nodes: [(String, String)], edges: [(String, String, String)]) throws -> Graph {
        let text = file(nodes: nodes.map { node($0.0, $0.1) }.joined(separator: ",\n"),
                        edges: edges.map { edge($0.0, $0.1, $0.2) }.joined(separator: ",\n"))
        return try load([("test.json", text)]).graph
    }
}
