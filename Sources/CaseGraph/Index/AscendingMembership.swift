/// Membership in an ascending list of positions, asked of ascending positions: the name search's
/// walks over the keys in order ask, key by key, whether it is one of the keys beyond ASCII.
///
/// ```swift
/// var beyond = AscendingMembership([2, 5])
/// beyond.contains(1)  // false
/// beyond.contains(2)  // true
/// ```
struct AscendingMembership {
    private let positions: [Int32]
    private var next = 0

    init(_ positions: [Int32]) {
        self.positions = positions
    }

    /// True when `position` is in the list; each call's position is at least the one before.
    /// - Complexity: O(1) amortized over a walk.
    mutating func contains(_ position: Int) -> Bool {
        while next < positions.count && Int(positions[next]) < position { next += 1 }
        return next < positions.count && Int(positions[next]) == position
    }
}
