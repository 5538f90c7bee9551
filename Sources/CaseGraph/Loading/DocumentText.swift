import CLineScan

/// A document's local copy, as the quote check reads it: UTF-8 bytes, held either in a
/// `String` (given by a caller of ``GraphLoader/load(sources:cancellation:readDocument:)``)
/// or in a file's mapped pages (``GraphLoader`` reading a copy from disk).
///
/// A mapped copy is checked to be well-formed UTF-8 when it is read: its bytes are then the
/// bytes of the `String` it stands for. That costs one pass over bytes already in memory,
/// where making a `String` copies them into fresh pages first; a large graph's copies are
/// hundreds of megabytes. A copy that is not well-formed is read as a `String`, whose
/// repairs the quote check then sees, as it always did.
///
/// ```swift
/// let text = DocumentText(file: mapped) ?? DocumentText("fallback")
/// text.withUTF8 { $0.count }
/// ```
struct DocumentText: @unchecked Sendable, Equatable, ExpressibleByStringLiteral {
    // Safe to share: `mapped` points into `file`'s pages, which live as long as `file` (held
    // here) and are never written.
    private let text: String
    private let file: FileBytes?
    /// `file`'s bytes: read without touching `file` (no reference count on each read).
    private let mapped: UnsafeBufferPointer<UInt8>?

    init(_ text: String) {
        var text = text
        text.makeContiguousUTF8()
        self.text = text
        (file, mapped) = (nil, nil)
    }

    init(stringLiteral value: String) {
        self.init(value)
    }

    /// The bytes of `file`, when they are well-formed UTF-8; nil otherwise.
    /// - Complexity: O(size of the file).
    init?(file: FileBytes) {
        guard let base = file.bytes.baseAddress, cg_utf8_is_valid(base, file.bytes.count) != 0 else { return nil }
        (text, self.file, mapped) = ("", file, file.bytes)
    }

    /// Calls `body` with the text's UTF-8, in place.
    @inline(__always)
    func withUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        if let mapped { return try body(mapped) }
        // Contiguous (see `init`): read in place.
        if let result = try text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return try Array(text.utf8).withUnsafeBufferPointer(body)
    }

    /// The text as a `String` (made from the bytes of a mapped copy).
    /// - Complexity: O(1) for a `String` given; O(length) for a mapped copy.
    var string: String {
        mapped.map { String(decoding: $0, as: UTF8.self) } ?? text
    }

    /// The number of bytes.
    var count: Int { withUTF8(\.count) }

    static func == (lhs: DocumentText, rhs: DocumentText) -> Bool {
        lhs.withUTF8 { left in rhs.withUTF8 { left.elementsEqual($0) } }
    }
}
