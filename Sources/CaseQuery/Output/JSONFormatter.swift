import CaseGraph

/// Writes each result as one JSON document on one line, for `jq` and other tools.
///
/// Every document has `statement`, `kind` and `notices`; the other fields depend on the
/// kind and are listed in the README. Nodes are `{id, type, name}` (cards add aliases,
/// properties and sources); edges are `{id, source, target, type, date, properties, sources}`.
/// The document is written straight into bytes (``JSONWriter``), rows one after another.
public struct JSONFormatter: Sendable {
    public let graph: Graph
    /// Polled while rows are written; once it fires the output is cut short (see ``TextFormatter``).
    public let cancellation: Cancellation
    /// Takes the document a chunk at a time while it is written (see ``OutputSink``); then
    /// ``format(_:)`` returns only the rest.
    public let sink: OutputSink?

    public init(graph: Graph, cancellation: Cancellation = .never, sink: OutputSink? = nil) {
        self.graph = graph
        self.cancellation = cancellation
        self.sink = sink
    }

    /// - Complexity: O(size of the output).
    public func format(_ result: QueryResult) -> String {
        var json = JSONWriter(sink: sink)
        json.openObject()
        json.member("statement", result.statement)
        json.member("kind", kind(result.body))
        fields(result.body, to: &json)
        json.key("notices")
        json.openArray()
        for notice in result.notices { json.string(notice) }
        json.closeArray()
        json.closeObject()
        return json.text
    }

    private func kind(_ body: ResultBody) -> String {
        switch body {
        case .search: return "find"
        case .nodes: return "nodes"
        case .edges: return "edges"
        case .card: return "show"
        case .linked: return "linked"
        case .paths(let kind, _, _, _): return kind.rawValue
        case .why: return "why"
        case .timeline: return "timeline"
        case .stats: return "stats"
        case .schema: return "schema"
        case .warnings: return "warnings"
        case .help: return "help"
        case .message: return "message"
        }
    }

    private func fields(_ body: ResultBody, to json: inout JSONWriter) {
        switch body {
        case .search(let text, let hits):
            json.member("text", text)
            json.key("hits")
            rows(hits, to: &json) { hit, json in
                json.openObject()
                nodeMembers(hit.node, to: &json)
                json.member("match", hit.match.description)
                json.member("field", hit.field.description)
                json.member("matched", hit.matchedText)
                json.closeObject()
            }
        case .nodes(let type, let nodes, let total):
            json.member("type", type)
            json.member("total", total)
            json.key("nodes")
            rows(nodes, to: &json) { node($0, to: &$1) }
        case .edges(let type, let edges, let total):
            json.member("type", type)
            json.member("total", total)
            json.key("edges")
            rows(edges, to: &json) { edge($0, to: &$1) }
        case .card(let card):
            json.key("node")
            self.card(card.node, to: &json)
            json.member("outgoing_total", card.groups.filter(\.isOutgoing).reduce(0) { $0 + $1.total })
            json.member("incoming_total", card.groups.filter { !$0.isOutgoing }.reduce(0) { $0 + $1.total })
            json.key("outgoing")
            rows(card.outgoing, to: &json) { edge($0, to: &$1) }
            json.key("incoming")
            rows(card.incoming, to: &json) { edge($0, to: &$1) }
        case .linked(let center, let depth, let reached, let total):
            json.key("center")
            node(center, to: &json)
            json.member("depth", depth)
            json.member("total", total)
            json.key("nodes")
            rows(reached, to: &json) { entry, json in
                json.openObject()
                nodeMembers(entry.node, to: &json)
                json.member("distance", entry.distance)
                json.key("via")
                rows(entry.via, to: &json) { edge($0, to: &$1) }
                json.closeObject()
            }
        case .paths(_, let from, let to, let result):
            paths(result, from: from, to: to, to: &json)
        case .why(let first, let second, let edges):
            json.key("nodes")
            rows([first, second], to: &json) { node($0, to: &$1) }
            json.key("edges")
            rows(edges, to: &json) { edge($0, to: &$1) }
        case .timeline(let center, let entries, let total):
            json.key("center")
            if let center { node(center, to: &json) } else { json.null() }
            json.member("total", total)
            json.key("entries")
            rows(entries, to: &json) { entry, json in
                json.openObject()
                json.member("date", entry.date.description)
                nodeMembers(entry.node, to: &json)
                json.closeObject()
            }
        case .stats(let statistics):
            stats(statistics, to: &json)
        case .schema(let nodeTypes, let usage):
            schema(nodeTypes: nodeTypes, usage: usage, to: &json)
        case .warnings(let warnings, let total):
            json.member("total", total)
            json.key("warnings")
            rows(warnings, to: &json) { warning, json in
                json.openObject()
                json.member("file", warning.file)
                optionalInteger("line", warning.line, to: &json)
                optionalInteger("column", warning.column, to: &json)
                json.member("kind", warning.kind.rawValue)
                json.member("path", warning.path)
                json.member("message", warning.message)
                json.closeObject()
            }
        case .help(let text):
            json.member("text", text)
        case .message(let text):
            json.member("message", text)
        }
    }

