extension Array {
    /// Reorders the elements so that element `k` becomes the one at `order[k]` (what
    /// `order.map { self[Int($0)] }` returns).
    ///
    /// A gather into a second array, not the cycles of the permutation followed in place: a
    /// cycle is a chain of dependent reads, one cache miss after another on a large array,
    /// where the gather's reads are independent and overlap (on the name index of a million
    /// nodes, 0.3 s in place against a fraction of it gathered). The second array lives only
    /// while the elements are gathered.
    ///
    /// - Precondition: `order` is a permutation of `indices`.
    /// - Complexity: O(n) time; a second array of n elements while it runs.
    mutating func permute(gathering order: [Int32]) {
        precondition(order.count == count, "a permutation of every index")
        self = withUnsafeBufferPointer { elements in order.map { elements[Int($0)] } }
    }
}
