/// The texts of the documents' local copies, read on another thread while the merger works
/// on this one: the quote check needs them only once the merger is done.
///
/// Each (graph file, path) pair is read once, in the order first given; the merger then asks
/// for each document's text as it would have asked the reader itself
/// (``text(file:path:)``), and gets what the reader returned.
///
/// ```swift
/// let texts = DocumentTextPrefetch(documents: [("graph/case.json", "sources/a.txt")], cancellation: .never) { file, path in
///     try? String(contentsOfFile: path, encoding: .utf8)
/// }
/// merge()
/// let text = texts.text(file: "graph/case.json", path: "sources/a.txt")
/// ```
final class DocumentTextPrefetch {
    /// A document's local copy: the graph file that declares it, and its path as written there.
    struct Key: Hashable, Sendable {
        var file: String
        var path: String
    }

    /// The reading's texts, posted as soon as they are read (before `afterwards` runs).
    private let read = Mailbox<[Key: DocumentText]>()
    private var texts: [Key: DocumentText]?
    /// The copies this prefetch reads.
    private let keys: Set<Key>
    /// A prefetch started before this one (while a file was still being decoded): the copies
    /// it reads are asked of it, and not read again here.
    private let earlier: DocumentTextPrefetch?

    /// Starts reading the local copies named in `documents` (graph file, path) with
    /// `readDocument`: on another thread, unless `inBackground` is false (a small graph, whose
    /// merge is over before a thread would start), then here and now. `cancellation` is
    /// polled before each document: once it fires, the rest are not read. Copies that
    /// `earlier` reads are left to it. `afterwards` runs on the same thread once the texts are
    /// read: work that can wait for them (one thread does both, so that the two do not take
    /// a processor from the caller's thread).
    init(
        documents: [(file: String, path: String)], cancellation: Cancellation, inBackground: Bool = true,
        earlier: DocumentTextPrefetch? = nil, afterwards: (@Sendable () -> Void)? = nil,
        readDocument: @escaping @Sendable (String, String) -> DocumentText?
    ) {
        var seen = Set<Key>()
        let keys = documents.map { Key(file: $0.file, path: $0.path) }
            .filter { earlier?.reads($0) != true && seen.insert($0).inserted }
        self.keys = seen
        self.earlier = earlier
        let posted = read
        let work = { @Sendable in
            var texts = [Key: DocumentText]()
            for key in keys {
                if cancellation.isCancelled { break }
                texts[key] = readDocument(key.file, key.path)
            }
            posted.post(texts)
            afterwards?()
        }
        if inBackground {
            _ = BackgroundTask(work)  // waited for through `read`
        } else {
            work()
        }
    }

    /// The text `readDocument` returned for the local copy `path` declared in `file`; nil when
    /// it returned nil, when that copy was not named at the start, or when the reading was
    /// cancelled before it. The first call waits for the reading to end.
    func text(file: String, path: String) -> DocumentText? {
        let key = Key(file: file, path: path)
        if let earlier, earlier.reads(key) { return earlier.text(file: file, path: path) }
        if texts == nil { texts = read.wait() ?? [:] }
        return texts?[key]
    }

    /// Whether this prefetch, or one started before it, reads `key`.
    private func reads(_ key: Key) -> Bool {
        keys.contains(key) || earlier?.reads(key) == true
    }
}
