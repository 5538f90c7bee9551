import Dispatch

extension NameIndex {
    /// Builds what the first fuzzy search of an ASCII text would build (``WordSuffixes``, the
    /// keys' tails sorted: about a second for a million nodes) on a background thread, so that
    /// the first mistyped name does not wait for it; a search that comes first builds it, or
    /// waits for this build to end. For an interactive session, once its graph is loaded.
    public func prepareFuzzySearchInBackground() {
        let cache = wordSuffixes, keys = keys, excluded = nonASCIIKeys
        DispatchQueue.global(qos: .utility).async {
            _ = cache.suffixes { WordSuffixes(keys: keys, excluding: excluded) }
        }
    }

    /// Offers every fuzzy match of the entries not in `skipped` to `ranking`; false when
    /// cancelled.
    ///
    /// An ASCII search text is measured against the ASCII keys in their sorted order, each
    /// key's table rows shared with the key before for their common prefix, and a prefix out of
    /// reach ends the measuring of every key that starts with it (``SortedKeyDistances``); the
    /// runs of words inside keys are measured the same way over the keys' tails
    /// (``WordSuffixes``, built on the first such search). Keys beyond ASCII, and search texts
    /// beyond ASCII, are measured one by one (``KeySearch/fuzzyDistance(_:limit:)``). The
    /// answers are the one-by-one measure's for every key.
    /// - Complexity: O(total key length) to walk the keys, plus O(limit) for each byte of a key
    ///   not shared with the key before and still within reach.
    func fuzzyPass(_ search: KeySearch, into ranking: inout SearchRanking, skipping skipped: [Int32],
                   cancellation: Cancellation) -> Bool {
        var isSkipped = [Bool](repeating: false, count: entries.count)
        for position in skipped { isSkipped[Int(position)] = true }
        let budget = min(3, max(1, search.query.count / 4))
        let unmeasured = UInt8.max
        var distances = [UInt8](repeating: unmeasured, count: entries.count)
        func found(_ position: Int, _ distance: Int) {
            distances[position] = min(distances[position], UInt8(distance))
        }
        var work = 0
        let query = Array(search.query.utf8)
        var oneByOne = search  // its edit-distance rows are reused from key to key
        keys.withKeyBytes { bytes, starts in
            func key(_ position: Int) -> UnsafeBufferPointer<UInt8> { PackedKeys.key(position, in: bytes, starts) }
            guard search.isASCII else {
                for position in entries.indices where !isSkipped[position] {
                    if cancellation.shouldStop(after: &work) { return }
                    if let distance = oneByOne.fuzzyDistance(key(position), limit: budget) { found(position, distance) }
                }
                return
            }
            for position in nonASCIIKeys where !isSkipped[Int(position)] {
                if cancellation.shouldStop(after: &work) { return }
                if let distance = oneByOne.fuzzyDistance(key(Int(position)), limit: budget) { found(Int(position), distance) }
            }
            var whole = SortedKeyDistances(query: query, limit: budget, width: search.width, measuresWhole: true)
            var beyondASCII = AscendingMembership(nonASCIIKeys)
            for position in entries.indices where !isSkipped[position] {
                if cancellation.shouldStop(after: &work) { return }
                if beyondASCII.contains(position) { continue }
                if let distance = whole.distance(key(position)) { found(position, distance) }
            }
        }
        if cancellation.isCancelled { return false }
        if search.isASCII {
            let suffixes = wordSuffixes.suffixes { WordSuffixes(keys: keys, excluding: nonASCIIKeys) }
            if cancellation.isCancelled { return false }
            var runs = SortedKeyDistances(query: query, limit: budget, width: search.width, measuresWhole: false)
            suffixes.tails.withKeyBytes { bytes, starts in
                for tail in suffixes.owners.indices {
                    if cancellation.shouldStop(after: &work) { return }
                    let owner = Int(suffixes.owners[tail])
                    if isSkipped[owner] { continue }
                    if let distance = runs.distance(PackedKeys.key(tail, in: bytes, starts)) {
                        found(owner, distance)
                    }
                }
            }
            if cancellation.isCancelled { return false }
        }
        for position in entries.indices where distances[position] != unmeasured {
            let entry = entries[position]
            ranking.offer(node: entry.node, entry: position, rank: SearchRanking.rank(.fuzzy(distance: Int(distances[position])), entry.field))
        }
        return true
    }
}