    /// An array of one value per element, written by `write`; it stops early once
    /// `cancellation` fires (the caller discards the cut output).
    private func rows<Rows: Sequence>(_ elements: Rows, to json: inout JSONWriter,
                                      _ write: (Rows.Element, inout JSONWriter) -> Void) {
        json.openArray()
        var work = 0
        for element in elements {
            if cancellation.shouldStop(after: &work) { break }
            write(element, &json)
            json.handOnIfFull()
        }
        json.closeArray()
    }

    private func paths(_ result: ShortestPaths, from: NodeIndex, to: NodeIndex, to json: inout JSONWriter) {
        json.key("from")
        node(from, to: &json)
        json.key("to")
        node(to, to: &json)
        json.key("truncated")
        json.bool(result.truncated)
        json.key("paths")
        rows(result.paths, to: &json) { path, json in
            json.openObject()
            json.member("length", path.length)
            json.key("nodes")
            rows(path.nodes, to: &json) { node($0, to: &$1) }
            json.key("hops")
            rows(path.hops, to: &json) { hop, json in
                json.openObject()
                idMember("from", hop.from, to: &json)
                idMember("to", hop.to, to: &json)
                json.key("edges")
                rows(hop.edges, to: &json) { edge($0, to: &$1) }
                json.closeObject()
            }
            json.closeObject()
        }
    }

    private func optionalInteger(_ name: StaticString, _ number: Int?, to json: inout JSONWriter) {
        if let number {
            json.member(name, number)
        } else {
            json.key(name)
            json.null()
        }
    }

    private func stats(_ statistics: GraphStatistics, to json: inout JSONWriter) {
        json.member("name", graph.name)
        json.member("nodes", statistics.nodeCount)
        json.member("edges", statistics.edgeCount)
        json.member("documents", statistics.documentCount)
        for (key, counts) in [("node_types", statistics.nodesByType), ("edge_types", statistics.edgesByType)] {
            json.key(key)
            json.openObject()
            for count in counts {
                json.key(count.type)
                json.integer(count.count)
            }
            json.closeObject()
        }
    }

    private func schema(nodeTypes: [TypeCount], usage: [EdgeTypeUsage], to json: inout JSONWriter) {
        json.key("node_types")
        rows(nodeTypes, to: &json) { type, json in
            json.openObject()
            json.member("type", type.type)
            json.member("count", type.count)
            json.closeObject()
        }
        json.key("edge_types")
        rows(usage, to: &json) { use, json in
            json.openObject()
            json.member("type", use.edgeType)
            json.member("from", use.fromType)
            json.member("to", use.toType)
            json.member("count", use.count)
            json.closeObject()
        }
    }

    /// `{id, type, name}`.
    private func node(_ index: NodeIndex, to json: inout JSONWriter) {
        json.openObject()
        nodeMembers(index, to: &json)
        json.closeObject()
    }

    /// The members `id`, `type`, `name`, read field by field: no whole `Node` made.
    private func nodeMembers(_ index: NodeIndex, to json: inout JSONWriter) {
        idMember("id", index, to: &json)
        json.member("type", graph.nodes.type(of: index))
        json.key("name")
        graph.nodes.withNameBytes(of: index) { json.string(utf8: $0) }
    }

    /// `"name":"ID"`, the node's id copied from the graph's bytes.
    private func idMember(_ name: StaticString, _ node: NodeIndex, to json: inout JSONWriter) {
        json.key(name)
        graph.nodes.withIDBytes(of: node) { json.string(utf8: $0) }
    }

    private func card(_ index: NodeIndex, to json: inout JSONWriter) {
        let value = graph.nodes[index]
        json.openObject()
        nodeMembers(index, to: &json)
        json.key("aliases")
        rows(value.aliases, to: &json) { $1.string($0) }
        json.key("properties")
        rows(value.properties, to: &json) { property, json in
            json.openObject()
            json.member("key", property.key)
            json.key("value")
            json.value(property.value)
            json.member("origin", property.origin)
            json.closeObject()
        }
        json.key("sources")
        sources(value.sources, to: &json)
        json.closeObject()
    }

    /// An edge, read field by field: no whole `Edge` made.
    private func edge(_ index: EdgeIndex, to json: inout JSONWriter) {
        let edges = graph.edges
        json.openObject()
        json.member("id", edges.id(of: index))
        idMember("source", edges.source(of: index), to: &json)
        idMember("target", edges.target(of: index), to: &json)
        json.member("type", edges.type(of: index))
        json.member("date", edges.date(of: index)?.description)
        json.key("properties")
        json.openObject()
        for property in edges.properties(of: index) {
            json.key(property.key)
            json.value(property.value)
        }
        json.closeObject()
        json.key("sources")
        json.openArray()
        edges.forEachCitation(of: index) { citation(document: $0, quote: $1, to: &json) }
        json.closeArray()
        json.closeObject()
    }

    private func sources(_ citations: [SourceCitation], to json: inout JSONWriter) {
        rows(citations, to: &json) { citation, json in
            var quote = citation.quote
            quote.withUTF8 { self.citation(document: citation.document, quote: $0, to: &json) }
        }
    }

    /// `{"document":"…","quote":"…"}`, the quote given as its UTF-8.
    private func citation(document: String, quote: UnsafeBufferPointer<UInt8>, to json: inout JSONWriter) {
        json.openObject()
        json.member("document", document)
        json.key("quote")
        json.string(utf8: quote)
        json.closeObject()
    }
}
