/// The split decode's third part: when this thread arrives at the split point while the
/// second thread still reads its part, it pulls that part's end in (``PartBoundary``) to the
/// element about halfway through what is left, reads from there to the array's end itself,
/// and joins that after the second part. The two threads then finish together, whatever the
/// cost model (``EdgeSplit/target(nodeBytes:edgeBytes:edgesFirst:)``) guessed wrong about this
/// machine or this file.
///
/// The third part is read as the second is (``SecondPartJob``), its places counted from its
/// first element and moved at the join; its pages are freed only once the second thread reads
/// no more (at the latest, with the others', after the join). It is used only when the second part ends exactly at its first element: when the
/// second read past it (the bytes were not the JSON the walk assumed), the second part is the
/// whole rest and the third is dropped. When the third part fails, this thread reads on alone
/// from its first element, as one thread would.
extension FastGraphDecoder {
    /// A third part read on this thread: where it starts, and what came of it.
    struct ThirdPart {
        let element: Int
        let result: SecondPartResult
    }

    /// When the second thread still reads its part and enough of it is left: pulls the part's
    /// end in and reads the edges from there on (on this thread). Nil when it does not.
    /// - Complexity: O(bytes of the third part), plus the walk to it.
    mutating func readThirdPart(of part: SecondPart) -> ThirdPart? {
        guard let boundary = part.boundary,
              let element = boundary.pullIn(in: wholeBuffer, walkCost: EdgeSplit.walkByteCost, minimumBytes: splitting.minimumPulledBytes)
        else { return nil }
        let job = SecondPartJob(
            bytes: wholeBuffer, start: .third(element: element, nodes: HandedNodes(ids: nodeIDs, records: fragment.nodes), done: part.done),
            file: file, cancellation: cancellation, fileBytes: release.file, releaseStep: release.step, stop: RaisedFlag(),
            checked: RaisedFlag())
        return ThirdPart(element: element, result: job.run())
    }

    /// Joins the third part after the edges read so far, which end where it starts (the reader
    /// is at its first element); or, when it failed there, reads on alone from that element.
    mutating func take(_ third: ThirdPart) throws {
        let element = third.element
        switch third.result {
        case .decoded(let edges, let ids, let end, let tail, _):
            _ = lines.location(ofOffset: element, in: bytes)
            edgeIDs.append(contentsOf: ids)
            let atElement = lines
            fragment.edges.append(movingPlacesOf: consume edges, to: element, lines: atElement)
            lines = atElement.continued(by: tail)
            reader.position = element + end
            tookThirdPart = true
            // The third part's pages waited for the second thread, which may have finished
            // after it: nothing reads the bytes behind the array any more.
            release.advance(to: reader.position)
        case .cancelled:
            throw LoadCancelled()
        case .bailed, .unverified, .stopped:
            try decodeEdges(atElement: true)
        }
    }
}
