/// The loader's fast path: reads one graph file's bytes once, straight into a
/// ``GraphFragment``, without building a `JSONValue` tree for the document.
///
/// It is optimistic. It accepts only a file that is valid JSON and that
/// ``GraphFileDecoder`` would decode without a single diagnostic, error or warning;
/// at the first thing off that happy path (a syntax error, a missing, empty or wrongly
/// typed field, a duplicate key or id, a bad date, a non-snake_case edge type, an edge
/// without sources, `"directed": false`, …) ``decode(_:file:)`` returns nil and the
/// loader runs `JSONParser` and `GraphFileDecoder` on the file instead, which report the
/// problems exactly as before. On the files it accepts it returns exactly the fragment
/// the slow path returns (same records, order, values and places).
///
/// Strings and numbers are read by ``JSONReader`` (UTF-8 checks, escapes, the
/// eight-bytes-at-a-time scan); values under keys the loader does not use are read,
/// fully checked, by `JSONReader.readValue` and dropped.
///
/// A large `edges` array is read on two threads: a second one, started when the nodes begin,
/// reads it from a point where the two threads' work comes out even while this one reads the
/// nodes and the edges up to that point, and the two lists are joined (see
/// `FastGraphDecoder+Split.swift`). The result is the same as on one thread.
struct FastGraphDecoder {
    /// Thrown to leave the fast path; never seen outside this type.
    struct Bail: Error {}

    var reader: JSONReader
    let file: String
    var fragment: GraphFragment
    let cancellation: Cancellation
    var work = 0
    /// The ids of the nodes read so far, numbered: edges' endpoints are resolved against them.
    /// While the nodes are read, the last few wait to be numbered (``noteNodeID()``).
    var nodeIDs = LocalNodeIDs()
    /// The hashes of the node ids not numbered yet, node k's at `k % ring count`.
    var pendingNodeIDHashes = [(hash: UInt64, isASCII: Bool)](repeating: (0, false), count: FastGraphDecoder.nodeIDsAhead)
    /// The first node whose id is not numbered yet.
    var nodeIDsNumbered = 0
    /// Where a second thread started at the nodes gets them, once the first has read them all:
    /// until then, endpoints wait in the pending batch. Nil once they are here (or never awaited).
    var awaitedNodes: Mailbox<HandedNodes>?
    /// The ids of the edges read so far (by this thread; both halves once joined), to bail
    /// at a duplicate once all are read.
    var edgeIDs = DistinctIDs()
    /// The first nodes (this many) are known to have distinct ids.
    var nodesWithDistinctIDs = 0
    /// Each record's line and column, found as the record is read (records come in file order).
    var lines = LineCounter()
    /// The file's pages, handed back behind the records read.
    var release: PageRelease
    /// Whether and where to read the edges on two threads.
    let splitting: EdgeSplit
    /// The whole buffer: while a second thread reads the edges from a split point on,
    /// `reader` sees the bytes up to that point only.
    let wholeBuffer: UnsafeBufferPointer<UInt8>
    /// The edges from the split point on, being read on a second thread.
    var secondPart: SecondPart?
    /// What became of the split, for tests and measurements.
    var splitOutcome = SplitOutcome.notSplit
    /// Whether this thread read a third part, pulled in from the second (and joined it).
    var tookThirdPart = false
    /// Where this thread's edges start and the bytes they may run to: once the first few
    /// are read, the columns are sized for the rest (``EdgeRecords/reserveCapacity(readFrom:to:end:)``).
    var edgeExtent: (first: Int, end: Int)?
    /// Called once, with the documents read so far, when the second thread has finished its
    /// part of the edges and this one starts joining them (see ``decode(_:file:cancellation:splitting:releaseStep:documentsKnown:)``),
    /// and with the nodes when they are final by then.
    var documentsKnown: (([SourceDocument], NodeList?) -> Void)?
    /// Whether the `nodes` array was read whole (a second one would make the file bail).
    var nodesRead = false
    /// How many edges are read before the columns are sized from them.
    static let edgeSample = 1024

    init(bytes: UnsafeBufferPointer<UInt8>, file: String, cancellation: Cancellation, release: PageRelease, splitting: EdgeSplit) {
        reader = JSONReader(bytes: bytes, maximumDepth: JSONParser.defaultMaximumDepth)
        wholeBuffer = bytes
        self.file = file
        self.cancellation = cancellation
        self.release = release
        self.splitting = splitting
        fragment = GraphFragment(file: file)
    }

    /// The fragment of the file, or nil when the slow path must decode it.
    /// - Complexity: O(size of the file).
    static func decode(_ bytes: [UInt8], file: String) -> GraphFragment? {
        try? decode(bytes, file: file, cancellation: .never)
    }

