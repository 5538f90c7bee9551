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
    /// - Complexity: O(V + E).
    public var statistics: GraphStatistics {
        GraphStatistics(
            nodeCount: nodes.count, edgeCount: edges.count,
            nodesByType: Self.counted(nodes.map(\.type)), edgesByType: Self.counted(edges.map(\.type)),
            documentCount: documents.count)
    }

    /// Every (edge type, from-type, to-type) combination with its count, sorted by those names.
    /// - Complexity: O(E + K log K) for K combinations.
    public var edgeTypeUsage: [EdgeTypeUsage] {
        var counts = [[String]: Int]()
        for edge in edges {
            counts[[edge.type, nodes[edge.source].type, nodes[edge.target].type], default: 0] += 1
        }
        return counts.map { EdgeTypeUsage(edgeType: $0.key[0], fromType: $0.key[1], toType: $0.key[2], count: $0.value) }
            .sorted { ($0.edgeType, $0.fromType, $0.toType) < ($1.edgeType, $1.fromType, $1.toType) }
    }

    private static func counted(_ values: [String]) -> [TypeCount] {
        var counts = [String: Int]()
        for value in values { counts[value, default: 0] += 1 }
        return counts.sorted { $0.key < $1.key }.map { TypeCount(type: $0.key, count: $0.value) }
    }
}
