import Foundation
import Synchronization

/// Decodes the files of a graph of several files side by side, one file a thread, when no file
/// holds half of their bytes: each of many files of a few megabytes is read on one thread (a
/// file splits its edges between two threads from 4 MB on, see ``EdgeSplit``), so one file at a
/// time left the second processor idle. A file of half of the bytes or more is read on its
/// own, split, as before.
///
/// ```swift
/// if let fragments = try SideBySideDecoding.decode(inputs, cancellation: .never) { ... }
/// ```
enum SideBySideDecoding {
    /// The fast decoder's fragment of each input, in input order (nil where it had a doubt:
    /// the slow path reads that file again), or nil when the inputs are better read one at a
    /// time: one input, one processor, or an input with half of the bytes.
    /// - Complexity: O(total size of the inputs), over `workers` threads.
    static func decode(
        _ inputs: [GraphLoader.Input], cancellation: Cancellation,
        workers: Int = ProcessInfo.processInfo.activeProcessorCount
    ) throws(LoadCancelled) -> [GraphFragment?]? {
        let sizes = inputs.map(\.byteCount)
        guard inputs.count > 1, workers > 1, let largest = sizes.max(), largest * 2 < sizes.reduce(0, +) else { return nil }
        let shared = Shared(count: inputs.count)
        // The largest files first, so that no thread is left with a large one at the end.
        let order = inputs.indices.sorted { sizes[$0] != sizes[$1] ? sizes[$0] > sizes[$1] : $0 < $1 }
        let work: @Sendable () -> Void = {
            while let index = shared.next(in: order) {
                // Polled before each file too: the decoder polls every few thousand records.
                guard !cancellation.isCancelled else { return shared.cancel() }
                do {
                    shared.store(try decode(inputs[index], cancellation: cancellation), at: index)
                } catch {
                    shared.cancel()
                }
            }
        }
        let helpers = (1..<min(workers, inputs.count)).map { _ in BackgroundTask(work) }
        work()
        for helper in helpers { _ = helper.wait() }
        return try shared.fragments()
    }

    /// The fast decoder's fragment of one input, its edges on one thread.
    private static func decode(_ input: GraphLoader.Input, cancellation: Cancellation) throws(LoadCancelled) -> GraphFragment? {
        switch input {
        case .bytes(let source): try FastGraphDecoder.decode(source.bytes, file: source.file, cancellation: cancellation, splitting: .never)
        case .file(let file, let bytes): try FastGraphDecoder.decode(bytes, file: file, cancellation: cancellation, splitting: .never)
        case .done: nil
        }
    }

    /// The threads' common state: the next input to take, the fragments, and whether the
    /// load was cancelled.
    private final class Shared: Sendable {
        private struct State {
            var taken = 0
            var fragments: [GraphFragment?]
            var cancelled = false
        }
        private let state: Mutex<State>

        init(count: Int) {
            state = Mutex(State(fragments: Array(repeating: nil, count: count)))
        }

        /// The next input of `order` to decode; nil when all are taken or the load was cancelled.
        func next(in order: [Int]) -> Int? {
            state.withLock { state in
                guard !state.cancelled, state.taken < order.count else { return nil }
                state.taken += 1
                return order[state.taken - 1]
            }
        }

        func store(_ fragment: consuming GraphFragment?, at index: Int) {
            state.withLock { [fragment] state in state.fragments[index] = fragment }
        }

        func cancel() {
            state.withLock { $0.cancelled = true }
        }

        func fragments() throws(LoadCancelled) -> [GraphFragment?] {
            let (cancelled, fragments) = state.withLock { state in (state.cancelled, state.fragments) }
            if cancelled { throw LoadCancelled() }
            return fragments
        }
    }
}
