import CaseGraph

/// A small, fast, seedable random number generator (SplitMix64), so every property test
/// sees the same graphs on every run and a failure names the seed that reproduces it.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}

/// A random directed multigraph of 0–12 nodes with self-loops, parallel edges and several
/// edge types, and the slow, obviously correct answers the graph algorithms are checked against.
///
/// Node ids are drawn from a pool whose byte order differs from the order the nodes are
/// created in, so a tie broken by index instead of by id shows up.
struct OracleGraph: CustomStringConvertible {
    static let idPool = ["m10", "B", "ab", "a-b", "z", "m1", "a", "m2", "Z9", "n", "q", "c", "b"]
    static let edgeTypes = ["knows", "pays", "led_to"]

    let seed: UInt64
    let ids: [String]
    /// (source, target, type), by edge index.
    let edgeList: [(source: Int, target: Int, type: String)]
    let graph: Graph

    init(seed: UInt64) {
        self.seed = seed
        var random = SeededGenerator(seed: seed)
        let nodeCount = seed % 16 == 0 ? Int(seed / 16 % 2) : Int.random(in: 1...12, using: &random)
        ids = Array(Self.idPool.shuffled(using: &random).prefix(nodeCount))
        var edges = [(source: Int, target: Int, type: String)]()
        if nodeCount > 0 {
            let edgeCount = Int.random(in: 0...(nodeCount * 3), using: &random)
            for _ in 0..<edgeCount {
                let source = Int.random(in: 0..<nodeCount, using: &random)
                // One edge in five is a self-loop; one in five repeats an earlier edge's ends.
                let target: Int
                switch Int.random(in: 0..<5, using: &random) {
                case 0: target = source
                default: target = Int.random(in: 0..<nodeCount, using: &random)
                }
                let type = Self.edgeTypes.randomElement(using: &random) ?? "knows"
                if !edges.isEmpty && Int.random(in: 0..<5, using: &random) == 0, let earlier = edges.randomElement(using: &random) {
                    edges.append((earlier.source, earlier.target, type))
                } else {
                    edges.append((source, target, type))
                }
            }
        }
        edgeList = edges
        graph = Graph(
            nodes: ids.map { Node(id: $0, type: "person", name: "Name " + $0) },
            edges: edges.enumerated().map { Edge(id: "e\($0.offset)", source: $0.element.source, target: $0.element.target, type: $0.element.type) })
    }

    var description: String {
        "seed \(seed): nodes \(ids), edges " + edgeList.map { "\(ids[$0.source])-\($0.type)->\(ids[$0.target])" }.joined(separator: ", ")
    }

    var nodes: Range<Int> { 0..<ids.count }

    /// Edge-type filters worth trying on this graph: none, each single type, two types, and
    /// a type no edge has.
    var filters: [Set<String>?] {
        [nil, ["knows"], ["pays", "led_to"], ["absent"]]
    }

    static let directions: [TraversalDirection] = [.both, .outgoing, .incoming]

    // MARK: The oracle

    /// The edges that make a hop from `from` to `to` in `direction`, in edge order.
    func hopEdges(from: Int, to: Int, direction: TraversalDirection, filter: Set<String>?) -> [Int] {
        edgeList.indices.filter { index in
            let edge = edgeList[index]
            guard filter?.contains(edge.type) ?? true else { return false }
            switch direction {
            case .outgoing: return edge.source == from && edge.target == to
            case .incoming: return edge.target == from && edge.source == to
            case .both: return (edge.source == from && edge.target == to) || (edge.target == from && edge.source == to)
            }
        }
    }

    /// All-pairs hop distances by Floyd–Warshall; nil where there is no path.
    func floydWarshall(direction: TraversalDirection, filter: Set<String>?) -> [[Int?]] {
        let count = ids.count
        var distance = [[Int?]](repeating: [Int?](repeating: nil, count: count), count: count)
        for node in nodes { distance[node][node] = 0 }
        for from in nodes {
            for to in nodes where from != to && !hopEdges(from: from, to: to, direction: direction, filter: filter).isEmpty {
                distance[from][to] = 1
            }
        }
        for middle in nodes {
            for from in nodes {
                guard let first = distance[from][middle] else { continue }
                for to in nodes {
                    guard let second = distance[middle][to] else { continue }
                    if distance[from][to].map({ first + second < $0 }) ?? true { distance[from][to] = first + second }
                }
            }
        }
        return distance
    }

    /// The nodes within `depth` hops of `start` by repeated expansion of a set — no queue,
    /// no distances carried along — with the round each was first reached in.
    func naiveNeighbourhood(of start: Int, depth: Int, direction: TraversalDirection, filter: Set<String>?) -> [Int: Int] {
        var reached = [start: 0]
        var round = 0
        while round < depth {
            round += 1
            let known = Set(reached.keys)
            for from in known {
                for to in nodes where reached[to] == nil
                    && !hopEdges(from: from, to: to, direction: direction, filter: filter).isEmpty {
                    reached[to] = round
                }
            }
            if reached.count == known.count { break }
        }
        reached[start] = nil
        return reached
    }

    /// Every simple path from `start` to `goal` of at most `maximumLength` hops, as node
    /// sequences, by exhaustive depth-first enumeration.
    func simplePaths(from start: Int, to goal: Int, maximumLength: Int, direction: TraversalDirection,
                     filter: Set<String>?) -> [[Int]] {
        var found = [[Int]]()
        var path = [start]
        func extend() {
            let last = path[path.count - 1]
            if last == goal {
                found.append(path)
                return
            }
            guard path.count - 1 < maximumLength else { return }
            for next in nodes where !path.contains(next)
                && !hopEdges(from: last, to: next, direction: direction, filter: filter).isEmpty {
                path.append(next)
                extend()
                path.removeLast()
            }
        }
        extend()
        return found
    }

    /// Whether one node sequence comes before another in the lexicographic order of their ids.
    func precedes(_ lhs: [Int], _ rhs: [Int]) -> Bool {
        lhs.map { Array(ids[$0].utf8) }.lexicographicallyPrecedes(rhs.map { Array(ids[$0].utf8) }) {
            $0.lexicographicallyPrecedes($1)
        }
    }

    /// Whether one node comes before another in id order.
    func idPrecedes(_ lhs: Int, _ rhs: Int) -> Bool {
        ids[lhs].utf8.lexicographicallyPrecedes(ids[rhs].utf8)
    }
}

/// The fixed seeds the property tests run on: enough graphs to cover empty, single-node,
/// sparse and dense cases, few enough to keep `swift test` quick.
enum OracleSeeds {
    static let all: [UInt64] = Array(0..<160) + [0xDEAD_BEEF, 0xC0FF_EE00, 1 << 40, 12_345_678_901]
}
