/// A list of records held in chunks of a fixed size, for the loader's millions of records.
///
/// Appending never moves what is there: an `Array` that doubles copies all its records
/// into a buffer twice their size, and for a moment holds both (on a 5-million-edge file,
/// half a gigabyte more at the load's peak). And a consumer can take the records out chunk
/// by chunk (``drain(_:)``), freeing each chunk once it is read, so that what it builds from
/// them does not sit beside all of them.
///
/// A chunk is large enough (32 MB or more) that `malloc` always maps it on its own, so a
/// drained chunk goes back to the system at once instead of waiting, free, in the heap.
///
/// Two lists can be joined without copying a record (``append(chunksOf:)``): the chunks
/// of the second follow those of the first, and a lookup by position then searches the
/// (few) chunks' starts.
///
/// ```swift
/// var edges = RecordList<EdgeRecord>()
/// edges.append(record)
/// try edges.drain { chunk in for record in chunk { use(record) } }  // edges is empty after
/// ```
struct RecordList<Element> {
    /// The base-2 logarithm of the default chunk size: chunks of at least 32 MB (2^25 bytes),
    /// above glibc's largest threshold for mapping a block on its own.
    static var defaultChunkShift: Int {
        let strideShift = Int.bitWidth - 1 - Swift.max(MemoryLayout<Element>.stride, 1).leadingZeroBitCount
        return Swift.max(25 - strideShift, 4)
    }

    /// The number of records a chunk holds (all chunks are full but the last).
    var chunkSize: Int { 1 << chunkShift }
    private let chunkShift: Int
    private var chunks: [[Element]] = []
    /// Nil while every chunk but the last holds ``chunkSize`` records (a position's chunk is
    /// then found by a shift); once lists are joined, where each chunk starts.
    private var chunkStarts: [Int]?
    private(set) var count = 0

    /// An empty list; `chunkShift` sets the chunk size to 2^chunkShift records.
    init(chunkShift: Int = defaultChunkShift) {
        self.chunkShift = chunkShift
    }

    /// A list of `elements`, in order.
    /// - Complexity: O(n).
    init<Elements: Sequence<Element>>(_ elements: Elements, chunkShift: Int = defaultChunkShift) {
        self.init(chunkShift: chunkShift)
        append(contentsOf: elements)
    }

    /// - Complexity: O(1) amortised; never copies the records of earlier chunks. The first
    ///   chunk grows as an array does (a small file reserves nothing big); later chunks are
    ///   reserved whole.
    mutating func append(_ element: Element) {
        if chunkStarts == nil ? count & (chunkSize - 1) == 0 : chunks[chunks.count - 1].count >= chunkSize {
            var chunk = [Element]()
            if count > 0 { chunk.reserveCapacity(chunkSize) }
            chunkStarts?.append(count)
            chunks.append(chunk)
        }
        chunks[chunks.count - 1].append(element)
        count += 1
    }

    /// Appends the records of `other`, taking its chunks over: no record is copied.
    /// Afterwards a lookup by position costs O(log number of chunks).
    /// - Complexity: O(number of chunks).
    mutating func append(chunksOf other: consuming RecordList) {
        guard other.count > 0 else { return }
        var starts = chunkStarts ?? chunks.indices.map { $0 << chunkShift }
        for chunk in other.chunks where !chunk.isEmpty {
            starts.append(count)
            chunks.append(chunk)
            count += chunk.count
        }
        chunkStarts = starts
    }

    /// Calls `body` on each record in turn, in place (no record is copied).
    /// - Complexity: O(n), besides `body`.
    mutating func updateEach(_ body: (inout Element) -> Void) {
        for chunk in chunks.indices {
            for index in chunks[chunk].indices { body(&chunks[chunk][index]) }
        }
    }

    /// - Complexity: O(n) in the number of new elements.
    mutating func append<Elements: Sequence<Element>>(contentsOf elements: Elements) {
        for element in elements { append(element) }
    }

    /// Hands the chunks to `body` in order, each freed once `body` returns (unless `body`
    /// kept it); the list is empty afterwards, also when `body` throws.
    /// - Complexity: O(number of chunks), besides `body`.
    mutating func drain<Failure: Error>(_ body: ([Element]) throws(Failure) -> Void) throws(Failure) {
        var taken = chunks
        chunks = []
        chunkStarts = nil
        count = 0
        for index in taken.indices {
            let chunk = taken[index]
            taken[index] = []  // `chunk` holds the only reference: it goes when `body` is done with it
            try body(chunk)
        }
    }
}

extension RecordList: RandomAccessCollection, MutableCollection {
    var startIndex: Int { 0 }
    var endIndex: Int { count }

    subscript(position: Int) -> Element {
        get {
            let (chunk, offset) = locate(position)
            return chunks[chunk][offset]
        }
        set {
            let (chunk, offset) = locate(position)
            chunks[chunk][offset] = newValue
        }
    }

    /// The chunk holding `position`, and the position in it.
    /// - Complexity: O(1) until lists are joined; then O(log number of chunks).
    @inline(__always)
    private func locate(_ position: Int) -> (chunk: Int, offset: Int) {
        guard let chunkStarts else { return (position >> chunkShift, position & (chunkSize - 1)) }
        var low = 0, high = chunkStarts.count - 1
        while low < high {  // the last chunk starting at or before `position`
            let middle = (low + high + 1) / 2
            if chunkStarts[middle] <= position { low = middle } else { high = middle - 1 }
        }
        return (low, position - chunkStarts[low])
    }
}

extension RecordList: ExpressibleByArrayLiteral {
    init(arrayLiteral elements: Element...) {
        self.init(elements)
    }
}

extension RecordList: Equatable where Element: Equatable {
    /// Equal when the records are, however they are chunked.
    static func == (lhs: RecordList, rhs: RecordList) -> Bool {
        lhs.count == rhs.count && lhs.elementsEqual(rhs)
    }
}

extension RecordList: Sendable where Element: Sendable {}