    /// ``decode(_:file:)``, polling `cancellation` every few thousand records (on both threads
    /// when the edges are split between two; see ``EdgeSplit``).
    static func decode(
        _ bytes: [UInt8], file: String, cancellation: Cancellation, splitting: EdgeSplit = .automatic
    ) throws(LoadCancelled) -> GraphFragment? {
        try decodeReporting(bytes, file: file, cancellation: cancellation, splitting: splitting).fragment
    }

    /// ``decode(_:file:cancellation:splitting:)``, and what became of the split.
    static func decodeReporting(
        _ bytes: [UInt8], file: String, cancellation: Cancellation, splitting: EdgeSplit
    ) throws(LoadCancelled) -> (fragment: GraphFragment?, split: SplitOutcome, thirdPart: Bool) {
        try bytes.withUnsafeBufferPointer { buffer throws(LoadCancelled) in
            try decode(buffer, file: file, cancellation: cancellation, release: PageRelease(nil), splitting: splitting)
        }
    }

    /// ``decode(_:file:cancellation:splitting:)`` of a file read into ``FileBytes``, handing its
    /// pages back as the records are read (every `releaseStep` bytes): whatever the answer,
    /// the bytes are gone afterwards. Nil, as for a file the fast path cannot read, when the
    /// file changed under its mapping (``FileBytes/changedSinceMapped``).
    ///
    /// `documentsKnown` is called with the documents read so far (those the file lists before
    /// its edges), at the moment the second thread is done with its part of the edges and this
    /// one starts joining them: the loader reads their texts then, while a processor would
    /// otherwise wait. It is not called when the edges are read on one thread. It is handed the
    /// nodes too when they are what a fragment returned will hold, no two with one id (the file
    /// lists them before its edges); nil otherwise.
    static func decode(
        _ bytes: FileBytes, file: String, cancellation: Cancellation, splitting: EdgeSplit = .automatic,
        releaseStep: Int = PageRelease.defaultStep, documentsKnown: (([SourceDocument], NodeList?) -> Void)? = nil
    ) throws(LoadCancelled) -> GraphFragment? {
        let fragment = try decode(bytes.bytes, file: file, cancellation: cancellation, release: PageRelease(bytes, step: releaseStep),
                                  splitting: splitting, documentsKnown: documentsKnown).fragment
        // A file changed under its mapping: what was decoded may not be the file, which the
        // caller reads again.
        return bytes.changedSinceMapped ? nil : fragment
    }

    private static func decode(
        _ buffer: UnsafeBufferPointer<UInt8>, file: String, cancellation: Cancellation, release: PageRelease,
        splitting: EdgeSplit, documentsKnown: (([SourceDocument], NodeList?) -> Void)? = nil
    ) throws(LoadCancelled) -> (fragment: GraphFragment?, split: SplitOutcome, thirdPart: Bool) {
        var decoder = FastGraphDecoder(bytes: buffer, file: file, cancellation: cancellation, release: release, splitting: splitting)
        decoder.documentsKnown = documentsKnown
        // The second thread reads `buffer`: it is done before the buffer may go.
        defer { decoder.stopSecondPart() }
        do {
            try decoder.decodeDocument()
            return (decoder.fragment, decoder.splitOutcome, decoder.tookThirdPart)
        } catch is LoadCancelled {
            throw LoadCancelled()
        } catch {
            return (nil, decoder.splitOutcome, decoder.tookThirdPart)
        }
    }

    /// Throws ``LoadCancelled`` once the cancellation fires (polled every few thousand calls).
    @inline(__always)
    mutating func poll() throws {
        if cancellation.shouldStop(after: &work) { throw LoadCancelled() }
    }

    // MARK: - Document

    mutating func decodeDocument() throws {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { throw Bail() }
        var offset = 0
        guard try openObject(&offset) else { throw Bail() }  // no "nodes"
        var known: UInt32 = 0
        var others = [String]()
        repeat {
            switch try readKey(DocumentKey.self) {
            case .known(.directed):
                try Self.see(1, &known)
                // Anything but true is a warning or an error: the slow path reports it.
                guard case .bool(true) = try readAnyValue(depth: 1) else { throw Bail() }
            case .known(.multigraph):
                try Self.see(16, &known)
                guard case .bool = try readAnyValue(depth: 1) else { throw Bail() }
            case .known(.graph):
                try Self.see(2, &known)
                try decodeGraphAttributes()
            case .known(.nodes):
                try Self.see(4, &known)
                if try openArray() {
                    startSecondPartAtNodes()
                    repeat {
                        try poll()
                        if fragment.nodes.count & 63 == 0 { noteSplitDecision() }
                        try decodeNode(position: fragment.nodes.count)
                        noteNodeID()
                    } while try nextElement()
                    numberPendingNodeIDs()
                }
                nodesRead = true
            case .known(.edges):
                try Self.see(8, &known)
                if try openArray() { try decodeEdges() }
                // Looked up against the nodes listed before the edges only, as if one by one.
                fragment.edges.resolvePendingEndpoints(using: nodeIDs)
            case .other(let key):
                try skipValue(key: key, others: &others, depth: 1)
            }
        } while try nextMember()
        guard known & 12 == 12 else { throw Bail() }
        reader.skipWhitespace()
        guard reader.position == bytes.count else { throw Bail() }
        try checkUniqueIDs()
        fragment.edges.nodeIDs = nodeIDs  // what the edges' node numbers refer to
    }

