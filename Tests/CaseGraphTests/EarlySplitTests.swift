@testable import CaseGraph
import Foundation
import Testing

/// The pieces of a second thread started at the nodes: the structure walk that finds the
/// edges and the split point, the mailboxes the threads hand things over by, endpoints that
/// wait for the node ids, and the decode when the first thread fails while the second waits.
@Suite("Split decode started at the nodes: walk, hand-overs, waiting endpoints")
struct EarlySplitTests {
    static func withBytes<Result>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        Array(text.utf8).withUnsafeBufferPointer(body)
    }

    static func arrayMember(_ text: String, after offset: Int) -> Int? {
        withBytes(text) { StructureWalk.arrayMember("edges", after: offset, in: $0) }
    }

    @Test("the walk finds a container's end and its elements' first bytes, strings and nesting followed")
    func walk() {
        let text = #"[{"a": "x ], {\" y"}, [1, {"b": []}] ,  "s,", 2 ] tail"#
        Self.withBytes(text) { bytes in
            #expect(StructureWalk.walk(from: 1, toElementAtOrAfter: .max, in: bytes) == .closed(49))
            // Elements at 1, 22, 40 and 46 (the `,` at 11 and the `[` at 32 are in a string and nested).
            #expect(StructureWalk.walk(from: 1, toElementAtOrAfter: 2, in: bytes) == .element(22))
            #expect(StructureWalk.walk(from: 1, toElementAtOrAfter: 22, in: bytes) == .element(22))
            #expect(StructureWalk.walk(from: 1, toElementAtOrAfter: 23, in: bytes) == .element(40))
            #expect(StructureWalk.walk(from: 1, toElementAtOrAfter: 41, in: bytes) == .element(46))
            #expect(StructureWalk.walk(from: 1, toElementAtOrAfter: 47, in: bytes) == .closed(49))
            #expect(StructureWalk.walk(from: 22, toElementAtOrAfter: 30, in: bytes) == .element(40))
        }
        #expect(Self.withBytes(#"[1, "unclosed"#) { StructureWalk.walk(from: 1, toElementAtOrAfter: .max, in: $0) } == .cut)
        #expect(Self.withBytes("[1, [2, 3]") { StructureWalk.walk(from: 1, toElementAtOrAfter: .max, in: $0) } == .cut)
        let stop = RaisedFlag()
        stop.raise()
        let long = "[" + String(repeating: "1, ", count: StructureWalk.pollStep) + "1]"
        #expect(Self.withBytes(long) { StructureWalk.walk(from: 1, toElementAtOrAfter: .max, in: $0, stop: stop) } == .cut)
    }

    @Test("the edges array is found past other members of any kind, not under an escaped or other name")
    func arrayMember() {
        let members = #", "graph": {"edges": [1]}, "n": -1.5e3, "t": true, "s": "\"edges\": [", "l": [[], {}] , "edges" : [ {"id": 1}]}"#
        #expect(Self.arrayMember(members, after: 0) == 100)  // the `{` of {"id": 1}
        #expect(Self.arrayMember(#", "edges": []}"#, after: 0) == nil)  // empty
        #expect(Self.arrayMember(#", "edges": {"a": 1}}"#, after: 0) == nil)  // not an array
        #expect(Self.arrayMember(#", "edge\u0073": [1]}"#, after: 0) == nil)  // escaped: the first thread's own split then
        #expect(Self.arrayMember(#", "nodes": [1]}, "edges": [1]"#, after: 0) == nil)  // after the object's end
        #expect(Self.arrayMember(#", "edges": [1"#, after: 0) == 12)
        #expect(Self.arrayMember(#", "x": [1, "#, after: 0) == nil)  // cut
    }

    @Test("a mailbox hands over the first value posted, or none when withdrawn, to a waiting thread")
    func mailbox() async {
        let box = Mailbox<Int>()
        #expect(box.posted == nil)
        let waiter = Task.detached { box.wait() }
        box.post(7)
        box.post(8)
        #expect(await waiter.value == 7 && box.posted == .some(7))
        let withdrawn = Mailbox<Int>()
        withdrawn.post(nil)
        withdrawn.post(1)
        #expect(withdrawn.wait() == nil && withdrawn.posted == .some(nil))
    }

    /// Records with both endpoints pending: sources `n0`…, targets some other file's.
    static func pendingRecords(count: Int, resolvingEvery batch: Int?, using ids: LocalNodeIDs) -> EdgeRecords {
        var records = EdgeRecords()
        for position in 0..<count {
            let ends = [(false, "n\(position * 7 % 450)"), (true, position % 5 == 0 ? "other-\(position)" : "n\(position % 300)")]
            for (isTarget, id) in ends {
                Array(id.utf8).withUnsafeBufferPointer { records.appendPendingEndpoint($0, isTarget: isTarget) }
            }
            records.endRecord(typeCode: 0, offset: position, line: 1, column: 1, index: position, file: "f.json")
            if let batch, records.pendingEndpointCount >= batch { records.resolvePendingEndpoints(using: ids) }
        }
        records.resolvePendingEndpoints(using: ids)
        records.nodeIDs = ids
        return records
    }

    @Test("endpoints that waited for the node ids in one large batch resolve as those looked up a few at a time")
    func waitingEndpoints() {
        var ids = LocalNodeIDs()
        for node in 0..<300 { ids.add("n\(node)") }
        let waited = Self.pendingRecords(count: 1_000, resolvingEvery: nil, using: ids)
        let batched = Self.pendingRecords(count: 1_000, resolvingEvery: EdgeRecords.endpointBatch, using: ids)
        #expect(waited.pendingEndpointCount == 0)
        for position in 0..<1_000 {
            let source = waited.endpointID(position, isTarget: false), target = waited.endpointID(position, isTarget: true)
            #expect(source == "n\(position * 7 % 450)" && source == batched.endpointID(position, isTarget: false))
            #expect(target == (position % 5 == 0 ? "other-\(position)" : "n\(position % 300)"))
            #expect(target == batched.endpointID(position, isTarget: true))
        }
    }

    @Test("a problem in the nodes while the second thread waits for them: the fall-back, no hang", arguments: [
        #""type": person"#, #""type": "person", "type": "person""#, #""type": 3"#,
    ])
    func problemInNodes(_ problem: String) throws {
        let graph = SplitGraphText(layout: .leadingComma, nodeCount: 40, edgeCount: 100)
        let text = graph.text().replacingOccurrences(of: #""id": "n31", "type": "person""#, with: #""id": "n31", "# + problem)
        let bytes = Array(text.utf8)
        #expect(bytes != Array(graph.text().utf8), "the edit did not apply")
        let split = try #require(SplitDecodeTests.offset(of: #"{"id": "e50""#, in: bytes))
        let result = SplitDecodeTests.decode(bytes, .at(.exactly(split)))
        #expect(result.fragment == nil && result.split != .joined)
    }

    @Test("edges before the nodes, or under an escaped name: the second thread starts at the edges, the same fragment")
    func edgesNotAfterNodes() throws {
        let graph = SplitGraphText(layout: .compact, nodeCount: 20, edgeCount: 80).text()
        let nodes = try #require(graph.range(of: #""nodes":["#)), edges = try #require(graph.range(of: #","edges":["#))
        let nodesMember = String(graph[nodes.lowerBound..<edges.lowerBound])
        let edgesMember = String(graph[graph.index(after: edges.lowerBound)..<graph.index(before: graph.endIndex)])
        let header = String(graph[..<nodes.lowerBound])
        let layouts = [header + edgesMember + "," + nodesMember + "}",
                       header + nodesMember + "," + edgesMember.replacingOccurrences(of: #""edges""#, with: #""edge\u0073""#) + "}"]
        for text in layouts {
            let bytes = Array(text.utf8)
            let expected = try #require(SplitDecodeTests.sequential(bytes))
            let edge40 = SplitDecodeTests.edgeOffsets(expected)[40]
            let result = SplitDecodeTests.decode(bytes, .at(.exactly(edge40)))
            #expect(result.fragment == expected && result.split == .joined)
        }
    }
}
