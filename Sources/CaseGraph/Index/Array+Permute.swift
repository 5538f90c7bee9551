extension Array {
    /// Reorders the elements in place so that element `k` becomes the one at `order[k]`
    /// (what `order.map { self[Int($0)] }` returns), without a second array: each cycle of
    /// the permutation is followed once, one element held aside.
    ///
    /// - Precondition: `order` is a permutation of `indices`.
    /// - Complexity: O(n) time; n bits of extra memory.
    mutating func permute(gathering order: [Int32]) {
        precondition(order.count == count, "a permutation of every index")
        var placed = [UInt64](repeating: 0, count: (count + 63) / 64)
        for start in indices where placed[start >> 6] & (1 << UInt64(start & 63)) == 0 {
            let held = self[start]
            var position = start
            while true {
                placed[position >> 6] |= 1 << UInt64(position & 63)
                let source = Int(order[position])
                if source == start {
                    self[position] = held
                    break
                }
                self[position] = self[source]
                position = source
            }
        }
    }
}
