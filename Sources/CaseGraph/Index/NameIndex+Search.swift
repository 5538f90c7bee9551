extension NameIndex {
    /// Ranked search: exact, then prefix, then substring, then fuzzy (edit distance) matches
    /// of ids, names and aliases, each node once with its best match. Ties are broken by
    /// field (id, name, alias), then by node id.
    ///
    /// Fuzzy matching runs only when the other kinds found fewer than `limit` nodes.
    /// `cancellation` is polled throughout, the ranking of the hits included; a cancelled
    /// search returns no hits. A key
    /// matches fuzzily within `d` edits when the whole key, or a run of as many of its words
    /// as the search text has, is within `d` edits (`d` = 1 for up to 7 letters, up to 3).
    ///
    /// The first pass finds an ASCII search text in all ASCII keys (most keys, once folded) at
    /// once, by one byte search over the index's packed keys; keys beyond ASCII, and search
    /// texts beyond ASCII, take the `String` comparisons, with the same answers. A key is
    /// measured for edit distance only when it holds all but `d` of the letters of the search
    /// text. Each node keeps its best hit (``SearchRanking``), and only the best `limit` are
    /// sorted.
    /// - Complexity: O(total key length) for the first pass; the fuzzy pass adds
    ///   O(|text| · key length) per key that passes the letter filter; the ranking
    ///   O(h + limit log limit) for h nodes with a hit.
    public func search(_ text: String, limit: Int = 20, cancellation: Cancellation = .never) -> [SearchHit] {
        let query = TextFolding.fold(text)
        guard !query.isEmpty, limit > 0 else { return [] }
        var ranking = SearchRanking(nodeCount: nodes.count)
        // Entries with an exact, prefix or substring match: the fuzzy pass skips them.
        var matched = [Int32]()
        let search = KeySearch(query)
        guard plainPass(search, into: &ranking, matched: &matched, cancellation: cancellation) else { return [] }
        if ranking.nodes.count < limit {
            guard fuzzyPass(search, into: &ranking, skipping: matched, cancellation: cancellation) else { return [] }
        }
        return ranking.best(limit, idRank: idRank, nodeOfRank: nodeOfRank, cancellation: cancellation).map { best in
            hit(entries[best.entry], SearchRanking.match(ofRank: best.rank))
        }
    }

    /// Offers every exact, prefix and substring match to `ranking` and lists its entries in
    /// `matched`; false when cancelled.
    private func plainPass(_ search: KeySearch, into ranking: inout SearchRanking, matched: inout [Int32],
                           cancellation: Cancellation) -> Bool {
        var work = 0
        func offer(_ position: Int, _ match: MatchKind) {
            let entry = entries[position]
            ranking.offer(node: entry.node, entry: position, rank: SearchRanking.rank(match, entry.field))
            matched.append(Int32(truncatingIfNeeded: position))
        }
        if search.isASCII {
            // An ASCII key holds the text exactly where its bytes do; keys beyond ASCII are
            // compared as strings below, so the byte search passes over them.
            let needle = Array(search.query.utf8)
            var beyondASCII = AscendingMembership(nonASCIIKeys)
            keys.forEachKey(containing: needle) { position, offset, length in
                if cancellation.shouldStop(after: &work) { return false }
                if beyondASCII.contains(position) { return true }
                offer(position, offset > 0 ? .substring : length == needle.count ? .exact : .prefix)
                return true
            }
        }
        keys.withKeyBytes { bytes, starts in
            func scan(_ position: Int) -> Bool {
                if cancellation.shouldStop(after: &work) { return false }
                if let match = search.plainMatch(PackedKeys.key(position, in: bytes, starts)) { offer(position, match) }
                return true
            }
            if search.isASCII {
                for position in nonASCIIKeys where search.mayMatchAsString(PackedKeys.key(Int(position), in: bytes, starts)) {
                    if !scan(Int(position)) { break }
                }
            } else if let first = search.requiredScalars.first {
                // Only keys holding the scalars a match needs are compared as strings; they are
                // found by one byte search for the longest of them, as ASCII texts are.
                let others = search.requiredScalars.dropFirst()
                keys.forEachKey(containing: first) { position, _, _ in
                    !KeySearch.holdsAll(others, PackedKeys.key(position, in: bytes, starts)) || scan(position)
                }
            } else {
                for position in entries.indices where !scan(position) { break }
            }
        }
        return !cancellation.isCancelled
    }
}
