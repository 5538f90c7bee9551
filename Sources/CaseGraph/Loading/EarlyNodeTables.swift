/// The ``NodeTables`` of a large file's nodes, made before the merger asks for them: on the
/// thread that read the documents' texts while the decoder joined the edges' parts, once the
/// texts are read. The merger's own tables would start only once the edges are joined and
/// checked; these start while the decoder's thread still joins them, on a processor that
/// would otherwise wait.
///
/// They serve only when the file is the graph's only one and its nodes went into the graph
/// as read (``GraphLoader`` decides); otherwise they are discarded, and their making stops
/// at its next poll.
///
/// ```swift
/// let tables = EarlyNodeTables(nodes: nodes, cancellation: .never)
/// BackgroundTask { tables.make() }
/// let made = tables.wait()
/// ```
final class EarlyNodeTables: Sendable {
    private let nodes: NodeList
    private let cancellation: Cancellation
    private let discarded = RaisedFlag()
    private let made = Mailbox<NodeTables>()

    /// `nodes`: final, no two with one id (``NodeTables``' precondition).
    init(nodes: NodeList, cancellation: Cancellation) {
        self.nodes = nodes
        self.cancellation = cancellation
    }

    /// Makes the tables, unless they were discarded; call it once, on any thread.
    /// - Complexity: as ``NodeTables/init(nodes:cancellation:)``.
    @Sendable
    func make() {
        guard !discarded.isRaised else { return made.post(nil) }
        let (discarded, cancellation) = (discarded, cancellation)
        made.post(NodeTables(nodes: nodes, cancellation: Cancellation { discarded.isRaised || cancellation.isCancelled }))
    }

    /// The tables, once made (it waits for ``make()``); incomplete when the load's
    /// cancellation fired meanwhile, nil when they were discarded first.
    func wait() -> NodeTables? {
        made.wait()
    }

    /// Says the tables will not be used: their making stops soon, or does not start.
    func discard() {
        discarded.raise()
    }
}
