/// Where a session hands a statement's output while it is still being written: the table,
/// JSON, CSV or DOT text of a result of millions of rows goes out in chunks of about a megabyte
/// (``chunkSize``) instead of being held whole and copied on its way out, so a listing piped
/// to `jq` starts at once and takes memory for one chunk, not for all of it.
///
/// Chunks end between rows (never inside a UTF-8 sequence), and come in the order of the
/// text; what is left when the statement ends is its outcome's `output`, as without a sink.
///
/// ```swift
/// session.sink = OutputSink { chunk in FileHandle.standardOutput.write(Data(chunk)) }
/// for outcome in session.run("edges limit 0") { print(outcome.output ?? "") }  // the rest
/// ```
public struct OutputSink: Sendable {
    /// The size a writer's buffer reaches before it is handed on.
    public static let chunkSize = 1 << 20

    private let write: @Sendable (UnsafeBufferPointer<UInt8>) -> Void

    /// - Parameter write: called with each chunk, in order, on the statement's thread.
    public init(_ write: @escaping @Sendable (UnsafeBufferPointer<UInt8>) -> Void) {
        self.write = write
    }

    /// Hands `bytes` on and empties it, once it holds a chunk; call it between rows.
    /// - Complexity: O(1), or O(chunk) to hand one on.
    func takeIfFull(_ bytes: inout [UInt8]) {
        guard bytes.count >= Self.chunkSize else { return }
        bytes.withUnsafeBufferPointer(write)
        bytes.removeAll(keepingCapacity: true)
    }
}

/// A writer that builds its text as UTF-8 in `bytes` and may hand them to a sink between
/// rows (``JSONWriter``, ``DOTOutput``, a table's `ChunkOutput`).
protocol ChunkedOutput {
    /// The bytes written since the last chunk handed on.
    var bytes: [UInt8] { get set }
    var sink: OutputSink? { get }
}

extension ChunkedOutput {
    /// Hands the bytes written so far to the sink, once they make a chunk: call it between
    /// rows only (a chunk then never ends inside a UTF-8 sequence).
    mutating func handOnIfFull() {
        sink?.takeIfFull(&bytes)
    }

    /// The text written so far (since the last chunk handed on).
    var text: String { String(decoding: bytes, as: UTF8.self) }
}
