/// Where a bidirectional search left the nodes that can lie on a shortest path, by their
/// distance to the goal (see ``Graph/distancesToGoal(start:goal:direction:maximumLength:cancellation:scratch:view:arrays:)``).
///
/// The layers themselves are in the scratch buffers: `backwardLayers[k] ..< backwardLayers[k + 1]`
/// of ``PathSearchArrays`` are the nodes at distance `k < b` to the goal in `secondQueue` (all
/// of them, on a shortest path or not); `onPathStarts[k - b] ..< onPathStarts[k - b + 1]` of
/// ``TraversalScratch/flaggedNodes`` the forward nodes on shortest paths at distance `k` from
/// `b` (the meeting layer) to `length` (the start).
struct ShortestPathLayers {
    /// The length of the shortest paths.
    var length: Int
    /// The backward search's depth `b`.
    var backwardDepth: Int

    /// Every node at `distance` from the goal that can lie on a shortest path (a superset
    /// below the meeting layer), as a range of `flaggedNodes` or, below `b`, of `secondQueue`,
    /// given the search's `backwardStarts` (`backwardLayers`) and `onPathStarts`.
    @inline(__always)
    func layer(atDistance distance: Int, backwardStarts: [Int], onPathStarts: [Int]) -> (inBackwardQueue: Bool, range: Range<Int>) {
        if distance < backwardDepth { return (true, backwardStarts[distance]..<backwardStarts[distance + 1]) }
        return (false, onPathStarts[distance - backwardDepth]..<onPathStarts[distance - backwardDepth + 1])
    }
}

