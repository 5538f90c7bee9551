import CaseGraph

/// A result as rows and columns: what CSV writes, and what the text format aligns for
/// tabular results. Cells hold the data's text unescaped; each writer escapes for its medium.
public struct ResultTable: Sendable, Hashable {
    public var columns: [String]
    public var rows: [[String]]

    public init(columns: [String], rows: [[String]] = []) {
        self.columns = columns
        self.rows = rows
    }
}

/// Projects each kind of result to its table. Column names are stable: scripts rely on them.
enum ResultTables {
    /// The table of `result`; when `cancellation` fires midway, the rows made so far.
    /// - Complexity: O(cells).
    static func table(for result: QueryResult, in graph: Graph, cancellation: Cancellation = .never) -> ResultTable {
        let describe = EdgeDescriber(graph: graph)
        switch result.body {
        case .search(_, let hits):
            return ResultTable(columns: ["rank", "id", "type", "name", "match", "field", "matched"], rows:
                hits.enumerated().map(polling: cancellation) { rank, hit in
                    let node = hit.node  // fields read one by one: no whole `Node` made
                    return [String(rank + 1), graph.nodes.id(of: node), graph.nodes.type(of: node), graph.nodes.name(of: node),
                            hit.match.description, hit.field.description, hit.matchedText]
                })
        case .nodes(_, let nodes, _):
            return ResultTable(columns: ["id", "type", "name", "aliases"], rows: nodes.map(polling: cancellation) { index in
                return [graph.nodes.id(of: index), graph.nodes.type(of: index), graph.nodes.name(of: index),
                        graph.nodes.aliases(of: index).joined(separator: "; ")]
            })
        case .edges(_, let edges, _), .why(_, _, let edges):
            return ResultTable(columns: ["edge", "source", "type", "target", "date", "quote"], rows: edges.map(polling: cancellation) { index in
                // Fields read one by one: no whole `Edge` made.
                [describe.label(of: index), graph.nodes.id(of: graph.edges.source(of: index)), graph.edges.type(of: index),
                 graph.nodes.id(of: graph.edges.target(of: index)), graph.edges.date(of: index)?.description ?? "",
                 graph.edges.firstQuote(of: index) ?? ""]
            })
        case .card(let node):
            let edges = (graph.outgoingEdges(of: node).map { ("out", $0) } + graph.incomingEdges(of: node).map { ("in", $0) })
            return ResultTable(columns: ["direction", "type", "neighbour", "neighbour_name", "date", "quote"], rows:
                edges.map(polling: cancellation) { direction, index in
                    let other = direction == "out" ? graph.edges.target(of: index) : graph.edges.source(of: index)
                    return [direction, graph.edges.type(of: index), graph.nodes.id(of: other), graph.nodes.name(of: other),
                            graph.edges.date(of: index)?.description ?? "", graph.edges.firstQuote(of: index) ?? ""]
                })
        case .linked(_, _, let reached, _):
            // Fields read one by one: copying a whole `Node` retains all of its storage.
            return ResultTable(columns: ["distance", "id", "type", "name", "via"], rows: reached.map(polling: cancellation) { entry in
                let via = describe.steps(entry.via, reaching: entry.node)
                return [String(entry.distance), graph.nodes.id(of: entry.node), graph.nodes.type(of: entry.node),
                        graph.nodes.name(of: entry.node), via]
            })
        case .paths(_, _, _, let result):
            var rows = [[String]]()
            for (number, path) in result.paths.enumerated() {
                for (position, hop) in path.hops.enumerated() {
                    for index in hop.edges {
                        rows.append([String(number + 1), String(position + 1), graph.nodes.id(of: hop.from), graph.edges.type(of: index),
                                     graph.edges.source(of: index) == hop.from ? "forward" : "backward", graph.nodes.id(of: hop.to),
                                     graph.edges.date(of: index)?.description ?? "", graph.edges.firstQuote(of: index) ?? ""])
                    }
                }
            }
            return ResultTable(columns: ["path", "hop", "from", "type", "direction", "to", "date", "quote"], rows: rows)
        case .timeline(_, let entries, _):
            return ResultTable(columns: ["date", "id", "type", "name"], rows: entries.map(polling: cancellation) { entry in
                let node = entry.node
                return [entry.date.description, graph.nodes.id(of: node), graph.nodes.type(of: node), graph.nodes.name(of: node)]
            })
        case .stats(let statistics):
            return ResultTable(columns: ["kind", "type", "count"], rows:
                statistics.nodesByType.map { ["node", $0.type, String($0.count)] }
                + statistics.edgesByType.map { ["edge", $0.type, String($0.count)] }
                + [["document", "", String(statistics.documentCount)]])
        case .schema(let nodeTypes, let edgeTypes):
            return ResultTable(columns: ["kind", "type", "from", "to", "count"], rows:
                nodeTypes.map { ["node", $0.type, "", "", String($0.count)] }
                + edgeTypes.map { ["edge", $0.edgeType, $0.fromType, $0.toType, String($0.count)] })
        case .help(let text), .message(let text):
            return ResultTable(columns: ["message"], rows: [[text]])
        }
    }
}

/// Short descriptions of edges shared by the writers.
struct EdgeDescriber {
    let graph: Graph

    /// The edge's id, or `#INDEX` when the file gave none.
    func label(of edge: EdgeIndex) -> String {
        graph.edges.id(of: edge) ?? "#\(edge)"
    }

    /// How each of `edges` reaches `node` from its other end, joined by `; `:
    /// `ijm -carried_out->` or `ijm <-tipped_off-`, made in one string.
    func steps(_ edges: [EdgeIndex], reaching node: NodeIndex) -> String {
        var text = ""
        for (position, edge) in edges.enumerated() {
            if position > 0 { text += "; " }
            append(step: edge, reaching: node, to: &text)
        }
        return text
    }

    private func append(step edge: EdgeIndex, reaching node: NodeIndex, to text: inout String) {
        let source = graph.edges.source(of: edge), target = graph.edges.target(of: edge)
        let forward = target == node && source != node
        let other = graph.nodes.id(of: forward ? source : target), type = graph.edges.type(of: edge)
        text.reserveCapacity(text.utf8.count + other.utf8.count + type.utf8.count + 4)
        text += other
        text += forward ? " -" : " <-"
        text += type
        text += forward ? "->" : "-"
    }
}
