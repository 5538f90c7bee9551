/// The `edges` array on two threads: a second thread decodes it from a split point while
/// this one decodes it up to that point; the two lists are joined in order.
///
/// The second thread starts when the `nodes` array opens, if the edges follow it: it walks
/// the bytes' structure (``StructureWalk``) to the nodes' end, finds the edges and its split
/// point where the two threads' work comes out even (``EdgeSplit/target(nodeBytes:edgeBytes:edgesFirst:)``),
/// posts it, and decodes from there while this thread still reads the nodes; its endpoints
/// wait until this thread hands the node ids over at the edges (``EarlyStart``). When the
/// edges do not follow the nodes, it starts at the edges, with a guessed split point
/// (``ArraySplitPoint``) that it checks before it decodes.
///
/// This thread's reader sees the bytes up to the split point and no further once it is known,
/// so neither reads what the other frees; neither frees a page before the other is done with
/// it (the `checked` and `restricted` flags). The split was right when this thread, after an
/// element's `,`, arrives at the split point: the second thread's records are then exactly
/// those one thread would have read from there, with places counted from the split point,
/// which are moved. At any other outcome (the array ends first, an element runs across the
/// split point, the edges are not where the walk found them, anything fails) the second
/// thread is stopped and this one reads on alone, from the element it was reading, as if
/// there had been no second thread. The split point is the first byte of an element (the
/// walk or the check followed the strings and brackets to it), so this thread either fails
/// before it or arrives there: it never needs a page the second thread freed.
///
/// When this thread arrives at the split point first, it takes the far half of what the
/// second thread has left (see `FastGraphDecoder+ThirdPart.swift`).
extension FastGraphDecoder {
    /// What the second thread hands back.
    enum SecondPartResult: Sendable {
        /// The edges from the split point to the array's end (their ids distinct), the offset
        /// after its `]` and the line counter there, all counted from the split point; and how
        /// many of the first nodes were found to have distinct ids.
        case decoded(EdgeRecords, ids: DistinctIDs, end: Int, lines: LineCounter, distinctNodes: Int)
        /// One thread would leave the fast path there (if it got there).
        case bailed
        case cancelled
        /// The split point does not start an element: nothing was decoded.
        case unverified
        /// Stopped on request.
        case stopped
    }

    /// The edges from the split point on, being read on the second thread.
    struct SecondPart {
        /// Nil until a second thread started at the nodes posts it.
        var split: Int?
        let task: BackgroundTask<SecondPartResult>
        let stop: RaisedFlag
        /// What a second thread started at the nodes and this one hand each other.
        var early: EarlyStart?
        /// The part's end, which this thread may pull in (see `FastGraphDecoder+ThirdPart.swift`).
        let boundary: PartBoundary?
        /// Raised once the second thread reads the bytes no more.
        let done: RaisedFlag
        /// The second thread's result, once taken while this thread still reads its part
        /// (``announceIfSecondPartDone()``).
        var finished: SecondPartResult??
    }

    /// What became of a split, for tests and measurements.
    enum SplitOutcome: Sendable, Equatable {
        /// The edges were read on one thread.
        case notSplit
        /// The second thread's edges were taken.
        case joined
        /// A second thread ran, but its work was not used: the split point was wrong, or
        /// something failed before it.
        case readAlone
    }

    /// How the first part's reading ended.
    enum FirstPartEnd {
        case atSplit
        case arrayEnded
        /// Failed; one thread must read on from `offset`, at an element or at the `,` or `]` after one.
        case failed(atElement: Bool, offset: Int)
    }

    /// The `edges` array from its first element on (its `[` read and the array not empty).
    /// - Complexity: O(bytes of the array), on two threads when it is large.
    mutating func decodeEdges() throws {
        // Sized for the whole array (the second part is appended to this thread's columns).
        reader.skipWhitespace()
        edgeExtent = (reader.position, wholeBuffer.count)
        switch continueEarlySecondPart() {
        case true?: break
        case false?: return try decodeEdges(atElement: true)
        case nil: if !startSecondPart() { return try decodeEdges(atElement: true) }
        }
        let end: FirstPartEnd
        do {
            end = try decodeFirstPart()
        } catch {
            stopSecondPart()
            throw error
        }
        switch end {
        case .arrayEnded:
            stopSecondPart()
        case .failed(let atElement, let offset):
            stopSecondPart()
            reader.position = offset
            try decodeEdges(atElement: atElement)
        case .atSplit:
            if try !takeSecondPart() { try decodeEdges(atElement: true) }
        }
    }

