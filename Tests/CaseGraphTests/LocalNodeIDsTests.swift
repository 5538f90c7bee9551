@testable import CaseGraph
import Testing

/// `LocalNodeIDs` numbers a file's node ids in order and says when bytes prove them distinct.
@Suite("Local node ids: numbering and distinctness by bytes")
struct LocalNodeIDsTests {
    static func position(_ ids: LocalNodeIDs, _ id: String) -> Int32? {
        var batch = ByteKeyBatch()
        Array(id.utf8).withUnsafeBufferPointer { batch.append($0, tag: 0) }
        var answer: Int32?
        _ = ids.positions(of: batch, in: 0..<batch.count) { _, node in answer = node }
        return answer
    }

    @Test("ids numbered in order, found by their bytes only")
    func numbering() {
        var ids = LocalNodeIDs()
        for id in ["alice", "bob", "caf\u{E9}"] { ids.add(id) }
        #expect(Self.position(ids, "bob") == 1 && Self.position(ids, "caf\u{E9}") == 2)
        #expect(Self.position(ids, "cafe\u{301}") == nil)  // canonically equal: the merger decides
        #expect(ids.id(at: 2) == "caf\u{E9}" && ids.count == 3)
    }

    @Test("distinct is proved only for numbered ASCII ids")
    func distinctness() {
        var ascii = LocalNodeIDs()
        for id in ["a", "b", "c"] { ascii.add(id) }
        #expect(ascii.areDistinct(count: 3) && !ascii.areDistinct(count: 4))
        var repeated = LocalNodeIDs()
        for id in ["a", "b", "a", "c"] { repeated.add(id) }
        #expect(!repeated.areDistinct(count: 4) && repeated.count == 2)  // numbering stopped at the repeat
        #expect(Self.position(repeated, "c") == nil)
        var accented = LocalNodeIDs()
        for id in ["caf\u{E9}", "cafe\u{301}"] { accented.add(id) }
        #expect(!accented.areDistinct(count: 2))  // equal as Strings: only a String check can tell
    }
}
