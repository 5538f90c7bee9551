import CFileMap
import Foundation

/// A regular file's bytes, in pages that can be handed back to the system as soon as the
/// reader is past them: the fast decoder frees a 1.4 GB file as it goes, instead of holding
/// all of it beside the records it makes.
///
/// A file of ``mappedSize`` bytes or more is mapped (the kernel maps the page cache's pages
/// instead of clearing fresh ones and copying into them, a tenth of the cost), guarded by
/// ``CFileMap`` against the file shrinking meanwhile: the pages it takes read as zeros, and
/// ``changedSinceMapped`` tells the reader to read the file again. Smaller files, and any
/// file the system will not map, are read into fresh pages.
///
/// Released bytes are gone: a reader that needs the file again (the slow path, after the
/// fast one gave up) reads it again from disk.
///
/// ```swift
/// if let file = FileBytes(path: "case.json") {
///     decode(file.bytes)           // ... calling file.release(pagesIn: 0..<offset) as it goes
/// }
/// ```
///
/// Two threads may read one file's bytes and each hand back the pages of its own part
/// (``PageRelease`` keeps the count): nothing in the object changes after `init`.
final class FileBytes: @unchecked Sendable {
    // Safe to share: every stored property is a `let`, and `release(pagesIn:)` is one
    // `madvise` call, which the system orders against any other.

    /// The file's bytes; those in released pages are gone.
    let bytes: UnsafeBufferPointer<UInt8>
    private let mapping: UnsafeMutableRawPointer
    private let mappedCount: Int
    /// When the file is mapped: the guarded mapping's slot, the file's descriptor (open while
    /// mapped), and its size and modification time when it was mapped. Nil when it was read.
    private let mapped: (slot: Int32, descriptor: Int32, size: Int, modified: timespec)?

    /// Maps or reads the regular file at `path`; nil when it is not one, cannot be read, is
    /// empty or changes size while being read (the caller then reads it the ordinary way).
    /// `mapsLargeFiles` false reads every file (for tests of the reading). `populates` false
    /// maps a large file's pages as they are first read, not all at once: a document copy,
    /// read once and let go, never holds all its pages at the same time as the others.
    init?(path: String, mapsLargeFiles: Bool = true, populates: Bool = true) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_size > 0 else {
            close(descriptor)
            return nil
        }
        let size = Int(status.st_size)
        var slot: Int32 = -1
        if mapsLargeFiles, size >= Self.mappedSize, let mapping = cg_guarded_map(descriptor, size, populates ? 1 : 0, &slot) {
            self.mapping = mapping
            mappedCount = size
            mapped = (slot, descriptor, size, status.st_mtim)
            bytes = UnsafeBufferPointer(start: mapping.assumingMemoryBound(to: UInt8.self), count: size)
            return
        }
        defer { close(descriptor) }
        mapped = nil
        mappedCount = size + 1  // one byte more, to see that the file did not grow
        let mapping: UnsafeMutableRawPointer = mmap(nil, mappedCount, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
        guard mapping != MAP_FAILED else { return nil }
        let target = mapping.assumingMemoryBound(to: UInt8.self)
        guard Self.read(descriptor, size: size, into: target) else {
            munmap(mapping, mappedCount)
            return nil
        }
        self.mapping = mapping
        bytes = UnsafeBufferPointer(start: target, count: size)
    }

    deinit {
        if let mapped {
            cg_guarded_unmap(mapping, mappedCount, mapped.slot)
            close(mapped.descriptor)
        } else {
            munmap(mapping, mappedCount)
        }
    }

    /// Files from this size on are mapped, smaller ones read (a mapping takes one of a few
    /// dozen slots; a small file reads quickly).
    static let mappedSize = 1 << 20

    /// Whether the bytes may not be the file's any more: it was mapped, and it shrank (some
    /// pages read as zeros), grew, or was written since. (A file replaced by another, as
    /// editors save, is not changed: the mapping holds the one that was opened.) Always false
    /// for a file that was read. A write in place that keeps the size is seen through the
    /// modification time, so not within one tick of a file system's clock.
    /// - Complexity: O(1), one system call.
    var changedSinceMapped: Bool {
        guard let mapped else { return false }
        if cg_guarded_map_was_cut(mapped.slot) != 0 { return true }
        var status = stat()
        guard fstat(mapped.descriptor, &status) == 0 else { return true }
        return Int(status.st_size) != mapped.size || status.st_mtim.tv_sec != mapped.modified.tv_sec
            || status.st_mtim.tv_nsec != mapped.modified.tv_nsec
    }

    /// Hands back the whole pages inside `range` (a page that holds a byte outside it stays),
    /// and returns the pages' span (empty when there is no whole page).
    ///
    /// The caller must be done with those bytes, and no other thread may still read them.
    /// - Complexity: O(1) system calls.
    @discardableResult
    func release(pagesIn range: Range<Int>) -> Range<Int> {
        let page = Self.pageSize
        let start = (max(range.lowerBound, 0) + page - 1) / page * page
        let end = min(range.upperBound, bytes.count) / page * page
        guard end > start else { return start..<start }
        _ = madvise(mapping + start, end - start, Int32(MADV_DONTNEED))
        return start..<end
    }

    static let pageSize = max(Int(sysconf(Int32(_SC_PAGESIZE))), 4096)

    /// Maps in, in one call, every page of a file mapped without ``init(path:mapsLargeFiles:populates:)``'s
    /// `populates`: the reader about to read all of it takes no fault a page (a hint: a system
    /// without `MADV_POPULATE_READ` faults them in as they are read).
    /// - Complexity: O(size) in the system call.
    func populate() {
        guard mapped != nil else { return }
        _ = madvise(mapping, mappedCount, 22)  // MADV_POPULATE_READ (Linux 5.14), not in Glibc's module
    }

    /// Files from this size on are read in two halves at once: most of a read's time is the
    /// faults of the fresh pages it fills, and each core takes half of them.
    static let parallelReadSize = 16 << 20

    /// Reads the file's `size` bytes into `target`, which has room for one more; false when
    /// a read fails or the file is not `size` bytes long any more (it shrank or grew).
    /// - Complexity: O(size), on two threads from ``parallelReadSize`` on.
    private static func read(_ descriptor: Int32, size: Int, into target: UnsafeMutablePointer<UInt8>) -> Bool {
        let half = size >= parallelReadSize ? size / 2 / pageSize * pageSize : 0
        // The second half reads one byte beyond the end, to see that the file did not grow.
        let address = UInt(bitPattern: target)
        let second = half == 0 ? nil : BackgroundTask { () -> Bool in
            guard let pointer = UnsafeMutablePointer<UInt8>(bitPattern: address) else { return false }
            var failed = false, atEnd = false
            let filled = GraphLoader.readFully(descriptor, into: pointer + half, capacity: size - half + 1, at: half,
                                               failed: &failed, atEnd: &atEnd)
            return !failed && filled == size - half
        }
        var failed = false, atEnd = false
        let filled = GraphLoader.readFully(descriptor, into: target, capacity: half == 0 ? size + 1 : half, at: 0,
                                           failed: &failed, atEnd: &atEnd)
        let secondRead = second.map { $0.wait() ?? false } ?? true
        return !failed && filled == (half == 0 ? size : half) && secondRead
    }
}
