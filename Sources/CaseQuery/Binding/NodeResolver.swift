import CaseGraph

/// Resolves what a statement calls a node to exactly one node.
///
/// The order: the exact id; then ids, names and aliases equal to the text ignoring case
/// and diacritics (so `IJM` is IJM even though other names contain it); then a unique
/// prefix or substring match. Several matches at the first level that has any is an
/// ambiguity listing the candidates; none at all is an error suggesting the nearest names.
public struct NodeResolver: Sendable {
    public let graph: Graph
    /// How many candidates an ambiguity lists.
    public static let candidateLimit = 10

    public init(graph: Graph) {
        self.graph = graph
    }

    /// - Complexity: O(1) for an id or exact name; O(N·|text|) over all names otherwise.
    public func resolve(_ reference: NodeReference) throws(QueryError) -> NodeIndex {
        let text = reference.text
        if let index = graph.index(ofID: text) { return index }
        let exact = graph.names.exactMatches(text)
        if exact.count == 1 { return exact[0] }
        if exact.count > 1 { throw ambiguity(reference, exact, how: "equally") }
        let hits = graph.names.search(text, limit: Self.candidateLimit + 1)
        let partialHits = hits.filter { $0.match == .prefix || $0.match == .substring }
        let partial = partialHits.map(\.node)
        if partial.count == 1 { return partial[0] }
        if partial.count > 1 {
            let matched = Dictionary(partialHits.map { ($0.node, $0.matchedText) }, uniquingKeysWith: { first, _ in first })
            throw ambiguity(reference, partial, how: "partly", matched: matched)
        }
        var notes = [String]()
        let near = hits.prefix(3).map { describe($0.node) }
        if !near.isEmpty { notes.append("did you mean " + near.joined(separator: " or ") + "?") }
        notes.append("find TEXT searches ids, names and aliases")
        throw QueryError(.unknownName, "no node is called \(quotedWord(text))", at: reference.range, notes: notes)
    }

    /// - Parameter matched: the id, name or alias that matched, shown when it is not the name.
    private func ambiguity(_ reference: NodeReference, _ nodes: [NodeIndex], how: String,
                           matched: [NodeIndex: String] = [:]) -> QueryError {
        var notes = nodes.prefix(Self.candidateLimit).map { node -> String in
            var note = "candidate: " + describe(node)
            if let text = matched[node], text != graph.nodes.name(of: node), text != graph.nodes.id(of: node) {
                note += ", by its alias \"\(SafeText.escaped(text))\""
            }
            return note
        }
        if nodes.count > Self.candidateLimit { notes.append("... and more; use an id or a longer name") }
        notes.append("use the id to choose one, e.g. \(SafeText.escaped(graph.nodes.id(of: nodes[0])))")
        return QueryError(.ambiguousName, "\(quotedWord(reference.text)) \(how) matches \(nodes.count > Self.candidateLimit ? "more than \(Self.candidateLimit)" : String(nodes.count)) nodes",
                          at: reference.range, notes: notes)
    }

    /// `"Henk Jan Kamsteeg" (person, id henk-jan-kamsteeg)`.
    func describe(_ node: NodeIndex) -> String {
        return "\"\(SafeText.escaped(graph.nodes.name(of: node)))\" (\(SafeText.escaped(graph.nodes.type(of: node))), id \(SafeText.escaped(graph.nodes.id(of: node))))"
    }
}
