extension NameIndex {
    /// The ids, names or aliases (those of `fields`) whose folded form starts with
    /// `foldedPrefix`, for completing a name as it is typed: each text once, ordered by
    /// folded form, then by the text's UTF-8 bytes; at most `limit`. Empty texts and those
    /// `isExcluded` rejects are left out.
    ///
    /// `foldedPrefix` is already folded (``TextFolding/fold(_:)``), so a caller may ask for
    /// a word boundary with a trailing space (`"ijm "` finds "IJM Netherlands", not
    /// "ijm-lawyers"). The index's own sorted keys serve the look-up: completion needs no
    /// index of its own, whatever the size of the graph.
    ///
    /// ```swift
    /// graph.names.texts(withFoldedPrefix: "henk", fields: [.name, .alias], limit: 50)
    /// ```
    /// - Complexity: O(|prefix| log N) to find the first match, plus O(k log k) for the k
    ///   entries read (whole runs of equal keys, until `limit` texts are found).
    public func texts(
        withFoldedPrefix foldedPrefix: String, fields: Set<NameField>, limit: Int,
        excluding isExcluded: (String) -> Bool = { _ in false }
    ) -> [String] {
        let prefix = Array(foldedPrefix.utf8)
        var results = [String]()
        var position = keys.lowerBound(of: prefix)
        while position < keys.count, results.count < limit, keys.key(at: position, hasPrefix: prefix) {
            let end = keys.endOfRun(from: position)
            // One folded key: its texts differ only in case or accents. Byte order among them,
            // each once.
            var texts = [String]()
            for entry in entries[position..<end] where fields.contains(entry.field) {
                let text = text(of: entry)
                if !text.isEmpty && !isExcluded(text) { texts.append(text) }
            }
            texts.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            for text in texts where results.last.map({ !$0.utf8.elementsEqual(text.utf8) }) ?? true {
                results.append(text)
            }
            position = end
        }
        return Array(results.prefix(limit))
    }

    /// True when some id, name or alias folds to exactly `foldedText` (already folded).
    /// - Complexity: O(|text|) expected: one hash look-up.
    public func containsFolded(_ foldedText: String) -> Bool {
        !keys.equalRange(of: foldedText).isEmpty
    }
}
