@testable import CaseGraph
import Testing

/// `EdgeList` holds edges as columns: every `Edge` comes back as it went in, each accessor
/// agrees with the whole edge, and joining lists renumbers types and documents.
@Suite("Edge list: columns give back the edges")
struct EdgeListTests {
    /// Edges with and without ids, properties and several citations, types and documents
    /// repeated and new, empty and non-ASCII texts, several origins.
    static func edges(seed: UInt64, count: Int) -> [Edge] {
        var generator = SeededGenerator(seed: seed)
        let types = ["knows", "arrested", "tipped_off", "led_to"] + (0..<20).map { "type_\($0)" }
        let documents = ["doc-1", "doc-2", "Zo\u{EB}", "d\u{301}"]
        return (0..<count).map { index in
            let pick = { (limit: Int) in Int(generator.next() % UInt64(limit)) }
            let properties = (0..<pick(3)).map { key in
                Property(key: key == 0 ? "date" : "p\(key)", value: key == 0 ? .string("2016-0\(1 + pick(9))") : .number("\(index)"),
                         origin: "f\(pick(2)).json")
            }
            let citations = (0..<(1 + pick(3))).map { _ in
                SourceCitation(document: documents[pick(documents.count)], quote: ["", "Caf\u{E9} \(index).", String(repeating: "q", count: pick(40))][pick(3)])
            }
            return Edge(id: pick(3) == 0 ? nil : "e-\(index)\(pick(2) == 0 ? "\u{1F600}" : "")", source: pick(50), target: pick(50),
                        type: types[pick(types.count)], properties: properties, sources: citations, origin: "file-\(index / 7).json")
        }
    }

    @Test("round trip and accessors, 200 seeds")
    func roundTrip() {
        for seed in 0..<200 as Range<UInt64> {
            let edges = Self.edges(seed: seed, count: Int(seed % 40))
            let list = EdgeList(edges)
            #expect(Array(list) == edges, "seed \(seed)")
            for (index, edge) in edges.enumerated() {
                #expect(list.source(of: index) == edge.source && list.target(of: index) == edge.target)
                #expect(list.type(of: index) == edge.type && list.id(of: index) == edge.id)
                #expect(list.date(of: index) == edge.date && list.firstQuote(of: index) == edge.sources.first?.quote)
                #expect(list.citations(of: index) == edge.sources && list.properties(of: index) == edge.properties)
                #expect(list.origin(of: index) == edge.origin)
                var cited = [SourceCitation]()
                list.forEachCitation(of: index) { cited.append(SourceCitation(document: $0, quote: String(decoding: $1, as: UTF8.self))) }
                #expect(cited == edge.sources)
            }
        }
    }

    @Test("joining lists: the same edges as one list, codes renumbered")
    func joining() {
        for seed in 0..<100 as Range<UInt64> {
            let first = Self.edges(seed: seed, count: Int(seed % 17)), second = Self.edges(seed: seed + 1000, count: Int(seed % 23))
            var joined = EdgeList(first)
            joined.append(contentsOf: EdgeList(second))
            #expect(Array(joined) == first + second, "seed \(seed)")
            #expect(joined == EdgeList(first + second))
            #expect(Set(joined.types.names).count == joined.types.names.count)
        }
    }

    @Test("edge records: a record cut off part way leaves the whole ones as they were")
    func partialRecord() {
        var records = EdgeRecords()
        records.append(EdgeRecord(id: "e1", source: "a", target: "b", type: "knows", properties: [],
                                  sources: [SourceCitation(document: "d", quote: "A knows B.")],
                                  place: RecordPlace(file: "f.json", section: .edge, index: 0, offset: 10)))
        let whole = records
        records.fields.ids.append("e2")
        records.fields.hasID.append(true)
        Array("c".utf8).withUnsafeBufferPointer { records.appendEndpoint(text: $0, isTarget: true) }
        records.fields.citationDocuments.append("d2")
        records.fields.quotes.append("quote")
        records.fields.properties.append(Property(key: "k", value: .bool(true), origin: "f.json"))
        records.dropPartialRecord()
        #expect(records == whole)
        #expect(records.fields.ids.count == 1 && records.fields.quotes.count == 1 && records.fields.properties.isEmpty)
        #expect(records.unresolved[1].positions == [0] && records.targetNodes == [-1])
    }

    @Test("edge records sized from the first ones: room for the rest, by the bytes they stand for")
    func sizedFromTheFirst() {
        var records = EdgeRecords()
        for index in 0..<100 {
            records.append(EdgeRecord(id: "e\(index)", source: "a", target: "b", type: "knows",
                                      properties: index % 2 == 0 ? [Property(key: "k", value: .number("1"), origin: "f.json")] : [],
                                      sources: [SourceCitation(document: "d", quote: "A knows B, quote \(index).")],
                                      place: RecordPlace(file: "f.json", section: .edge, index: index, offset: 100 * index)))
        }
        let before = records
        let quoteBytes = records.fields.quotes.bytes.count, idBytes = records.fields.ids.bytes.count
        // 100 records read over 10,000 bytes, of 40,000: room for about 400 (and half as many more).
        records.reserveCapacity(readFrom: 0, to: 10_000, end: 40_000)
        #expect(records == before, "sizing changes no record")
        #expect(records.fields.quotes.bytes.capacity >= quoteBytes * 6 && records.fields.quotes.bytes.capacity < quoteBytes * 7)
        #expect(records.fields.properties.capacity >= 300)  // 50 properties read
        #expect(records.fields.ids.bytes.capacity >= idBytes * 6 && records.fields.hasID.capacity >= 600)
        #expect(records.sourceNodes.capacity >= 600 && records.fields.citationEnds.capacity >= 600)
        // Nothing read, or nothing left: nothing to size.
        var empty = EdgeRecords()
        empty.reserveCapacity(readFrom: 5, to: 5, end: 1_000)
        #expect(empty.fields.quotes.bytes.capacity == 0)
    }
}
