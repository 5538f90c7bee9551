/// The fast decoder numbering the node ids (``LocalNodeIDs``) a few nodes behind reading them.
///
/// Numbering an id looks it up in a table of a million ids (L): a cache miss, and the next
/// node cannot be read until it is served. Each id is hashed as its node is read and its place
/// in the table asked for then (a hint that does not wait); it is numbered ``nodeIDsAhead``
/// nodes later, when that place has arrived. The ids are numbered in order, all of them
/// before anything reads the numbers (``numberPendingNodeIDs()`` at the end of the nodes).
extension FastGraphDecoder {
    /// How many nodes an id waits before it is numbered.
    static let nodeIDsAhead = 8

    /// Hashes the last node read's id and asks for its place; numbers the id read
    /// ``nodeIDsAhead`` nodes before it.
    /// - Complexity: O(length of the id) amortised.
    mutating func noteNodeID() {
        let ids = fragment.nodes.fields.ids
        let last = ids.count - 1
        let hashed = ids.withBytes(last) { ByteHash.hashNotingASCII($0) }
        nodeIDs.prefetch(hash: hashed.hash)
        if last - nodeIDsNumbered >= Self.nodeIDsAhead { numberNextNodeID() }
        pendingNodeIDHashes[last % Self.nodeIDsAhead] = hashed
    }

    /// Numbers every node id read and not numbered yet.
    mutating func numberPendingNodeIDs() {
        while nodeIDsNumbered < fragment.nodes.fields.ids.count { numberNextNodeID() }
    }

    private mutating func numberNextNodeID() {
        let node = nodeIDsNumbered
        let hashed = pendingNodeIDHashes[node % Self.nodeIDsAhead]
        fragment.nodes.fields.ids.withBytes(node) { nodeIDs.add(utf8: $0, hashed: hashed) }
        nodeIDsNumbered += 1
    }
}
