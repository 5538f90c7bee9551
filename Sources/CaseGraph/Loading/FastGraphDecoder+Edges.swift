/// The fast decoder's edges: each read straight into the fragment's columns
/// (``EdgeRecords``), its id, endpoints and quotes as bytes, no `String` made for them.
extension FastGraphDecoder {
    /// Reads the edge at `position` of the `edges` array into `fragment.edges`.
    ///
    /// Bails at anything off the happy path (a duplicate edge id is found once all are read,
    /// by ``checkUniqueIDs()``), leaving part of the record written: a caller that reads on after a failure drops it first
    /// (``EdgeRecords/dropPartialRecord()``).
    mutating func decodeEdge(position: Int) throws {
        var offset = 0
        guard try openObject(&offset) else { throw Bail() }
        var known: UInt32 = 0
        var others = [String]()
        var type: Int32?  // the code of the type's name
        var hasID = false
        repeat {
            switch try readKey(EdgeKey.self) {
            case .known(.id):
                try Self.see(1, &known)
                reader.skipWhitespace()
                if reader.current == UInt8(ascii: "n") {
                    try reader.readLiteral("null")
                } else {
                    try Self.readString(&reader, into: &fragment.edges.fields.ids)
                    fragment.edges.fields.hasID.append(true)
                    hasID = true
                }
            case .known(.source):
                try Self.see(2, &known)
                try Self.readEndpoint(&reader, into: &fragment.edges, isTarget: false)
            case .known(.target):
                try Self.see(4, &known)
                try Self.readEndpoint(&reader, into: &fragment.edges, isTarget: true)
            case .known(.type):
                try Self.see(8, &known)
                type = try Self.readNameCode(&reader, into: &fragment.edges.fields.types, accepting: GraphFileDecoder.isSnakeCase)
            case .known(.properties):
                try Self.see(16, &known)
                try Self.decodeProperties(&reader, file: file, into: &fragment.edges.fields.properties)
            case .known(.sources):
                try Self.see(32, &known)
                try decodeCitations(ofNode: false)
            case .other(let key):
                try skipValue(key: key, others: &others, depth: 3)
            }
        } while try nextMember()
        guard known & 6 == 6, let type, fragment.edges.pendingCitationCount > 0 else { throw Bail() }
        if hasID {
            // Hashed in place, then noted: a closure that noted it would need the ids copied
            // out of `fragment` (three retains and releases an edge).
            let last = fragment.edges.fields.ids.count - 1
            edgeIDs.note(hashed: fragment.edges.fields.ids.withBytes(last) { ByteHash.hashNotingASCII($0) })
        }
        let (line, column) = locate(offset)
        fragment.edges.endRecord(typeCode: type, offset: offset, line: line, column: column, index: position, file: file)
        if fragment.edges.pendingEndpointCount >= EdgeRecords.endpointBatch, hasNodeIDs() {
            fragment.edges.resolvePendingEndpoints(using: nodeIDs)
        }
        if fragment.edges.count == Self.edgeSample, let extent = edgeExtent {
            fragment.edges.reserveCapacity(readFrom: extent.first, to: reader.position, end: extent.end)
            edgeExtent = nil
        }
    }

    /// Whether the node ids to look endpoints up in are here: a second thread started at the
    /// nodes gets them once the first thread has read them all (``awaitedNodes``).
    @inline(__always)
    mutating func hasNodeIDs() -> Bool {
        guard let awaited = awaitedNodes else { return true }
        guard case .some(let nodes?) = awaited.posted else { return false }
        nodeIDs = nodes.ids
        awaitedNodes = nil
        return true
    }

    /// Reads an edge's source (or target): a required string, the id of one of the file's
    /// nodes or of a node the merger will look for; looked up with the next few
    /// (``EdgeRecords/resolvePendingEndpoints(using:)``).
    @inline(__always)
    static func readEndpoint(_ reader: inout JSONReader, into records: inout EdgeRecords, isTarget: Bool) throws {
        reader.skipWhitespace()
        guard reader.current == UInt8(ascii: "\"") else { throw Bail() }
        // Appends the endpoint whose id's UTF-8 is `id`; true when it is blank.
        func take(_ id: UnsafeBufferPointer<UInt8>) -> Bool {
            if isBlank(id) { return true }
            records.appendPendingEndpoint(id, isTarget: isTarget)
            return false
        }
        let blank = try reader.readString(plain: take, escaped: { text -> Bool in
            var text = text
            return text.withUTF8(take)
        })
        if blank { throw Bail() }
    }

    /// Reads a required string value that names one of a few (an edge type, a document) and
    /// returns its code in `names`: found by its bytes when they were read before, else
    /// numbered when `accept` takes it (else it bails). Makes no `String` for a name seen before.
    @inline(__always)
    static func readNameCode(
        _ reader: inout JSONReader, into names: inout NameCodes, accepting accept: (String) -> Bool
    ) throws -> Int32 {
        reader.skipWhitespace()
        guard reader.current == UInt8(ascii: "\"") else { throw Bail() }
        let code = try reader.readString(plain: { names.code(ofUTF8: $0, accepting: accept) },
                                         escaped: { accept($0) ? names.code(of: $0) : nil })
        guard let code else { throw Bail() }
        return code
    }

    /// Reads a string value's text into `strings` (its bytes as they are, or decoded when it
    /// has escapes), or bails.
    @inline(__always)
    static func readString(_ reader: inout JSONReader, into strings: inout PackedStrings) throws {
        reader.skipWhitespace()
        guard reader.current == UInt8(ascii: "\"") else { throw Bail() }
        try reader.readString(plain: { strings.append($0) }, escaped: { strings.append($0) })
    }

    /// ``readString(_:into:)`` of a required string: present, a string, not blank.
    @inline(__always)
    static func readRequiredString(_ reader: inout JSONReader, into strings: inout PackedStrings) throws {
        try readString(&reader, into: &strings)
        if strings.withBytes(strings.count - 1, isBlank) { throw Bail() }
    }

    /// Whether the UTF-8 `text` is empty or all whitespace, as `GraphFileDecoder` judges it.
    @inline(__always)
    static func isBlank(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        // A printable ASCII character other than the space is a `Character` of its own (or
        // follows a prepended mark), never whitespace: most texts are decided by their first byte.
        for byte in text {
            if byte > 0x20 && byte < 0x7F { return false }
            if byte >= 0x80 { break }
        }
        return String(decoding: text, as: UTF8.self).allSatisfy(\.isWhitespace)
    }
}