    mutating func decodeGraphAttributes() throws {
        var offset = 0
        guard try openObject(&offset) else { return }
        var known: UInt32 = 0
        var others = [String]()
        repeat {
            switch try readKey(GraphAttributeKey.self) {
            case .known(.name):
                try Self.see(1, &known)
                fragment.name = try readOptionalString()
            case .known(.description):
                try Self.see(2, &known)
                fragment.description = try readOptionalString()
            case .known(.documents):
                try Self.see(4, &known)
                if try openArray() {
                    repeat {
                        try decodeSourceDocument(position: fragment.documents.count)
                    } while try nextElement()
                }
            case .other(let key):
                try skipValue(key: key, others: &others, depth: 2)
            }
        } while try nextMember()
    }

    mutating func decodeSourceDocument(position: Int) throws {
        var offset = 0
        guard try openObject(&offset) else { throw Bail() }  // no "id"
        var known: UInt32 = 0
        var others = [String]()
        var id: String?, title: String?, publisher: String?, language: String?, date: String?, path: String?
        repeat {
            switch try readKey(SourceDocumentKey.self) {
            case .known(.id): try Self.see(1, &known); id = try readRequiredString()
            case .known(.title): try Self.see(2, &known); title = try readRequiredString()
            case .known(.publisher): try Self.see(4, &known); publisher = try readOptionalString()
            case .known(.language): try Self.see(8, &known); language = try readOptionalString()
            case .known(.date):
                try Self.see(16, &known)
                date = try readOptionalString()
                if let date, CaseDate(date) == nil { throw Bail() }
            case .known(.path): try Self.see(32, &known); path = try readOptionalString()
            case .other(let key): try skipValue(key: key, others: &others, depth: 4)
            }
        } while try nextMember()
        guard let id, let title else { throw Bail() }
        fragment.documents.append(SourceDocument(
            id: id, title: title, publisher: publisher, language: language, date: date, path: path, origin: file))
        fragment.documentPlaces.append(place(offset, .document, position))
    }

    // MARK: - Cross-record checks

    /// Bails on a duplicate node, edge or document id (which `GraphFileDecoder` reports).
    func checkUniqueIDs() throws {
        if nodesWithDistinctIDs < fragment.nodes.count && !nodeIDs.areDistinct(count: fragment.nodes.count) {
            try Self.checkDistinctIDs(of: fragment.nodes)
        }
        let fields = fragment.edges.fields
        if edgeIDs.needsFullCheck {
            var all = Set<String>(minimumCapacity: fragment.edges.count)
            for edge in fragment.edges.indices {
                if let id = fields.id(of: edge), !all.insert(id).inserted { throw Bail() }
            }
        } else if edgeIDs.hasRepeats(replaying: { each in
            for edge in fragment.edges.indices where fields.hasID[edge] { fields.ids.withBytes(edge, each) }
        }) {
            throw Bail()
        }
        var documentIDs = Set<String>()
        for document in fragment.documents where !documentIDs.insert(document.id).inserted { throw Bail() }
    }

    /// Bails when two of `nodes` have the same id.
    /// - Complexity: O(n) expected.
    static func checkDistinctIDs(of nodes: NodeRecords) throws {
        var nodeIDs = Set<String>(minimumCapacity: nodes.count)
        for node in nodes.indices where !nodeIDs.insert(nodes.fields.id(of: node)).inserted { throw Bail() }
    }

    /// The place of the record at `offset`, its line and column resolved. The bytes before
    /// it are not looked at again: every 16 MB, they are handed back.
    mutating func place(_ offset: Int, _ section: RecordPlace.Section, _ index: Int) -> RecordPlace {
        var place = RecordPlace(file: file, section: section, index: index, offset: offset)
        let (line, column) = locate(offset)
        place.resolve(line: line, column: column)
        return place
    }

    /// The line and column of the record at `offset`; the bytes before it are not looked at
    /// again (see ``place(_:_:_:)``).
    @inline(__always)
    mutating func locate(_ offset: Int) -> (line: Int, column: Int) {
        let location = lines.location(ofOffset: offset, in: bytes)
        release.advance(to: offset)
        return location
    }
}
