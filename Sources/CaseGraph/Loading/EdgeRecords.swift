/// The edges of one file as read, column by column: endpoints as the file's own node numbers
/// (``LocalNodeIDs``) or, where the file has no node of that id, as the id's text; the rest
/// already as the graph will hold it (an ``EdgeList`` without endpoints); and each record's
/// place. `records[i]` is the ``EdgeRecord`` at position i.
///
/// The fast decoder writes a record field by field as it reads them — its id's and quotes'
/// bytes straight into `fields.ids` and `fields.quotes` (and `true` into `fields.hasID`), its
/// citations' documents into `fields.citationDocuments`, its properties into
/// `fields.properties`, its endpoints with ``appendPendingEndpoint(_:isTarget:)`` (looked up a
/// batch at a time, ``resolvePendingEndpoints(using:)``) — then
/// closes it with ``endRecord(typeCode:offset:line:column:index:file:)`` (the type's code in
/// `fields.types`): reading an edge makes
/// no `String` for its id, endpoints or quotes. The merger then renumbers the endpoints and
/// hands the fields to the graph without copying them.
///
/// ```swift
/// var records = EdgeRecords()
/// records.append(EdgeRecord(id: "e1", source: "a", target: "b", type: "knows", properties: [],
///                           sources: [SourceCitation(document: "d", quote: "A knows B.")], place: place))
/// records[0].source   // "a"
/// ```
struct EdgeRecords: Sendable {
    /// The records' fields but their endpoints (`fields.sources` and `targets` stay empty).
    var fields = EdgeList()
    /// Each record's source and target as the file's node numbers, -1 where given as text.
    private(set) var sourceNodes: [Int32] = []
    private(set) var targetNodes: [Int32] = []
    /// The sources (`[0]`) and targets (`[1]`) given as text, in record order, with their
    /// records' positions.
    private(set) var unresolved = [UnresolvedEndpoints(), UnresolvedEndpoints()]

    struct UnresolvedEndpoints: Sendable {
        var ids = PackedStrings()
        var positions: [Int] = []
    }
    /// Endpoints not looked up yet, each tagged with its record's position × 2, + 1 for a
    /// target; their columns' entries are -1 meanwhile.
    private var pending = ByteKeyBatch()
    /// Folded from the reads ahead of the look-ups, kept so that they are not optimised away.
    private var touched: UInt64 = 0
    /// The file's node ids the numbers refer to.
    var nodeIDs = LocalNodeIDs()
    /// Each record's byte offset in its file, and its place.
    private(set) var offsets: [Int] = []
    private(set) var places = PlaceList(section: .edge)

    init() {}

    /// The number of whole records.
    var count: Int { offsets.count }

    /// Appends `record`.
    /// - Complexity: O(size of the record) amortised.
    mutating func append(_ record: EdgeRecord) {
        for (id, isTarget) in [(record.source, false), (record.target, true)] {
            var id = id
            id.withUTF8 { appendEndpoint(text: $0, isTarget: isTarget) }
        }
        fields.appendFields(of: Edge(id: record.id, source: 0, target: 0, type: record.type, properties: record.properties,
                                     sources: record.sources, origin: record.place.file))
        offsets.append(record.place.offset)
        places.append(record.place)
    }

    // MARK: - Writing a record field by field

    /// Appends the record's source (or target) as the text `id`, for the merger to look up.
    mutating func appendEndpoint(text id: UnsafeBufferPointer<UInt8>, isTarget: Bool) {
        if !isTarget { sourceNodes.append(-1) } else { targetNodes.append(-1) }
        keepUnresolved(id, position: count, isTarget: isTarget)
    }

    /// Keeps the id text of the source (or target) of the record at `position`, whose column entry is -1.
    private mutating func keepUnresolved(_ id: UnsafeBufferPointer<UInt8>, position: Int, isTarget: Bool) {
        unresolved[isTarget ? 1 : 0].ids.append(id)
        unresolved[isTarget ? 1 : 0].positions.append(position)
    }