    /// Edges on this thread alone, from an element (or from the `,` or `]` after one).
    mutating func decodeEdges(atElement: Bool) throws {
        if !atElement, try !nextElement() { return }
        repeat {
            try poll()
            try decodeEdge(position: fragment.edges.count)
        } while try nextElement()
    }

    /// Starts the second thread when the array is large enough and a split point is found;
    /// false when the array is read on one thread.
    mutating func startSecondPart() -> Bool {
        reader.skipWhitespace()
        let first = reader.position
        guard secondPart == nil, let split = splitting.splitOffset(firstElement: first, in: wholeBuffer) else { return false }
        start(.edges(first: first, split: split, nodes: HandedNodes(ids: nodeIDs, records: fragment.nodes)))
        restrict(to: split)
        return true
    }

    /// At the nodes array's first element: starts the second thread there when the file is
    /// large enough (it finds the edges and its part of them while this thread reads the nodes).
    mutating func startSecondPartAtNodes() {
        reader.skipWhitespace()
        let first = reader.position
        guard splitting.startsAtNodes, secondPart == nil, wholeBuffer.count - first >= splitting.minimumBytes else { return }
        let early = EarlyStart()
        start(.nodes(first: first, splitting: splitting, early: early))
        secondPart?.early = early
    }

    private mutating func start(_ start: SecondPartJob.Start) {
        let stop = RaisedFlag(), checked = RaisedFlag(), done = RaisedFlag()
        let boundary = splitting.partBoundary()
        if case .edges(_, let split, _) = start { boundary?.begin(at: split) }
        let job = SecondPartJob(bytes: wholeBuffer, start: start, file: file, cancellation: cancellation, fileBytes: release.file,
                                releaseStep: release.step, stop: stop, checked: checked, boundary: boundary)
        let task = BackgroundTask {
            let result = job.run()
            done.raise()
            return result
        }
        secondPart = SecondPart(split: nil, task: task, stop: stop, boundary: boundary, done: done, finished: nil)
        release.gate = checked
    }

    /// While reading the nodes: once the second thread started at them posts its split point,
    /// this thread's reader sees the bytes up to it only, and the second thread may free pages.
    mutating func noteSplitDecision() {
        guard let part = secondPart, part.split == nil, case .some(let decision?) = part.early?.decision.posted,
              let split = decision.split else { return }
        restrict(to: split)
    }

    /// At the edges' first element: whether a second thread started at the nodes reads the
    /// edges from its split point on (true: it is handed the nodes), or found them and left
    /// them to this thread (false); nil when none runs or it did not find these edges (it is
    /// stopped: a second thread may start here).
    mutating func continueEarlySecondPart() -> Bool? {
        guard let part = secondPart, let early = part.early else { return nil }
        let decision = early.decision.wait()
        guard let decision, decision.edgesFirst == reader.position else {
            stopSecondPart(outcome: .readAlone)
            return nil
        }
        guard let split = decision.split else {
            stopSecondPart(outcome: .notSplit)
            return false
        }
        if part.split == nil { restrict(to: split) }
        early.nodes.post(HandedNodes(ids: nodeIDs, records: fragment.nodes))
        return true
    }

    /// This thread's reader sees the bytes up to `split` (and its byte) only, from now on.
    private mutating func restrict(to split: Int) {
        secondPart?.split = split
        see(UnsafeBufferPointer(rebasing: wholeBuffer[..<(split + 1)]))
        secondPart?.early?.restricted.raise()
    }

