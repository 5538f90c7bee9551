import CaseGraph

/// Projects each kind of result to its table. Column names are stable: scripts rely on them.
///
/// Cells are written straight into the table's buffer: ids and names as the graph's bytes,
/// a `linked` row's steps piece by piece, so that a row costs no `String` of its own.
enum ResultTables {
    /// The table of `result`; when `cancellation` fires midway, the rows made so far.
    /// - Complexity: O(cells).
    static func table(for result: QueryResult, in graph: Graph, cancellation: Cancellation = .never) -> ResultTable {
        let writer = RowWriter(graph: graph, cancellation: cancellation)
        switch result.body {
        case .search(_, let hits):
            return writer.rows(["rank", "id", "type", "name", "match", "field", "matched"], hits.indices) { table, rank in
                let hit = hits[rank], node = hit.node  // fields read one by one: no whole `Node` made
                table.append(rank + 1)
                writer.appendID(node, to: &table)
                table.append(graph.nodes.type(of: node))
                writer.appendName(node, to: &table)
                table.append(hit.match.description)
                table.append(hit.field.description)
                table.append(hit.matchedText)
            }
        case .nodes(_, let nodes, _):
            return writer.rows(["id", "type", "name", "aliases"], nodes) { table, node in
                writer.appendID(node, to: &table)
                table.append(graph.nodes.type(of: node))
                writer.appendName(node, to: &table)
                table.append(graph.nodes.aliases(of: node).joined(separator: "; "))
            }
        case .edges(_, let edges, _), .why(_, _, let edges):
            return writer.rows(["edge", "source", "type", "target", "date", "quote"], edges) { table, edge in
                // Fields read one by one: no whole `Edge` made.
                table.append(EdgeDescriber(graph: graph).label(of: edge))
                writer.appendID(graph.edges.source(of: edge), to: &table)
                table.append(graph.edges.type(of: edge))
                writer.appendID(graph.edges.target(of: edge), to: &table)
                writer.appendDateAndQuote(of: edge, to: &table)
            }
        case .card(let card):
            let edges = card.outgoing.map { (true, $0) } + card.incoming.map { (false, $0) }
            return writer.rows(["direction", "type", "neighbour", "neighbour_name", "date", "quote"], edges) { table, step in
                let (outgoing, edge) = step
                let other = outgoing ? graph.edges.target(of: edge) : graph.edges.source(of: edge)
                table.append(outgoing ? "out" : "in")
                table.append(graph.edges.type(of: edge))
                writer.appendID(other, to: &table)
                writer.appendName(other, to: &table)
                writer.appendDateAndQuote(of: edge, to: &table)
            }
        case .linked(_, _, let reached, _):
            let describe = EdgeDescriber(graph: graph)
            return writer.rows(["distance", "id", "type", "name", "via"], reached) { table, entry in
                // Fields read one by one: copying a whole `Node` retains all of its storage.
                table.append(entry.distance)
                writer.appendID(entry.node, to: &table)
                table.append(graph.nodes.type(of: entry.node))
                writer.appendName(entry.node, to: &table)
                describe.appendSteps(entry.via, reaching: entry.node, to: &table)
                table.endCell()
            }
        case .paths(_, _, _, let result):
            let hops = result.paths.enumerated().flatMap { number, path in
                path.hops.enumerated().flatMap { position, hop in hop.edges.map { (number + 1, position + 1, hop, $0) } }
            }
            return writer.rows(["path", "hop", "from", "type", "direction", "to", "date", "quote"], hops) { table, row in
                let (number, position, hop, edge) = row
                table.append(number)
                table.append(position)
                writer.appendID(hop.from, to: &table)
                table.append(graph.edges.type(of: edge))
                table.append(graph.edges.source(of: edge) == hop.from ? "forward" : "backward")
                writer.appendID(hop.to, to: &table)
                writer.appendDateAndQuote(of: edge, to: &table)
            }
        case .timeline(_, let entries, _):
            return writer.rows(["date", "id", "type", "name"], entries) { table, entry in
                table.append(entry.date.description)
                writer.appendID(entry.node, to: &table)
                table.append(graph.nodes.type(of: entry.node))
                writer.appendName(entry.node, to: &table)
            }
        case .stats(let statistics):
            return ResultTable(columns: ["kind", "type", "count"], rows:
                statistics.nodesByType.map { ["node", $0.type, String($0.count)] }
                + statistics.edgesByType.map { ["edge", $0.type, String($0.count)] }
                + [["document", "", String(statistics.documentCount)]])
        case .schema(let nodeTypes, let edgeTypes):
            return ResultTable(columns: ["kind", "type", "from", "to", "count"], rows:
                nodeTypes.map { ["node", $0.type, "", "", String($0.count)] }
                + edgeTypes.map { ["edge", $0.edgeType, $0.fromType, $0.toType, String($0.count)] })
        case .warnings(let warnings, _):
            return writer.rows(["file", "line", "column", "kind", "path", "message"], warnings) { table, warning in
                table.append(warning.file)
                table.append(warning.line.map(String.init) ?? "")
                table.append(warning.column.map(String.init) ?? "")
                table.append(warning.kind.rawValue)
                table.append(warning.path ?? "")
                table.append(warning.message)
            }
        case .help(let text), .message(let text):
            return ResultTable(columns: ["message"], rows: [[text]])
        }
    }

    /// Writes the rows of one table, polling the cancellation between rows.
    struct RowWriter {
        let graph: Graph
        let cancellation: Cancellation

        /// A table of `columns` with a row written by `row` for each of `elements`, in order;
        /// the rows made so far once the cancellation fires.
        func rows<Elements: Collection>(
            _ columns: [String], _ elements: Elements, _ row: (inout ResultTable, Elements.Element) -> Void
        ) -> ResultTable {
            var table = ResultTable(columns: columns)
            table.reserveCapacity(rows: elements.count, bytesPerRow: 16 * columns.count)
            var work = 0
            for element in elements {
                if cancellation.shouldStop(after: &work) { break }
                row(&table, element)
            }
            return table
        }

        func appendID(_ node: NodeIndex, to table: inout ResultTable) {
            graph.nodes.withIDBytes(of: node) { table.append(utf8: $0) }
        }

        func appendName(_ node: NodeIndex, to table: inout ResultTable) {
            graph.nodes.withNameBytes(of: node) { table.append(utf8: $0) }
        }

        /// The edge's date (empty when it has none) and its first quote (empty when none).
        func appendDateAndQuote(of edge: EdgeIndex, to table: inout ResultTable) {
            table.append(graph.edges.date(of: edge)?.description ?? "")
            table.append(graph.edges.firstQuote(of: edge) ?? "")
        }
    }
}
