@testable import CaseGraph
import Testing

/// `NodeIDTable` against the `[String: Int32]` it replaced in the merger: the same node for
/// every id, canonically equivalent spellings included, whatever was asked before.
@Suite("Node id table: same answers as a String dictionary")
struct NodeIDTableTests {
    /// Pieces with precomposed and decomposed letters, the Kelvin sign (canonically "K"),
    /// the Ohm sign (canonically "Ω"), a combining mark alone, and long ASCII runs.
    static let pieces = ["a", "b", "K", "\u{212A}", "é", "e\u{301}", "\u{301}", "-", "Ω", "\u{2126}", "ü", "u\u{308}",
                         "node-", "0123456789abcdef", ""]

    static func random(_ generator: inout SeededGenerator) -> String {
        (0..<(1 + Int(generator.next() % 4))).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
    }

    @Test("random inserts and look-ups, 500 seeds")
    func randomAgreement() {
        for seed in 0..<500 as Range<UInt64> {
            var generator = SeededGenerator(seed: seed)
            var table = NodeIDTable()
            var reference = [String: Int32]()
            for _ in 0..<(Int(generator.next() % 60)) {
                let id = Self.random(&generator)
                let expected = reference[id]
                #expect(table.index(of: id) == expected, "seed \(seed): \(id.debugDescription)")
                if expected == nil {
                    reference[id] = Int32(table.count)
                    table.append(id)
                }
            }
            for _ in 0..<40 {
                let id = Self.random(&generator)
                #expect(table.index(of: id) == reference[id], "seed \(seed): \(id.debugDescription)")
            }
            #expect(table.count == reference.count)
        }
    }

    @Test("canonical equivalents, ASCII misses, and growth past the first slots")
    func cases() {
        var table = NodeIDTable()
        table.reserveCapacity(ids: 600, bytes: 600 * 8)  // then 400 more than reserved
        for index in 0..<1000 { table.append("node-\(index)") }
        #expect(table.index(of: "node-999") == 999 && table.index(of: "node-1000") == nil)
        #expect(table.index(of: "K") == nil)
        table.append("\u{212A}")  // the Kelvin sign: "K" is now found through it
        #expect(table.index(of: "K") == 1000 && table.index(of: "\u{212A}") == 1000)
        table.append("caf\u{E9}")
        #expect(table.index(of: "cafe\u{301}") == 1001 && table.index(of: "caf\u{E9}") == 1001)
        table.append("Zoe\u{308}")  // added after the String table was made: kept in it
        #expect(table.index(of: "Zo\u{EB}") == 1002 && table.index(of: "Zoe") == nil && table.index(of: "") == nil)
        table.append("")
        #expect(table.index(of: "") == 1003)
    }

    @Test("a graph's id index over its id column: the same answers as a String dictionary, 300 seeds")
    func graphIndexAgreement() {
        for seed in 0..<300 as Range<UInt64> {
            var generator = SeededGenerator(seed: seed)
            var ids = PackedStrings()
            var reference = [String: Int32]()
            for _ in 0..<(Int(generator.next() % 60)) {
                let id = Self.random(&generator)
                if reference[id] == nil {
                    reference[id] = Int32(ids.count)
                    ids.append(id)
                }
            }
            let index = NodeIDIndex(ids: ids)
            #expect(index.count == reference.count)
            for _ in 0..<60 {
                let id = Self.random(&generator)
                #expect(index.index(of: id) == reference[id], "seed \(seed): \(id.debugDescription)")
            }
            for (id, node) in reference { #expect(index.index(of: id) == node, "seed \(seed): \(id.debugDescription)") }
        }
    }

    @Test("a graph finds a node by a canonically equal spelling of its id")
    func graphIDs() {
        let graph = Graph(nodes: [Node(id: "caf\u{E9}", type: "place", name: "Caf\u{E9}"),
                                  Node(id: "\u{212A}-1", type: "place", name: "Kelvin"),
                                  Node(id: "plain", type: "place", name: "Plain")],
                          edges: [] as [Edge])
        #expect(graph.index(ofID: "cafe\u{301}") == 0 && graph.index(ofID: "caf\u{E9}") == 0)
        #expect(graph.index(ofID: "K-1") == 1 && graph.index(ofID: "plain") == 2)
        #expect(graph.index(ofID: "Plain") == nil && graph.index(ofID: "cafe") == nil)
    }
}