extension Graph {
    /// Bidirectional breadth-first search between `start` and `goal`, expanding the frontier
    /// with fewer steps to look at, a whole layer at a time: the distance to `goal` of every
    /// node that can lie on a shortest path (read with ``distanceToGoal(_:length:scratch:)``)
    /// and the path length, or nil when `goal` is out of reach (or beyond `maximumLength`).
    ///
    /// The forward ball is `first` (distance from `start`, `firstQueue` in layer order), the
    /// backward ball `second` (distance to `goal`). When the frontiers meet after `f` forward
    /// and `b` backward layers, the length is `d = f + b`. The backward ball holds the exact
    /// distance to `goal` of each of its nodes. In the forward ball, the nodes of layer `f`
    /// that the backward search reached, and then, layer by layer back to `start`, the nodes
    /// with a step to a flagged node of the next layer, are exactly the forward nodes on
    /// shortest paths (`flag`); their distance to `goal` is `d` minus their distance from
    /// `start`. A node one hop closer to `goal` than a node on a shortest path is on one too,
    /// so the path listing sees the same distances a full backward search would give it. The
    /// result lists those nodes by distance to `goal` (see ``ShortestPathLayers``), in
    /// `scratch.flaggedNodes` and `arrays` (emptied by ``TraversalScratch/takePathArrays()``).
    /// - Complexity: O(V' + E') for the nodes and edges of the two balls; O(1) set-up, and no
    ///   allocation once `arrays` have grown to the size the searches need.
    func distancesToGoal(
        start: NodeIndex, goal: NodeIndex, direction: TraversalDirection, maximumLength: Int,
        cancellation: Cancellation, scratch: TraversalScratch, view: TraversalView, arrays: inout PathSearchArrays
    ) -> ShortestPathLayers? {
        scratch.secondSeen.insert(goal)
        scratch.secondValue[goal] = 0
        scratch.secondQueue[0] = Int32(goal)
        scratch.secondSeenCount = 1
        if start == goal {
            // The listing stops at `start` at once: no layer is read.
            return ShortestPathLayers(length: 0, backwardDepth: 0)
        }
        scratch.firstSeen.insert(start)
        scratch.firstValue[start] = 0
        scratch.firstQueue[0] = Int32(start)
        // Until the search ends normally, the sets' members are not all known (a cancelled
        // expansion leaves part of a layer).
        scratch.firstSeenCount = .max
        scratch.secondSeenCount = .max
        var work = 0
        var touched: Int32 = 0
        defer { scratch.touched = touched }
        arrays.forwardLayers.append(0)             // start of each forward layer in firstQueue
        arrays.backwardLayers.append(0)            // the same in secondQueue
        // arrays.forwardCosts: the cost of expanding each forward layer
        var forwardDepth = 0, backwardDepth = 0
        var forwardLayer = 0..<1, backwardLayer = 0..<1
        // A side's cost is computed when it is compared, and kept until the side moves on;
        // the layer where the searches meet is never costed.
        var forwardCost: Int?, backwardCost: Int?
        while true {
            if forwardDepth + backwardDepth >= maximumLength || forwardLayer.isEmpty || backwardLayer.isEmpty {
                scratch.firstSeenCount = forwardLayer.upperBound
                scratch.secondSeenCount = backwardLayer.upperBound
                return nil
            }
            let forwardAhead = forwardCost ?? view.cost(of: scratch.firstQueue, forwardLayer, direction)
            let backwardAhead = backwardCost ?? view.cost(of: scratch.secondQueue, backwardLayer, direction.reversed)
            forwardCost = forwardAhead
            backwardCost = backwardAhead
            let forward = forwardAhead <= backwardAhead
            let layer = forward ? forwardLayer : backwardLayer
            guard let (end, met) = view.expand(
                layer, direction: forward ? direction : direction.reversed,
                depth: Int32(truncatingIfNeeded: (forward ? forwardDepth : backwardDepth) + 1),
                queue: forward ? scratch.firstQueue : scratch.secondQueue,
                seen: forward ? scratch.firstSeen : scratch.secondSeen,
                value: forward ? scratch.firstValue : scratch.secondValue,
                other: forward ? scratch.secondSeen : scratch.firstSeen,
                cancellation: cancellation, work: &work, touched: &touched)
            else { return nil }
            if forward {
                arrays.forwardCosts.append(forwardAhead)
                forwardDepth += 1
                forwardLayer = forwardLayer.upperBound..<end
                arrays.forwardLayers.append(forwardLayer.lowerBound)
                forwardCost = nil
            } else {
                backwardDepth += 1
                backwardLayer = backwardLayer.upperBound..<end
                arrays.backwardLayers.append(backwardLayer.lowerBound)
                backwardCost = nil
            }
            if met { break }
        }
        scratch.firstSeenCount = forwardLayer.upperBound
        scratch.secondSeenCount = backwardLayer.upperBound
        // Flag the forward nodes on shortest paths, from the meeting layer back to `start`:
        // a node of layer i is on one when it steps to a flagged node of layer i + 1. Either
        // walk the steps of the flagged nodes backwards, or the steps of every node of
        // layer i forwards, whichever looks at fewer.
        var flagged = arrays.flagged, previous = arrays.previous, onPathStarts = arrays.onPathStarts
        arrays.flagged = []
        arrays.previous = []
        arrays.onPathStarts = []
        // Empty: `reset()` emptied it, and nothing was flagged since.
        var onPath = [Int32]()
        swap(&onPath, &scratch.flaggedNodes)
        onPathStarts.append(0)
        for position in forwardLayer where scratch.secondSeen.contains(Int(scratch.firstQueue[position])) {
            scratch.flagged.insert(Int(scratch.firstQueue[position]))
            flagged.append(scratch.firstQueue[position])
        }
        var layer = forwardDepth - 1
        let reversed = direction.reversed
        while layer > 0 {
            onPath += flagged
            onPathStarts.append(onPath.count)
            previous.removeAll(keepingCapacity: true)
            let depth = Int32(layer)
            var backwardCost = 0
            for node in flagged { backwardCost += view.adjacency.degree(of: Int(node), reversed) }
            if backwardCost <= arrays.forwardCosts[layer] {
                for node in flagged {
                    for slot in view.adjacency.slots(of: Int(node), reversed) {
                        let neighbour = Int(view.adjacency.neighbours[slot])
                        guard scratch.firstSeen.contains(neighbour), scratch.firstValue[neighbour] == depth,
                              !scratch.flagged.contains(neighbour), view.allows(slot: slot)
                        else { continue }
                        scratch.flagged.insert(neighbour)
                        previous.append(Int32(truncatingIfNeeded: neighbour))
                    }
                }
            } else {
                for position in arrays.forwardLayers[layer]..<arrays.forwardLayers[layer + 1] {
                    let node = Int(scratch.firstQueue[position])
                    for slot in view.adjacency.slots(of: node, direction) {
                        let neighbour = Int(view.adjacency.neighbours[slot])
                        guard scratch.flagged.contains(neighbour), scratch.firstValue[neighbour] == depth + 1,
                              view.allows(slot: slot)
                        else { continue }
                        scratch.flagged.insert(node)
                        previous.append(Int32(truncatingIfNeeded: node))
                        break
                    }
                }
            }
            swap(&flagged, &previous)
            layer -= 1
        }
        onPath += flagged
        onPathStarts.append(onPath.count)
        if forwardDepth > 0 {
            scratch.flagged.insert(start)
            onPath.append(Int32(start))
            onPathStarts.append(onPath.count)
        }
        scratch.flaggedNodes = onPath
        arrays.flagged = flagged
        arrays.previous = previous
        arrays.onPathStarts = onPathStarts
        return ShortestPathLayers(length: forwardDepth + backwardDepth, backwardDepth: backwardDepth)
    }

