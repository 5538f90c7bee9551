/// How many nodes or edges have one type.
public struct TypeCount: Sendable, Hashable {
    public var type: String
    public var count: Int
}

/// Counts of a graph's contents, each list sorted by type name.
public struct GraphStatistics: Sendable, Hashable {
    public var nodeCount: Int
    public var edgeCount: Int
    public var nodesByType: [TypeCount]
    public var edgesByType: [TypeCount]
    public var documentCount: Int
}

/// One edge type's use: which node types it connects, and how often.
public struct EdgeTypeUsage: Sendable, Hashable {
    public var edgeType: String
    public var fromType: String
    public var toType: String
    public var count: Int
}

extension Graph {
    /// Node counts by type, edge counts by type, and the number of documents.
    /// - Complexity: O(V + E): a count per node and per edge by its type code.
    public var statistics: GraphStatistics {
        let nodeTypes = nodes.types
        var nodeCounts = [Int](repeating: 0, count: nodeTypes.names.count)
        for code in nodeTypes.codes { nodeCounts[Int(code)] += 1 }
        var edgeCounts = [Int](repeating: 0, count: edgeTypeNamesByCode.count)
        for code in edgeTypeCodes { edgeCounts[Int(code)] += 1 }
        return GraphStatistics(
            nodeCount: nodes.count, edgeCount: edges.count,
            nodesByType: Self.sortedCounts(names: nodeTypes.names, counts: nodeCounts),
            edgesByType: Self.sortedCounts(names: edgeTypeNamesByCode, counts: edgeCounts),
            documentCount: documents.count)
    }

    /// Every (edge type, from-type, to-type) combination with its count, sorted by those names.
    /// - Complexity: O(V + E + K log K) for K combinations: each edge is counted under its
    ///   three type codes, no string touched; in a flat table of every combination when there
    ///   are at most ``flatUsageLimit`` of them, else in a dictionary of those met.
    public var edgeTypeUsage: [EdgeTypeUsage] {
        struct Combination: Hashable {
            var edgeType: Int32
            var fromType: Int32
            var toType: Int32
        }
        let nodeTypes = nodes.types
        let (sources, targets) = (edges.sources, edges.targets)
        let width = nodeTypes.names.count, height = edgeTypeCodeByName.count
        var counts = [Combination: Int]()
        if width <= 1 << 10, height <= Self.flatUsageLimit, height * width * width <= Self.flatUsageLimit {
            var table = [Int](repeating: 0, count: height * width * width)
            for (edge, code) in edgeTypeCodes.enumerated() {
                let from = Int(nodeTypes.codes[Int(sources[edge])]), to = Int(nodeTypes.codes[Int(targets[edge])])
                table[(Int(code) * width + from) * width + to] += 1
            }
            for (cell, count) in table.enumerated() where count > 0 {
                counts[Combination(edgeType: Int32(cell / (width * width)), fromType: Int32(cell / width % width),
                                   toType: Int32(cell % width))] = count
            }
        } else {
            for (edge, code) in edgeTypeCodes.enumerated() {
                counts[Combination(edgeType: code, fromType: nodeTypes.codes[Int(sources[edge])],
                                   toType: nodeTypes.codes[Int(targets[edge])]), default: 0] += 1
            }
        }
        let edgeNames = edgeTypeNamesByCode
        return counts.map { key, count in
            EdgeTypeUsage(edgeType: edgeNames[Int(key.edgeType)], fromType: nodeTypes.names[Int(key.fromType)],
                          toType: nodeTypes.names[Int(key.toType)], count: count)
        }
        .sorted { ($0.edgeType, $0.fromType, $0.toType) < ($1.edgeType, $1.fromType, $1.toType) }
    }

    /// The most (edge type, from-type, to-type) combinations ``edgeTypeUsage`` counts in a flat
    /// table: 8 MB of counts.
    static let flatUsageLimit = 1 << 20

    /// The edge type names, indexed by type code.
    private var edgeTypeNamesByCode: [String] {
        var names = [String](repeating: "", count: edgeTypeCodeByName.count)
        for (name, code) in edgeTypeCodeByName { names[Int(code)] = name }
        return names
    }

    /// The types in name order with their counts, leaving out any name no node or edge has
    /// (the node list's type table is kept as its nodes were added).
    private static func sortedCounts(names: [String], counts: [Int]) -> [TypeCount] {
        zip(names, counts).filter { $0.1 > 0 }.map { TypeCount(type: $0, count: $1) }.sorted { $0.type < $1.type }
    }
}
