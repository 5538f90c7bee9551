import CaseGraph
@testable import CaseQuery
import Testing

/// Hostile names survive the trip data → DOT → Graphviz: it draws the file, and reading the
/// file back with `gvpr` gives every node, every edge and every original label.
@Suite("DOT with hostile data")
struct DOTHostileTests {
    typealias Support = DOTTestSupport

    /// Prints each node and edge with its label, between markers the data does not contain.
    static let readBack = """
        N { printf("@@N@@%s@@L@@%s@@T@@%s@@END@@\\n", $.name, $.label, $.tooltip); }
        E { printf("@@E@@%s@@H@@%s@@L@@%s@@T@@%s@@END@@\\n", $.tail.name, $.head.name, $.label, $.tooltip); }
        """

    /// The text a label shows for `text`: line breaks kept, other unsafe scalars escaped
    /// visibly — the writer's documented rule.
    static func shown(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { SafeText.escaped(String($0)) }
            .joined(separator: "\n")
    }

    /// The fields of `@@TAG@@...@@END@@` records.
    static func records(_ output: String, tag: String) -> [[String]] {
        output.components(separatedBy: "@@END@@\n").filter { $0.hasPrefix("@@\(tag)@@") }.map { record in
            String(record.dropFirst(tag.count + 4))
                .components(separatedBy: "@@").enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
        }
    }

    @Test(.enabled(if: Support.graphvizRequired, "Graphviz is not installed"))
    func graphvizDrawsHostileNames() throws {
        let graph = Support.hostileGraph()
        let subgraph = Subgraph(nodes: Array(graph.nodes.indices), edges: Array(graph.edges.indices),
                                highlightedNodes: [0, 3], highlightedEdges: [2])
        for byCountry in [false, true] {
            let dot = DOTWriter.write(subgraph, of: graph, options: DOTOptions(byCountry: byCountry, title: "node \"x\" -> {y}"))
            try Support.expectGraphvizAccepts(dot)
            guard let png = try Support.run("dot", ["-Tpng"], input: dot) else { return }
            #expect(png.status == 0, "dot -Tpng failed: \(png.errors)")
        }
    }

    @Test(.enabled(if: Support.graphvizRequired, "Graphviz is not installed"))
    func gvprReadsBackEveryNodeEdgeAndLabel() throws {
        let graph = Support.hostileGraph()
        let dot = DOTWriter.write(Subgraph(nodes: Array(graph.nodes.indices), edges: Array(graph.edges.indices)),
                                  of: graph, options: DOTOptions(title: "hostile"))
        guard let run = try Support.run("gvpr", [Self.readBack], input: dot) else { return }
        #expect(run.status == 0, "gvpr failed: \(run.errors)")
        let nodes = Self.records(run.output, tag: "N").filter { !$0[0].hasPrefix("legend_") }
        let edges = Self.records(run.output, tag: "E").filter { !$0[0].hasPrefix("legend_") }
        #expect(nodes.count == graph.nodes.count)
        #expect(edges.count == graph.edges.count)

        let order = graph.nodes.indices.sorted(by: graph.precedesByID)
        let labels = Dictionary(uniqueKeysWithValues: nodes.map { ($0[0], Support.shownText(ofEscString: $0[1])) })
        let tooltips = Dictionary(uniqueKeysWithValues: nodes.map { ($0[0], Support.shownText(ofEscString: $0[2])) })
        for (number, node) in order.enumerated() {
            let data = graph.nodes[node]
            #expect(labels["n\(number)"] == Self.shown(data.name), "label of \(data.id)")
            #expect(tooltips["n\(number)"] == Self.shown(data.sources[0].quote), "tooltip of \(data.id)")
        }
        var dotName = [Int: String]()
        for (number, node) in order.enumerated() { dotName[node] = "n\(number)" }
        let drawnEdges = edges.map {
            [$0[0], $0[1], Support.shownText(ofEscString: $0[2]), Support.shownText(ofEscString: $0[3])]
        }
        let expectedEdges = graph.edges.map { edge -> [String] in
            [dotName[edge.source] ?? "", dotName[edge.target] ?? "",
             Self.shown(edge.type + "\n" + (edge.date?.description ?? "")), Self.shown(edge.sources[0].quote)]
        }
        let inOrder: ([String], [String]) -> Bool = { $0.lexicographicallyPrecedes($1) }
        #expect(drawnEdges.sorted(by: inOrder) == expectedEdges.sorted(by: inOrder))
    }

    @Test func namesNeverLeaveTheirQuotedLabels() {
        let graph = Support.hostileGraph()
        let dot = DOTWriter.write(Subgraph(nodes: Array(graph.nodes.indices), edges: Array(graph.edges.indices)),
                                  of: graph, options: DOTOptions(byCountry: true, title: "t"))
        for line in dot.split(separator: "\n") {
            // Outside quoted strings, only the writer's own syntax remains.
            var outside = ""
            var inQuotes = false, escaping = false
            for character in line {
                if inQuotes {
                    if escaping {
                        escaping = false
                    } else if character == "\\" {
                        escaping = true
                    } else if character == "\"" {
                        inQuotes = false
                    }
                } else if character == "\"" {
                    inQuotes = true
                } else {
                    outside.append(character)
                }
            }
            #expect(!inQuotes, "unbalanced quotes in \(line)")
            #expect(outside.allSatisfy { $0.isASCII && !$0.isNewline }, "raw text outside quotes: \(line)")
            #expect(!outside.contains("<"), "an HTML label in \(line)")
        }
        #expect(!dot.unicodeScalars.contains { SafeText.isUnsafe($0) && $0 != "\n" })
    }
}
