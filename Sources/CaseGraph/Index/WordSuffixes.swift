import Synchronization

/// The keys' tails that start at a word after their first, sorted by bytes: where the fuzzy
/// search measures the runs of words inside a name ("jan kamsteeg" in "henk jan kamsteeg")
/// with the rows of shared prefixes reused (``SortedKeyDistances``), as it measures the keys
/// themselves in their own order.
struct WordSuffixes: Sendable {
    /// The tails, in byte order (equal tails in key order).
    let tails: PackedKeys
    /// For each tail, the position of the key it is a tail of.
    let owners: [Int32]

    /// The tails of every key but those at `excluded` (ascending positions).
    /// - Complexity: O(total length + t log t) for t tails (a radix sort of their bytes).
    init(keys: PackedKeys, excluding excluded: [Int32]) {
        var tails = PackedKeys()
        var owners = [Int32]()
        keys.withKeyBytes { bytes, starts in
            var nextExcluded = 0
            for position in 0..<keys.count {
                if nextExcluded < excluded.count && Int(excluded[nextExcluded]) == position {
                    nextExcluded += 1
                    continue
                }
                let start = Int(starts[position]), end = Int(starts[position + 1])
                for offset in start..<end where bytes[offset] == 0x20 {
                    tails.append(utf8: UnsafeBufferPointer(rebasing: bytes[(offset + 1)..<end]))
                    owners.append(Int32(truncatingIfNeeded: position))
                }
            }
        }
        let order = tails.sortedOrder { owners[$0] < owners[$1] }
        self.tails = tails.permuted(gathering: order)
        self.owners = order.map { owners[Int($0)] }
    }
}

/// A ``WordSuffixes`` built on first use and kept: a graph whose names no one mistypes never
/// pays for it. Shared by the copies of a ``NameIndex``.
final class WordSuffixCache: Sendable {
    private let built = Mutex<WordSuffixes?>(nil)

    init() {}

    /// The suffixes, built by `build` the first time.
    func suffixes(_ build: () -> WordSuffixes) -> WordSuffixes {
        built.withLock { cached in
            if let cached { return cached }
            let made = build()
            cached = made
            return made
        }
    }
}
