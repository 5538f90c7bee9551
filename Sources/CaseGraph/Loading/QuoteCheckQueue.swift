import Foundation

/// The quote check's documents, shared by the threads that check them: each thread takes
/// the next unchecked document, looks for its quotes in it, and keeps the checks whose
/// quote is missing. Lets the merger's thread and the graph's builder, once the graph is
/// built, share the check on two cores.
///
/// ```swift
/// let queue = QuoteCheckQueue(texts: texts, cancellation: .never)
/// queue.start(checks: pending.takeAllChecks())
/// let helper = BackgroundTask { queue.checkDocuments() }
/// queue.checkDocuments()
/// _ = helper.wait()
/// let missing = queue.missingChecks()  // sorted
/// ```
///
/// Before the checks are known, a thread with time to spare may index documents ahead
/// (``prepareIndexes(byteBudget:)``, from the last document back, until ``stopPreparing()``): those
/// indexes are kept until their document is checked. Otherwise only one ``QuoteIndex`` per
/// thread is alive at once, and a document's checks are freed once it is checked. The
/// cancellation is polled once every ``Cancellation/interval`` checks by check number, so
/// that a load polls the same number of times however the documents fall to the threads.
final class QuoteCheckQueue: @unchecked Sendable {
    // Safe: every stored `var` is read and written only under `lock`; a document's text,
    // checks and index, once taken, belong to the thread that took them.
    private let lock = NSLock()
    private var texts: [String?]
    private var checks: [[(check: Int32, quote: String)]] = []
    /// Per document: indexed ahead, being indexed ahead, or checked (taken).
    private enum State { case waiting, preparing, prepared(QuoteIndex), taken }
    private var states: [State]
    private var next = 0
    private var nextToPrepare: Int
    private var stopped = false
    private var missing: [Int32] = []
    private var cancelled = false
    private let cancellation: Cancellation

    /// `texts[d]` is document d's text (nil when it could not be read).
    init(texts: [String?], cancellation: Cancellation) {
        self.texts = texts
        states = Array(repeating: .waiting, count: texts.count)
        nextToPrepare = texts.count - 1
        self.cancellation = cancellation
    }

    /// Sets the checks: `checks[d]` are document d's, in check order, each with its quote.
    /// Call it once, after ``stopPreparing()`` and before ``checkDocuments()``.
    func start(checks: [[(check: Int32, quote: String)]]) {
        lock.lock()
        defer { lock.unlock() }
        self.checks = checks
        for document in states.indices where document >= checks.count || checks[document].isEmpty {
            states[document] = .taken  // nothing to check: an index made ahead is freed
            texts[document] = nil
        }
    }

    /// Indexes documents ahead, from the last back, until every one is, their texts reach
    /// `byteBudget` bytes, or ``stopPreparing()`` is called (the document being indexed is
    /// finished first). It does not poll the cancellation: the caller stops it.
    /// - Complexity: O(length of the texts indexed).
    func prepareIndexes(byteBudget: Int) {
        var bytes = 0
        while bytes < byteBudget, let (document, text) = takeToPrepare() {
            bytes += text.utf8.count
            let index = QuoteIndex(text)
            lock.lock()
            states[document] = .prepared(index)
            lock.unlock()
        }
    }

    /// Stops ``prepareIndexes(byteBudget:)`` after the document it is indexing.
    func stopPreparing() {
        lock.lock()
        defer { lock.unlock() }
        stopped = true
    }

    /// Checks documents until none is left or the cancellation fires; any number of
    /// threads may call it at once. False once the check was cancelled (by any thread).
    /// - Complexity: O(length of each text taken + length of its quotes) for quotes that
    ///   are whole lines; see ``QuoteIndex/contains(_:)``.
    @discardableResult
    func checkDocuments() -> Bool {
        var table = QuoteLineTable()  // its buffers serve every document this thread indexes
        while let (text, documentChecks, prepared) = take() {
            var absent = [Int32]()
            let index: QuoteIndex
            if let prepared {
                index = prepared
            } else {
                index = QuoteIndex(text, reusing: consume table)
                table = index.lines  // shared until `index` goes, at the end of this pass
            }
            for position in documentChecks.indices {
                let check = documentChecks[position].check
                if (Int(check) + 1) % Cancellation.interval == 0 && cancellation.isCancelled {
                    markCancelled()
                    return false
                }
                if !index.contains(documentChecks[position].quote) { absent.append(check) }
            }
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

    /// The next document with a text and checks, handed over with its index if made ahead
    /// (no longer kept here); one being indexed ahead is left for later.
    private func take() -> (String, [(check: Int32, quote: String)], QuoteIndex?)? {
        lock.lock()
        defer { lock.unlock() }
        guard !cancelled else { return nil }
        while next < states.count, case .taken = states[next] { next += 1 }
        for document in next..<states.count {
            let prepared: QuoteIndex?
            switch states[document] {
            case .taken, .preparing: continue
            case .prepared(let index): prepared = index
            case .waiting: prepared = nil
            }
            states[document] = .taken
            guard let text = texts[document] else { continue }
            texts[document] = nil
            defer { checks[document] = [] }
            return (text, checks[document], prepared)
        }
        return nil
    }

    /// The next document to index ahead, from the last back.
    private func takeToPrepare() -> (Int, String)? {
        lock.lock()
        defer { lock.unlock() }
        while !stopped && nextToPrepare >= 0 {
            let document = nextToPrepare
            nextToPrepare -= 1
            guard case .waiting = states[document], let text = texts[document] else { continue }
            states[document] = .preparing
            return (document, text)
        }
        return nil
    }

    private func record(_ absent: [Int32]) {
        lock.lock()
        defer { lock.unlock() }
        missing.append(contentsOf: absent)
    }

    private func markCancelled() {
        lock.lock()
        defer { lock.unlock() }
        cancelled = true
    }
}