    /// The distance to the goal of a node on a shortest path found by
    /// ``distancesToGoal(start:goal:direction:maximumLength:cancellation:scratch:view:arrays:)``
    /// of `length`; nil for a node on none (or one the searches did not settle).
    @inline(__always)
    func distanceToGoal(_ node: NodeIndex, length: Int, scratch: TraversalScratch) -> Int? {
        if scratch.secondSeen.contains(node) { return Int(scratch.secondValue[node]) }
        if scratch.flagged.contains(node) { return length - Int(scratch.firstValue[node]) }
        return nil
    }
}

extension TraversalView {
    /// The number of steps expanding the nodes at `layer` of `queue` would look at: the sum of
    /// their degrees.
    func cost(of queue: UnsafeMutablePointer<Int32>, _ layer: Range<Int>, _ direction: TraversalDirection) -> Int {
        var cost = 0
        for position in layer { cost += adjacency.degree(of: Int(queue[position]), direction) }
        return cost
    }

    /// Expands one breadth-first layer of one side of a bidirectional search: appends the
    /// unmarked neighbours of `queue[layer]` after it, marking them with `depth` (after a
    /// neighbour in the `other` set was found, only those in it). Returns
    /// where the new layer ends and whether a new node was already marked by the `other`
    /// side; nil when cancelled.
    @inline(__always)
    func expand(
        _ layer: Range<Int>, direction: TraversalDirection, depth: Int32, queue: UnsafeMutablePointer<Int32>,
        seen: NodeBits, value: UnsafeMutablePointer<Int32>, other: NodeBits,
        cancellation: Cancellation, work: inout Int, touched: inout Int32
    ) -> (end: Int, met: Bool)? {
        // The loop without the edge-type test when there is no filter.
        mask == nil
            ? expand(layer, direction: direction, depth: depth, queue: queue, seen: seen, value: value, other: other,
                     cancellation: cancellation, work: &work, touched: &touched, filtered: false)
            : expand(layer, direction: direction, depth: depth, queue: queue, seen: seen, value: value, other: other,
                     cancellation: cancellation, work: &work, touched: &touched, filtered: true)
    }

    @inline(__always)
    private func expand(
        _ layer: Range<Int>, direction: TraversalDirection, depth: Int32, queue: UnsafeMutablePointer<Int32>,
        seen: NodeBits, value: UnsafeMutablePointer<Int32>, other: NodeBits,
        cancellation: Cancellation, work: inout Int, touched: inout Int32, filtered: Bool
    ) -> (end: Int, met: Bool)? {
        var tail = layer.upperBound, met = false
        var touchedUpTo = layer.lowerBound
        for position in layer {
            if cancellation.shouldStop(after: &work) { return nil }
            if position == touchedUpTo {
                touchedUpTo = min(position &+ Self.touchBatch, layer.upperBound)
                touched &+= touchRuns(of: queue, position..<touchedUpTo, direction)
            }
            let slots = adjacency.slots(of: Int(queue[position]), direction)
            var slot = slots.lowerBound
            // Until the sides meet, every new neighbour is kept, without a branch on whether it
            // is new: it is written past the queue's end, which moves only when it was.
            while !met && slot < slots.upperBound {
                let neighbour = Int(adjacency.neighbours[slot])
                slot &+= 1
                if filtered && !allows(slot: slot &- 1) { continue }
                let new = seen.insertCountingNew(neighbour)
                queue[tail] = Int32(truncatingIfNeeded: neighbour)
                tail &+= new
                if new & other.oneIfContains(neighbour) != 0 { met = true }
            }
            // Once the sides have met, this is the last layer, and only its nodes in the other
            // ball matter (see `distancesToGoal`): the rest are left out.
            while slot < slots.upperBound {
                let neighbour = Int(adjacency.neighbours[slot])
                slot &+= 1
                guard !seen.contains(neighbour), other.contains(neighbour), !filtered || allows(slot: slot &- 1)
                else { continue }
                seen.insert(neighbour)
                queue[tail] = Int32(truncatingIfNeeded: neighbour)
                tail &+= 1
            }
        }
        // The new layer's marks, in one pass of stores that nothing waits on.
        for position in layer.upperBound..<tail { value[Int(queue[position])] = depth }
        return (tail, met)
    }
}
