import CaseGraph

/// Short descriptions of edges shared by the writers.
struct EdgeDescriber {
    let graph: Graph

    /// The edge's id, or `#INDEX` when the file gave none.
    func label(of edge: EdgeIndex) -> String {
        graph.edges.id(of: edge) ?? "#\(edge)"
    }

    /// Adds to `table`'s cell being written how each of `edges` reaches `node` from its other
    /// end, joined by `; `: `ijm -carried_out->` or `ijm <-tipped_off-`.
    /// - Complexity: O(length of the text written).
    func appendSteps(_ edges: [EdgeIndex], reaching node: NodeIndex, to table: inout ResultTable) {
        for (position, edge) in edges.enumerated() {
            if position > 0 { table.appendPiece("; ") }
            let source = graph.edges.source(of: edge), target = graph.edges.target(of: edge)
            let forward = target == node && source != node
            graph.nodes.withIDBytes(of: forward ? source : target) { table.appendPiece(utf8: $0) }
            table.appendPiece(forward ? " -" : " <-")
            table.appendPiece(graph.edges.type(of: edge))
            table.appendPiece(forward ? "->" : "-")
        }
    }
}
