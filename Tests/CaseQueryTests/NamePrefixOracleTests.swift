import CaseGraph
import Foundation
import Testing
@testable import CaseQuery

/// Completion reads name prefixes from the graph's ``NameIndex``; a ``PrefixIndex`` built
/// over the same texts (what completion used to build for itself) is the oracle.
@Suite("Name prefixes from the name index, against a prefix index of the same texts")
struct NamePrefixOracleTests {
    /// Names with case and accent variants of each other, duplicates across nodes, shared
    /// prefixes, word boundaries, a terminal escape and an empty alias.
    private static let graph: Graph = {
        let first = ["Zoë", "Zoe", "ZOE", "zoë", "Ana", "Anna", "Ánna", "Henk Jan", "Henk", "IJM", "ijm"]
        let last = ["de Vries", "Ivanović", "Ivanovic", "Müller", "Muller", "Kamsteeg", "Nguyễn", ""]
        var nodes = [Node]()
        for index in 0..<600 {
            // 11 × 8 combinations, in an order unlike the node order.
            let name = (first[(index * 7) % first.count] + " " + last[(index * 5 + index / 11) % last.count])
                .trimmingCharacters(in: .whitespaces)
            var aliases = [String]()
            if index % 3 == 0 { aliases.append(name.uppercased()) }
            if index % 7 == 0 { aliases.append("Op. \(index % 5) \u{1B}[31mred") }
            if index % 11 == 0 { aliases.append("") }
            nodes.append(Node(id: "n-\(index % 97)-\(index)", type: "person", name: name, aliases: aliases))
        }
        return Graph(nodes: nodes, edges: [])
    }()

    private static let prefixes = ["", "z", "Zo", "zoe ", "ZOË D", "an", "ánn", "henk", "Henk Jan ", "ij", "n-1", "n-42-",
                                   "op", "m", "mu", "x", "nguyen", "ivanovic", "de"]

    @Test("same texts in the same order, for ids, labels and both", arguments: prefixes)
    func sameAsAPrefixIndex(prefix: String) {
        let nodes = Self.graph.nodes
        let oracles: [(Set<NameField>, PrefixIndex)] = [
            ([.id], PrefixIndex(nodes.map(\.id))),
            ([.name, .alias], PrefixIndex(nodes.flatMap { [$0.name] + $0.aliases })),
            ([.id, .name, .alias], PrefixIndex(nodes.flatMap { [$0.id, $0.name] + $0.aliases })),
        ]
        for (fields, oracle) in oracles {
            for limit in [1, 5, 50, 10_000] {
                let found = Self.graph.names.texts(withFoldedPrefix: PrefixIndex.key(prefix), fields: fields, limit: limit,
                                                   excluding: PrefixIndex.isUnlisted)
                #expect(found == oracle.matches(prefix: prefix, limit: limit), "\(prefix) \(fields) \(limit)")
            }
        }
        #expect(Self.graph.names.texts(withFoldedPrefix: "", fields: [.alias], limit: 10_000).allSatisfy { !$0.isEmpty })
    }

    @Test func containsFolded() {
        #expect(Self.graph.names.containsFolded(PrefixIndex.key("IJM")))
        #expect(Self.graph.names.containsFolded(TextFolding.fold("n-0-0")))
        #expect(!Self.graph.names.containsFolded(TextFolding.fold("Henk Ja")))
    }
}
