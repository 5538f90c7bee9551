@testable import CaseGraph
import Testing

/// `NodeList` holds nodes as columns: every `Node` comes back as it went in and each accessor
/// agrees with the whole node; `NodeRecords` keeps a node's repeated aliases and citations
/// once, as `String`s compare them, however the record was written.
@Suite("Node list: columns give back the nodes")
struct NodeListTests {
    /// Nodes with and without aliases, properties, citations and several origins; types and
    /// documents repeated and new, empty and non-ASCII texts.
    static func nodes(seed: UInt64, count: Int) -> [Node] {
        var generator = SeededGenerator(seed: seed)
        let types = ["person", "organisation", "event"] + (0..<20).map { "type_\($0)" }
        let documents = ["doc-1", "doc-2", "Zo\u{EB}", "d\u{301}"]
        return (0..<count).map { index in
            let pick = { (limit: Int) in Int(generator.next() % UInt64(limit)) }
            let properties = (0..<pick(3)).map { key in
                Property(key: key == 0 ? "date" : "p\(key)", value: key == 0 ? .string("2016-0\(1 + pick(9))") : .array([.bool(true)]),
                         origin: "f\(pick(2)).json")
            }
            let citations = (0..<pick(3)).map { _ in
                SourceCitation(document: documents[pick(documents.count)], quote: ["", "Caf\u{E9} \(index).", String(repeating: "q", count: pick(40))][pick(3)])
            }
            let aliases = (0..<pick(4)).map { alias in ["", "Z\u{F6}e \(alias)", "\u{1F600}", "alias-\(index)-\(alias)"][pick(4)] }
            return Node(id: "n-\(index)\(pick(2) == 0 ? "\u{E9}" : "")", type: types[pick(types.count)], name: "Name \(index)",
                        aliases: aliases, properties: properties, sources: citations,
                        origins: (0..<(1 + pick(2))).map { "file-\(index / 5 + $0).json" })
        }
    }

    @Test("round trip and accessors, 200 seeds")
    func roundTrip() {
        for seed in 0..<200 as Range<UInt64> {
            let nodes = Self.nodes(seed: seed, count: Int(seed % 40))
            let list = NodeList(nodes)
            #expect(Array(list) == nodes, "seed \(seed)")
            #expect(list == NodeList(nodes) && list.count == nodes.count)
            for (index, node) in nodes.enumerated() {
                #expect(list.id(of: index) == node.id && list.type(of: index) == node.type && list.name(of: index) == node.name)
                #expect(list.withIDBytes(of: index) { Array($0) } == Array(node.id.utf8))
                #expect(list.withNameBytes(of: index) { Array($0) } == Array(node.name.utf8))
                #expect(list.aliases(of: index) == node.aliases && list.properties(of: index) == node.properties)
                #expect(list.citations(of: index) == node.sources && list.origins(of: index) == node.origins)
                #expect(list.date(of: index) == node.date && list.firstQuote(of: index) == node.sources.first?.quote)
            }
        }
    }

    @Test("lists of different nodes differ")
    func inequality() {
        let nodes = Self.nodes(seed: 7, count: 12)
        var changed = nodes
        changed[5].aliases.append("another")
        #expect(NodeList(nodes) != NodeList(changed))
        #expect(NodeList(nodes) != NodeList(Array(nodes.dropLast())))
    }

    static func record(_ id: String, aliases: [String], sources: [SourceCitation]) -> NodeRecord {
        NodeRecord(id: id, type: "person", name: "N", aliases: aliases, properties: [], sources: sources,
                   place: RecordPlace(file: "f.json", section: .node, index: 0, offset: 3))
    }

    @Test("records keep repeated aliases and citations once, canonically equal ones too")
    func repeatsDropped() {
        let citation = SourceCitation(document: "d", quote: "caf\u{E9}")
        let equal = SourceCitation(document: "d", quote: "cafe\u{301}")
        var records = NodeRecords()
        records.append(Self.record("a", aliases: ["x", "caf\u{E9}", "x", "cafe\u{301}", "y"], sources: [citation, equal, citation]))
        #expect(records[0].aliases == ["x", "caf\u{E9}", "y"])
        #expect(records[0].sources == [citation])
        #expect(records.fields.origins(of: 0) == ["f.json"])
    }

    @Test("a record written field by field and ended equals the appended record, repeats dropped")
    func endedRecords() {
        for seed in 0..<100 as Range<UInt64> {
            let nodes = Self.nodes(seed: seed, count: 1 + Int(seed % 9))
            var appended = NodeRecords(), written = NodeRecords()
            for (index, node) in nodes.enumerated() {
                let doubled = seed % 2 == 0 ? node.aliases + node.aliases : node.aliases
                let record = NodeRecord(id: node.id, type: node.type, name: node.name, aliases: doubled,
                                        properties: node.properties.map { Property(key: $0.key, value: $0.value, origin: "f.json") },
                                        sources: node.sources + node.sources.prefix(1),
                                        place: RecordPlace(file: "f.json", section: .node, index: index, offset: 10 * index))
                appended.append(record)
                written.fields.ids.append(record.id)
                written.fields.names.append(record.name)
                for alias in record.aliases { written.fields.aliases.append(alias) }
                for property in record.properties { written.fields.properties.append(property) }
                for citation in record.sources {
                    written.fields.citationDocuments.append(citation.document)
                    written.fields.quotes.append(citation.quote)
                }
                let type = written.fields.types.code(of: record.type)
                written.endRecord(typeCode: type, offset: 10 * index, line: 0, column: 0, index: index, file: "f.json")
            }
            #expect(written == appended, "seed \(seed)")
            for index in nodes.indices {
                #expect(written[index].aliases == uniqued(written[index].aliases))
                #expect(written[index].sources == uniqued(written[index].sources))
            }
        }
    }
}
