/// A list of records held in chunks of a fixed size, for the loader's millions of records
/// (a file's nodes).
///
/// Appending never moves what is there: an `Array` that doubles copies all its records
/// into a buffer twice their size, and for a moment holds both (on a million-node file, a
/// large part of the records again at the load's peak). A chunk is large enough (32 MB or
/// more) that `malloc` always maps it on its own, so a freed chunk goes back to the system
/// at once instead of waiting, free, in the heap.
///
/// ```swift
/// var nodes = RecordList<NodeRecord>()
/// nodes.append(record)
/// for node in nodes { use(node) }
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
    /// Every chunk but the last holds ``chunkSize`` records: a position's chunk is found by a shift.
    private var chunks: [[Element]] = []
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
        if count & (chunkSize - 1) == 0 {
            var chunk = [Element]()
            if count > 0 { chunk.reserveCapacity(chunkSize) }
            chunks.append(chunk)
        }
        chunks[chunks.count - 1].append(element)
        count += 1
    }

    /// - Complexity: O(n) in the number of new elements.
    mutating func append<Elements: Sequence<Element>>(contentsOf elements: Elements) {
        for element in elements { append(element) }
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
    /// - Complexity: O(1).
    @inline(__always)
    private func locate(_ position: Int) -> (chunk: Int, offset: Int) {
        (position >> chunkShift, position & (chunkSize - 1))
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
