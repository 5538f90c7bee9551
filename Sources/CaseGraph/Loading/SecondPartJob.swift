/// The split decode's second thread: finds or checks its split point in the `edges` array,
/// then decodes the edges from it on (see `FastGraphDecoder+Split.swift`).
struct SecondPartJob: @unchecked Sendable {
    // Safe: `bytes` is only read, here and on the thread that started the job, which waits
    // for the job before the bytes may go; each thread frees only pages on its own side of the
    // split point, once the other reads there no more (the `checked` and `restricted` flags).
    let bytes: UnsafeBufferPointer<UInt8>
    let start: Start
    let file: String
    let cancellation: Cancellation
    let fileBytes: FileBytes?
    let releaseStep: Int
    let stop: RaisedFlag
    /// Raised once the bytes before the split point are no longer read here.
    let checked: RaisedFlag
    /// The end of the part, which the first thread may pull in (nil: it reads to the array's end).
    var boundary: PartBoundary?

    /// Where the job starts.
    enum Start: Sendable {
        /// At `split`, in the edges array whose first element is at `first`, to check first;
        /// the nodes (read before the edges) known.
        case edges(first: Int, split: Int, nodes: HandedNodes)
        /// At the first element of the nodes array, while the first thread decodes them: the
        /// job finds the edges and its split point in them, and gets the nodes once read.
        case nodes(first: Int, splitting: EdgeSplit, early: EarlyStart)
        /// At `element`, where the first thread pulled the second part's end in: run on the
        /// first thread, its pages freed once the second thread is `done` with the bytes.
        case third(element: Int, nodes: HandedNodes, done: RaisedFlag)
    }

    func run() -> FastGraphDecoder.SecondPartResult {
        switch start {
        case .edges(let first, let split, let nodes):
            let verified = ArraySplitPoint.isElementStart(split, ofArrayAt: first, in: bytes)
            checked.raise()
            guard verified else { return .unverified }
            let handed = Mailbox<HandedNodes>()
            handed.post(nodes)
            return decodeEdges(from: split, gate: nil, nodes: handed)
        case .nodes(let first, let splitting, let early):
            let decision = decide(nodesFirst: first, splitting: splitting)
            if let split = decision?.split { boundary?.begin(at: split) }
            early.decision.post(decision)
            checked.raise()
            guard let split = decision?.split else { return .unverified }
            return decodeEdges(from: split, gate: early.restricted, nodes: early.nodes)
        case .third(let element, let nodes, let done):
            let handed = Mailbox<HandedNodes>()
            handed.post(nodes)
            return decodeEdges(from: element, gate: done, nodes: handed)
        }
    }

    /// Walks the nodes to their end, finds the `edges` array after them and the split point in
    /// it; nil when the edges are not found there.
    /// - Complexity: O(bytes from the nodes to the split point), walked (``StructureWalk``).
    private func decide(nodesFirst first: Int, splitting: EdgeSplit) -> SplitDecision? {
        guard case .closed(let nodesEnd) = StructureWalk.walk(from: first, toElementAtOrAfter: .max, in: bytes, stop: stop),
              let edgesFirst = StructureWalk.arrayMember("edges", after: nodesEnd, in: bytes, stop: stop)
        else { return nil }
        guard let target = splitting.target(nodeBytes: nodesEnd - first, edgeBytes: bytes.count - edgesFirst, edgesFirst: edgesFirst),
              case .element(let split) = StructureWalk.walk(from: edgesFirst, toElementAtOrAfter: target.offset, in: bytes, stop: stop),
              !target.exactly || split == target.offset
        else { return SplitDecision(split: nil, edgesFirst: edgesFirst) }
        return SplitDecision(split: split, edgesFirst: edgesFirst)
    }

    /// The edges from `split` on; their endpoints looked up once `nodes` are posted (until
    /// then they wait in the pending batch), pages freed once `gate` (if any) is raised.
    private func decodeEdges(from split: Int, gate: RaisedFlag?, nodes: Mailbox<HandedNodes>) -> FastGraphDecoder.SecondPartResult {
        // The page holding the split point's byte is the first thread's too: it is never freed here.
        var release = PageRelease(fileBytes, base: split, from: split + 1, step: releaseStep)
        release.gate = gate
        var decoder = FastGraphDecoder(bytes: UnsafeBufferPointer(rebasing: bytes[split...]), file: file,
                                       cancellation: cancellation, release: release, splitting: .never)
        decoder.awaitedNodes = nodes
        decoder.edgeExtent = (0, decoder.wholeBuffer.count)
        let handed: HandedNodes
        // Nothing is left to pull in once this part ends (at the array's end, or failing),
        // unless it ends where it was pulled in.
        var claim = PartBoundary.Claim()
        var pulledIn = false
        defer { if !pulledIn { boundary?.finish() } }
        do {
            repeat {
                try decoder.poll()
                if decoder.fragment.edges.count & 255 == 0 && stop.isRaised { return .stopped }
                if let boundary {
                    decoder.reader.skipWhitespace()
                    guard claim.owns(element: split + decoder.reader.position, of: boundary) else {
                        pulledIn = true
                        break
                    }
                }
                try decoder.decodeEdge(position: decoder.fragment.edges.count)
            } while try decoder.nextElement()
            if !pulledIn { boundary?.finish() }
            guard let nodes = nodes.wait() else { return .stopped }
            handed = nodes
            decoder.fragment.edges.resolvePendingEndpoints(using: handed.ids)
            if !handed.ids.areDistinct(count: handed.records.count) { try FastGraphDecoder.checkDistinctIDs(of: handed.records) }
        } catch is LoadCancelled {
            return .cancelled
        } catch {
            return .bailed
        }
        return .decoded(decoder.fragment.edges, ids: decoder.edgeIDs, end: decoder.reader.position, lines: decoder.lines,
                        distinctNodes: handed.records.count)
    }
}

/// What the first thread and a second one started at the nodes (``SecondPartJob/Start/nodes(first:splitting:early:)``)
/// hand each other.
struct EarlyStart: Sendable {
    /// The split point (second → first); nil: the edges were not found after the nodes.
    let decision = Mailbox<SplitDecision>()
    /// The nodes, once all are read (first → second); nil: the second thread's work is not wanted.
    let nodes = Mailbox<HandedNodes>()
    /// Raised once the first thread reads no byte past the split point: the second may free pages.
    let restricted = RaisedFlag()
}

/// Where the second part starts (nil: the edges are read on one thread), and where the
/// edges' first element is (for the first thread to check that it arrives there).
struct SplitDecision: Sendable, Equatable {
    let split: Int?
    let edgesFirst: Int
}

/// The nodes read before the edges: their ids to look the endpoints up in, and the records
/// whose ids must be distinct.
struct HandedNodes: Sendable {
    let ids: LocalNodeIDs
    let records: NodeRecords
}
