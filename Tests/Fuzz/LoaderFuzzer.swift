@testable import CaseGraph
@testable import CaseQuery

/// libFuzzer target for the graph loader: the fuzz bytes are one graph file, given to
/// `GraphLoader.load(sources:)`. A failed load must explain itself in terminal-safe text;
/// a graph that loads is checked (`checkInvariants`, built with `-D DEBUG`) and every
/// statement kind runs on it, each result formatted as table, JSON, CSV and DOT, and Tab
/// completion offers only terminal-safe candidates. The fast decoder must give the same
/// fragment (or fall back alike) whether it reads the edges on one thread or splits them at
/// a point the input picks.
///
/// Built and run by `Tests/Fuzz/run.sh loader SECONDS`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLoader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if size > 1 {
        let split = (size &* 7919 &+ Int(bytes[size / 2])) % size
        let alone = try? FastGraphDecoder.decode(bytes, file: "fuzz.json", cancellation: .never, splitting: .never)
        let halves = try? FastGraphDecoder.decode(bytes, file: "fuzz.json", cancellation: .never, splitting: .at(.exactly(split)))
        precondition(alone == halves, "a split at \(split) decodes differently")
    }
    let loaded: LoadedGraph
    do {
        // Every document's local copy reads as a short text, so quote checks run too.
        loaded = try GraphLoader.load(sources: [GraphSource(file: "fuzz.json", bytes: bytes)]) { _, _ in
            "q quote Dutch police tip"
        }
    } catch {
        precondition(!error.errors.isEmpty, "a failed load names no error")
        FuzzSupport.expectTerminalSafe(error.description, "load error")
        return 0
    }
    for warning in loaded.warnings {
        FuzzSupport.expectTerminalSafe(warning.description, "load warning")
    }
    exercise(loaded.graph)
    return 0
}

/// Runs every statement kind on a few of the graph's nodes.
private func exercise(_ graph: Graph) {
    let nodes = Array(graph.nodes.indices.prefix(6))
    var statements: [BoundStatement] = [.stats, .schema, .nodes(type: nil), .edges(type: nil), .timeline(nil)]
    statements += graph.nodeTypes.prefix(2).map { BoundStatement.nodes(type: $0) }
    statements += graph.edgeTypes.prefix(2).map { BoundStatement.edges(type: $0) }
    for node in nodes {
        statements += [.show(node), .timeline(node), .find(graph.nodes[node].name), .find(String(graph.nodes[node].id.prefix(3))),
                       .linked(BoundLinked(center: node, depth: 2, edgeTypes: nil, nodeTypes: nil))]
        for other in nodes {
            statements.append(.why(node, other))
            for kind in [PathKind.path, .trace] {
                statements.append(.path(BoundPath(kind: kind, from: node, to: other, edgeTypes: nil,
                                                  maximumLength: .max, all: true)))
            }
        }
    }
    for statement in statements {
        FuzzSupport.evaluate(BoundQuery(statement: statement, limit: nil, text: "fuzz"), on: graph)
    }
    // Tab completion inserts and lists its candidates as they are: they must be terminal-safe.
    let completer = StatementCompleter(graph: graph)
    var lines = ["show ", "show \"", "nodes ", "linked x via ", "linked x type "]
    lines += nodes.flatMap { ["show " + String(graph.nodes[$0].name.prefix(2)), "show \"" + String(graph.nodes[$0].name.prefix(1))] }
    for line in lines {
        for candidate in completer.complete(line: line, cursor: line.utf8.count).candidates {
            FuzzSupport.expectTerminalSafe(candidate, "completion of \(line.debugDescription)")
        }
    }
}
