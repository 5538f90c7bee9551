@testable import CaseGraph
import Testing

/// Node tables made ahead, on another thread, are the tables the graph would make; discarded,
/// they are not made (or stop at their next poll).
@Suite("Early node tables")
struct EarlyNodeTablesTests {
    static func nodes(_ count: Int) -> NodeList {
        NodeList((0..<count).map { index in
            Node(id: "n\((index * 7_919) % count)", type: index % 3 == 0 ? "person" : "organisation", name: "Name \(index % 97)",
                 aliases: index % 5 == 0 ? ["Alias \(index)"] : [], properties: [], sources: [])
        })
    }

    @Test("made on another thread: the tables NodeTables makes")
    func sameTables() {
        let nodes = Self.nodes(3_000)
        let early = EarlyNodeTables(nodes: nodes, cancellation: .never)
        let task = BackgroundTask { early.make() }
        let made = early.wait()
        _ = task.wait()
        let direct = NodeTables(nodes: nodes)
        #expect(made?.idRank == direct.idRank)
        #expect(made?.nodeOfRank == direct.nodeOfRank)
        #expect(made?.nodeTypes == direct.nodeTypes)
        for name in ["Name 3", "name 96", "Alias 10", "Nobody"] {
            #expect(made?.names.exactMatches(name) == direct.names.exactMatches(name), "\(name)")
        }
    }

    @Test("discarded before they are made: none are, and the waiter learns it")
    func discardedFirst() {
        let early = EarlyNodeTables(nodes: Self.nodes(100), cancellation: .never)
        early.discard()
        early.make()
        #expect(early.wait() == nil)
    }

    @Test("the load's cancellation stops their making; a waiter still gets an answer")
    func cancelled() {
        let early = EarlyNodeTables(nodes: Self.nodes(20_000), cancellation: Cancellation { true })
        early.make()
        #expect(early.wait() != nil)  // incomplete: the caller sees the load cancelled and drops it
    }
}
