import Foundation

/// The quote check's documents, shared by the threads that check them: each thread takes
/// the next unchecked document, looks for its quotes in it, and keeps the checks whose
/// quote is missing. Lets the merger's thread and the graph's builder, once the graph is
/// built, share the check on two cores.
///
/// ```swift
/// let queue = QuoteCheckQueue(texts: texts, checks: pending.takeAllChecks(), edgeQuotes: edges.quotes,
///                             nodeQuotes: nodes.quotes, cancellation: .never)
/// let helper = BackgroundTask { queue.checkDocuments() }
/// queue.checkDocuments()
/// _ = helper.wait()
/// let missing = queue.missingChecks()  // sorted
/// ```
///
/// Only one ``QuoteIndex`` per thread is alive at once, and a document's checks are freed
/// once it is checked. The cancellation is polled once every ``Cancellation/interval``
/// checks by check number, so that a load polls the same number of times however the
/// documents fall to the threads.
final class QuoteCheckQueue: @unchecked Sendable {
    // Safe: every stored `var` is read and written only under `lock`; a document's text and
    // checks, once taken, belong to the thread that took them.
    private let lock = NSLock()
    private var texts: [DocumentText?]
    private var checks: [[Check]]
    private let edgeQuotes: PackedStrings
    private let nodeQuotes: PackedStrings
    private var next = 0
    private var missing: [Int32] = []
    private var cancelled = false
    private let cancellation: Cancellation

    /// A check: its number, and its quote: `edgeQuotes[quote]`, or for a negative `quote`
    /// `nodeQuotes[~quote]`.
    struct Check: Sendable {
        var check: Int32
        var quote: Int32
    }

    /// `texts[d]` is document d's text (nil when it could not be read), `checks[d]` its
    /// checks in check order, each with its quote in `edgeQuotes` or `nodeQuotes`.
    init(texts: [DocumentText?], checks: [[Check]], edgeQuotes: PackedStrings, nodeQuotes: PackedStrings, cancellation: Cancellation) {
        self.texts = texts
        self.checks = checks
        self.edgeQuotes = edgeQuotes
        self.nodeQuotes = nodeQuotes
        self.cancellation = cancellation
    }

    /// Checks documents until none is left or the cancellation fires; any number of
    /// threads may call it at once. False once the check was cancelled (by any thread).
    /// - Complexity: O(length of each text taken + length of its quotes) for quotes that
    ///   are whole lines; see ``QuoteIndex/contains(_:)``.
    @discardableResult
    func checkDocuments() -> Bool {
        var table = QuoteLineTable()  // its buffers serve every document this thread takes
        let (edgeQuotes, nodeQuotes) = (self.edgeQuotes, self.nodeQuotes)  // read in the loop without a retain each
        while let (text, documentChecks) = take() {
            var absent = [Int32]()
            var index = QuoteIndex(text, reusing: consume table)
            // A document's quotes lie far apart in `edgeQuotes`, and a large document's lines far
            // apart in its table: each read is a cache miss. Each check's reads are asked for a
            // few checks ahead, stage by stage (where its quote's bytes are, the bytes, its slot
            // in the table, the line there), so that the misses overlap instead of coming in turn.
            var hashes = [(hash: UInt64, isASCII: Bool)](repeating: (0, false), count: Self.Ahead.ring)
            let count = documentChecks.count
            for step in -Self.Ahead.bounds..<count {
                func edgeQuote(_ distance: Int) -> Int? {
                    let position = step + distance
                    guard position >= 0 && position < count else { return nil }
                    let quote = Int(documentChecks[position].quote)
                    return quote >= 0 ? quote : nil
                }
                if let quote = edgeQuote(Self.Ahead.bounds) { edgeQuotes.prefetchBounds(quote) }
                if let quote = edgeQuote(Self.Ahead.text) { edgeQuotes.prefetchText(quote) }
                if let quote = edgeQuote(Self.Ahead.hash) {
                    let hashed = edgeQuotes.withBytes(quote) { ByteHash.hashNotingASCII($0) }
                    hashes[(step + Self.Ahead.hash) % Self.Ahead.ring] = hashed
                    index.lines.prefetchSlot(hash: hashed.hash)
                }
                if edgeQuote(Self.Ahead.line) != nil {
                    index.lines.prefetchLine(hash: hashes[(step + Self.Ahead.line) % Self.Ahead.ring].hash)
                }
                guard step >= 0 else { continue }
                let check = documentChecks[step].check
                if (Int(check) + 1) % Cancellation.interval == 0 && cancellation.isCancelled {
                    markCancelled()
                    return false
                }
                let quote = Int(documentChecks[step].quote)
                let found = quote >= 0
                    ? edgeQuotes.withBytes(quote) { index.contains(utf8: $0, hashed: hashes[step % Self.Ahead.ring]) }
                    : nodeQuotes.withBytes(~quote) { index.contains(utf8: $0) }
                if !found { absent.append(check) }
            }
            table = index.lines
            record(absent)
        }
        return !wasCancelled
    }

    /// Whether a thread stopped the check on the cancellation.
    var wasCancelled: Bool {
        lock.lock()
        defer { lock.unlock() }
        return cancelled
    }

    /// The checks whose quote was not found, in check order. Call it once every thread's
    /// ``checkDocuments()`` has returned.
    func missingChecks() -> [Int] {
        lock.lock()
        defer { lock.unlock() }
        return missing.map(Int.init).sorted()
    }

    /// The next document with a text and checks, handed over (no longer kept here).
    private func take() -> (DocumentText, [Check])? {
        lock.lock()
        defer { lock.unlock() }
        while !cancelled && next < checks.count {
            let document = next
            next += 1
            guard let text = texts[document], !checks[document].isEmpty else { continue }
            texts[document] = nil
            defer { checks[document] = [] }
            return (text, checks[document])
        }
        return nil
    }

    private func record(_ absent: [Int32]) {
        lock.lock()
        defer { lock.unlock() }
        missing.append(contentsOf: absent)
    }

    /// How many checks ahead each of a check's reads is asked for (see ``checkDocuments()``).
    enum Ahead {
        /// Where its quote's bytes are.
        static let bounds = 16
        /// Its quote's first bytes.
        static let text = 10
        /// Its quote's hash is computed (the bytes are read) and its slot in the table asked for.
        static let hash = 5
        /// The line in that slot.
        static let line = 2
        /// Hashes kept: those computed ahead and not yet used.
        static let ring = 8
    }

    private func markCancelled() {
        lock.lock()
        defer { lock.unlock() }
        cancelled = true
    }
}