    /// Appends the record's source (or target) whose id is `id`, to be looked up later with the
    /// other pending ones (``resolvePendingEndpoints(using:)``), so that their cache misses overlap.
    @inline(__always)
    mutating func appendPendingEndpoint(_ id: UnsafeBufferPointer<UInt8>, isTarget: Bool) {
        if !isTarget { sourceNodes.append(-1) } else { targetNodes.append(-1) }
        pending.append(id, tag: count << 1 | (isTarget ? 1 : 0))
    }

    /// Makes room for about as many records again, per byte, as the ones read from `first` to
    /// `position`, over the bytes from `first` to `end` (and half as much more): estimated from
    /// those records, so that the columns are not moved as they grow (nor on a join, when
    /// `end` covers the second part too). Beyond the estimate, they grow as usual.
    ///
    /// The margin is wide because the first records need not be typical (on the benchmark
    /// graphs their quotes are 13 % shorter than the average) and a column that outgrows its
    /// room is copied whole at the join, the old and new buffers side by side; room never
    /// written costs address space only, no memory.
    /// - Complexity: O(records read).
    mutating func reserveCapacity(readFrom first: Int, to position: Int, end: Int) {
        guard position > first, count > 0 else { return }
        let scale = Double(end - first) / Double(position - first) * 1.5
        func more(_ read: Int) -> Int { Swift.max(0, Int(Double(read) * scale) - read) }
        let edges = more(count)
        fields.reserveCapacityOfFields(edges: edges, citations: more(fields.quotes.count), properties: more(fields.properties.count),
                                       propertyBytes: more(fields.properties.textBytes), idBytes: more(fields.ids.byteCount),
                                       quoteBytes: more(fields.quotes.byteCount))
        sourceNodes.reserveCapacity(sourceNodes.count + edges)
        targetNodes.reserveCapacity(targetNodes.count + edges)
        offsets.reserveCapacity(offsets.count + edges)
        places.reserveCapacity(places.count + edges)
    }

    /// The number of endpoints not looked up yet.
    var pendingEndpointCount: Int { pending.count }

    /// How many endpoints are gathered before they are looked up together.
    static let endpointBatch = 32

    /// Looks the pending endpoints up in `nodes`: the node's number where one has the id's
    /// bytes, else the id's text, as ``appendEndpoint(text:isTarget:)`` stores it.
    /// - Complexity: O(total length of the pending ids) expected.
    mutating func resolvePendingEndpoints(using nodes: LocalNodeIDs) {
        guard pending.count > 0 else { return }
        var batch = ByteKeyBatch()
        swap(&batch, &pending)
        // A window at a time: a batch that waited for the node ids may be large.
        for start in stride(from: 0, to: batch.count, by: Self.endpointBatch) {
            touched &+= nodes.positions(of: batch, in: start..<Swift.min(start + Self.endpointBatch, batch.count)) { index, node in
                let position = batch.tags[index] >> 1, isTarget = batch.tags[index] & 1 == 1
                if let node {
                    if isTarget { targetNodes[position] = node } else { sourceNodes[position] = node }
                } else {
                    batch.withKey(index) { keepUnresolved($0, position: position, isTarget: isTarget) }
                }
            }
        }
        batch.removeAll()
        swap(&batch, &pending)
    }

    /// The id of the record's source (`isTarget`: target).
    /// - Complexity: O(log E) for an endpoint given as text.
    func endpointID(_ position: Int, isTarget: Bool) -> String {
        precondition(pending.count == 0, "endpoints are looked up before they are read")
        let node = isTarget ? targetNodes[position] : sourceNodes[position]
        if node >= 0 { return nodeIDs.id(at: Int(node)) }
        let side = unresolved[isTarget ? 1 : 0]
        var low = 0, high = side.positions.count  // the first entry not below `position`
        while low < high {
            let middle = (low + high) / 2
            if side.positions[middle] < position { low = middle + 1 } else { high = middle }
        }
        return side.ids[low]
    }

    /// The number of citations the record being written has so far.
    var pendingCitationCount: Int {
        fields.quotes.count - (fields.citationEnds.last.map(Int.init) ?? 0)
    }

