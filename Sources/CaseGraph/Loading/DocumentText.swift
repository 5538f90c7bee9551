import CLineScan

/// A document's local copy, as the quote check reads it: UTF-8 bytes, held either in a
/// `String` (given by a caller of ``GraphLoader/load(sources:cancellation:readDocument:)``)
/// or in a file's mapped pages (``GraphLoader`` reading a copy from disk).
///
/// A mapped copy's pages come in as they are first read, and go when the copy is let go: the
/// quote check holds one document at a time, where a `String` made of each would first copy
/// every one into fresh pages, hundreds of megabytes on a large graph, all at once. Its bytes
/// stand for the `String` they make once they are known to be well-formed UTF-8: ``checked()``
/// looks (the quote check calls it before it reads a copy), and a copy that is not is made a
/// `String`, repaired, as it always was.
///
/// ```swift
/// let text = DocumentText(file: mapped).checked()
/// text.withUTF8 { $0.count }
/// ```
struct DocumentText: @unchecked Sendable, Equatable, ExpressibleByStringLiteral {
    // Safe to share: `mapped` points into `file`'s pages, which live as long as `file` (held
    // here) and are never written.
    private let text: String
    private let file: FileBytes?
    /// `file`'s bytes: read without touching `file` (no reference count on each read).
    private let mapped: UnsafeBufferPointer<UInt8>?
    /// Whether the bytes are known to be well-formed UTF-8 (always, for a `String`).
    private let isChecked: Bool

    init(_ text: String) {
        var text = text
        text.makeContiguousUTF8()
        self.text = text
        (file, mapped, isChecked) = (nil, nil, true)
    }

    init(stringLiteral value: String) {
        self.init(value)
    }

    /// The bytes of `file`, not looked at yet.
    init(file: FileBytes) {
        (text, self.file, mapped, isChecked) = ("", file, file.bytes, false)
    }

    private init(checked other: DocumentText) {
        (text, file, mapped, isChecked) = (other.text, other.file, other.mapped, true)
    }

    /// This text, its bytes known to be well-formed UTF-8: itself when they are; else the
    /// `String` they make, repaired (as `String(decoding:as:)` repairs).
    /// - Complexity: O(1) when checked already; O(length) otherwise.
    func checked() -> DocumentText {
        guard !isChecked, let mapped else { return self }
        file?.populate()  // read whole now, and once
        if mapped.isEmpty || mapped.baseAddress.map({ cg_utf8_is_valid($0, mapped.count) != 0 }) == true {
            return DocumentText(checked: self)
        }
        return DocumentText(String(decoding: mapped, as: UTF8.self))
    }

    /// Calls `body` with the text's UTF-8, in place (as they are, for a copy not ``checked()``).
    @inline(__always)
    func withUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        if let mapped { return try body(mapped) }
        // Contiguous (see `init`): read in place.
        if let result = try text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return try Array(text.utf8).withUnsafeBufferPointer(body)
    }

    /// The text as a `String` (made from the bytes of a mapped copy, repaired where need be).
    /// - Complexity: O(1) for a `String` given; O(length) for a mapped copy.
    var string: String {
        mapped.map { String(decoding: $0, as: UTF8.self) } ?? text
    }

    /// The number of bytes.
    var count: Int { withUTF8(\.count) }

    /// Equal texts: equal as the `String`s they make.
    static func == (lhs: DocumentText, rhs: DocumentText) -> Bool {
        let (left, right) = (lhs.checked(), rhs.checked())
        return left.withUTF8 { leftBytes in right.withUTF8 { leftBytes.elementsEqual($0) } }
    }
}