    /// Reads elements until this thread arrives at the split point after a `,`.
    mutating func decodeFirstPart() throws -> FirstPartEnd {
        guard let split = secondPart?.split else { return .failed(atElement: true, offset: reader.position) }
        var atElement = true, offset = reader.position
        do {
            while true {
                try poll()
                if fragment.edges.count & 63 == 0 && documentsKnown != nil { announceIfSecondPartDone() }
                try decodeEdge(position: fragment.edges.count)
                (atElement, offset) = (false, reader.position)
                guard try nextElement() else { return .arrayEnded }
                reader.skipWhitespace()
                if reader.position == split { return .atSplit }
                (atElement, offset) = (true, reader.position)
            }
        } catch is LoadCancelled {
            throw LoadCancelled()
        } catch {
            fragment.edges.dropPartialRecord()
            return .failed(atElement: atElement, offset: offset)
        }
    }

    /// Waits for the second thread at the split point and takes its edges; false when it has
    /// none to give (this thread then reads on from the split point).
    mutating func takeSecondPart() throws -> Bool {
        guard let split = secondPart?.split, let part = secondPart.take() else { return false }
        let third = readThirdPart(of: part)
        let result = part.finished ?? part.task.wait()
        announce(result)
        release.gate = nil
        _ = lines.location(ofOffset: split, in: bytes)
        // The pages behind this thread stayed while the second thread checked its split point
        // (a busy machine may run this thread's whole part meanwhile): free them now, the line
        // count having read them up to the split point.
        release.advance(to: split)
        see(wholeBuffer)
        switch consume result {
        case .decoded(let edges, let ids, let end, let tail, let distinctNodes)?:
            splitOutcome = .joined
            fragment.edges.resolvePendingEndpoints(using: nodeIDs)
            edgeIDs.append(contentsOf: ids)
            nodesWithDistinctIDs = distinctNodes
            let atSplit = lines
            fragment.edges.append(movingPlacesOf: consume edges, to: split, lines: atSplit)
            lines = atSplit.continued(by: tail)
            reader.position = split + end
            if let third, reader.position == third.element { try take(third) }
            return true
        case .bailed?:
            splitOutcome = .joined
            throw Bail()
        case .cancelled?:
            throw LoadCancelled()
        case .unverified?, .stopped?, nil:
            splitOutcome = .readAlone
            lines.forgetNextLineStart()
            return false
        }
    }

    /// When the second thread has finished its part while this one still reads its own: takes
    /// its result and announces the documents and nodes (``announce(_:)``), so that the
    /// loader's work on them starts on the processor the second thread leaves idle.
    mutating func announceIfSecondPartDone() {
        guard let part = secondPart, part.finished == nil, part.done.isRaised else { return }
        let result = part.task.wait()  // done: at once
        secondPart?.finished = .some(result)
        announce(result)
    }

    /// Calls `documentsKnown`, once, with the documents read so far and, when the second
    /// thread's result says they are final (read whole, their ids checked distinct), the nodes.
    mutating func announce(_ result: SecondPartResult?) {
        guard let documentsKnown = documentsKnown.take() else { return }
        var finalNodes: NodeList?
        if case .decoded(_, _, _, _, let distinctNodes)? = result, nodesRead && distinctNodes == fragment.nodes.count {
            finalNodes = fragment.nodes.fields
        }
        documentsKnown(fragment.documents, finalNodes)
    }

    /// Stops the second thread, if one runs, and waits for it: this thread then reads alone.
    mutating func stopSecondPart(outcome: SplitOutcome = .readAlone) {
        guard let part = secondPart.take() else { return }
        part.stop.raise()
        part.early?.nodes.post(nil)
        part.boundary?.giveUp()
        _ = part.task.wait()
        splitOutcome = outcome
        release.gate = nil
        see(wholeBuffer)
        lines.forgetNextLineStart()
    }

    /// Makes the reader see `buffer` (a prefix of the whole buffer, or all of it), at the same offset.
    private mutating func see(_ buffer: UnsafeBufferPointer<UInt8>) {
        let position = reader.position
        reader = JSONReader(bytes: buffer, maximumDepth: JSONParser.defaultMaximumDepth)
        reader.position = position
    }
}