    /// Ends the record being written: its type and place, and no id unless one was appended.
    /// Its endpoints, citations and properties must have been appended.
    @inline(__always)
    mutating func endRecord(typeCode: Int32, offset: Int, line: Int, column: Int, index: Int, file: String) {
        let position = offsets.count
        if fields.hasID.count == position {
            fields.ids.append(UnsafeBufferPointer(start: nil, count: 0))
            fields.hasID.append(false)
        }
        fields.types.append(code: typeCode)
        fields.propertyEnds.append(Int32(truncatingIfNeeded: fields.properties.count))
        fields.citationEnds.append(Int32(truncatingIfNeeded: fields.quotes.count))
        fields.origins.note(file, at: position)
        offsets.append(offset)
        places.append(line: line, column: column, index: index, file: file)
    }

    /// Drops what was written of a record not ended: the columns hold whole records only.
    mutating func dropPartialRecord() {
        let whole = count
        if let first = pending.tags.firstIndex(where: { $0 >> 1 >= whole }) { pending.removeKeys(from: first) }
        if sourceNodes.count > whole { sourceNodes.removeSubrange(whole...) }
        if targetNodes.count > whole { targetNodes.removeSubrange(whole...) }
        for side in unresolved.indices {
            while let last = unresolved[side].positions.last, last >= whole { unresolved[side].positions.removeLast() }
            unresolved[side].ids.removeSuffix(from: unresolved[side].positions.count)
        }
        fields.ids.removeSuffix(from: whole)
        if fields.hasID.count > whole { fields.hasID.removeSubrange(whole...) }
        fields.properties.removeSuffix(from: fields.propertyEnds.last.map(Int.init) ?? 0)
        let citations = fields.citationEnds.last.map(Int.init) ?? 0
        fields.quotes.removeSuffix(from: citations)
        fields.citationDocuments.removeValues(from: citations)
    }

    // MARK: - Places

    /// Stores every record's line and column, found by `cursor` from its offset (records in file order).
    mutating func resolvePlaces(_ cursor: inout LineTable.Cursor) {
        for position in offsets.indices {
            let (line, column) = cursor.location(ofOffset: offsets[position])
            places.resolve(position, line: line, column: column)
        }
    }

    /// Appends the records of `other`, read from a part of the file starting at byte `split`
    /// on its own (see ``PlaceList/move(index:lines:)``): their places are moved.
    mutating func append(movingPlacesOf other: consuming EdgeRecords, to split: Int, lines: LineCounter) {
        var other = other
        precondition(pending.count == 0 && other.pending.count == 0, "both parts' endpoints are looked up")
        let base = count
        other.places.move(index: base, lines: lines)
        // Each column of `other` is freed once copied: the join's memory grows by one column
        // of the second part at a time, not by the whole part.
        sourceNodes.append(contentsOf: other.sourceNodes)  // numbered against the same nodes
        other.sourceNodes = []
        targetNodes.append(contentsOf: other.targetNodes)
        other.targetNodes = []
        for side in unresolved.indices {
            unresolved[side].ids.append(contentsOf: other.unresolved[side].ids)
            unresolved[side].positions.append(contentsOf: other.unresolved[side].positions.lazy.map { $0 + base })
        }
        let otherFields = other.fields
        other.fields = EdgeList()
        fields.append(contentsOf: consume otherFields)
        offsets.append(contentsOf: other.offsets.lazy.map { $0 + split })
        other.offsets = []
        places.append(contentsOf: other.places)
    }
}

extension EdgeRecords: RandomAccessCollection {
    var startIndex: Int { 0 }
    var endIndex: Int { count }

    /// The record at `position`, made from the columns.
    subscript(position: Int) -> EdgeRecord {
        var place = places[position]
        place.offset = offsets[position]
        return EdgeRecord(id: fields.id(of: position), source: endpointID(position, isTarget: false),
                          target: endpointID(position, isTarget: true),
                          type: fields.type(of: position), properties: fields.properties(of: position),
                          sources: fields.citations(of: position), place: place)
    }
}

extension EdgeRecords: Equatable {
    /// Equal when they hold equal records in the same order, however they are coded.
    static func == (lhs: EdgeRecords, rhs: EdgeRecords) -> Bool {
        lhs.count == rhs.count && lhs.elementsEqual(rhs)
    }
}

extension EdgeRecords: ExpressibleByArrayLiteral {
    init(arrayLiteral elements: EdgeRecord...) {
        self.init()
        for element in elements { append(element) }
    }
}
