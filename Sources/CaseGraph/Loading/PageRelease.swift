/// How far one reader of a ``FileBytes`` has handed its pages back: the fast decoder frees
/// the bytes behind its records every 16 MB. Each of two threads reading parts of one file
/// keeps its own, starting at its part, so neither frees a page the other still reads.
///
/// ```swift
/// var release = PageRelease(file, base: 0, from: 0)
/// release.advance(to: recordOffset)  // frees whole pages before it, 16 MB at a time
/// ```
struct PageRelease: Sendable {
    /// Nil for bytes the caller owns, which are never freed.
    let file: FileBytes?
    /// The offset in the file of the reader's offset 0 (a reader may see a suffix of the file).
    let base: Int
    /// File offset: the pages before it, from the reader's part, are free (or never were its).
    private(set) var releasedUpTo: Int
    /// Nothing is freed until this is raised (the other thread is reading the bytes behind us).
    var gate: RaisedFlag?

    /// How many bytes pass between two calls to the system.
    let step: Int

    /// Frees nothing until asked, and never a page before file offset `start`.
    init(_ file: FileBytes?, base: Int = 0, from start: Int = 0, step: Int = defaultStep) {
        self.file = file
        self.base = base
        self.step = step
        releasedUpTo = start
    }

    /// The loader's ``step``: 16 MB.
    static let defaultStep = 1 << 24

    /// Frees the whole pages between the last freed one and the reader's `offset`, once they
    /// add up to ``step`` bytes and the ``gate`` (if any) is raised.
    /// - Complexity: O(1), a system call every ``step`` bytes.
    @inline(__always)
    mutating func advance(to offset: Int) {
        guard let file, base + offset - releasedUpTo >= step else { return }
        if let gate {
            guard gate.isRaised else { return }
            self.gate = nil
        }
        let freed = file.release(pagesIn: releasedUpTo..<(base + offset))
        releasedUpTo = max(releasedUpTo, freed.upperBound)
    }
}
