import CaseGraph
import CaseQuery
import Foundation
import Testing

/// `path ... all` lists its shortest paths as a result lists rows: `limit N` (or the session's
/// default) caps them, `limit 0` lists them all up to `Evaluator.pathLimit`, and a cut says so.
@Suite("path ... all: the paths listed follow the limit")
struct PathListLimitTests {
    /// Five layers of three nodes, each node linked to every node of the next layer: 27
    /// shortest paths from the first node of the first layer to the first of the last.
    static func layered() -> Graph {
        let ids = (0..<5).flatMap { layer in (0..<3).map { "n\(layer)-\($0)" } }
        var edges = [Edge]()
        for layer in 0..<4 {
            for from in 0..<3 {
                for to in 0..<3 { edges.append(Edge(id: nil, source: layer * 3 + from, target: (layer + 1) * 3 + to, type: "knows")) }
            }
        }
        return Graph(nodes: ids.map { Node(id: $0, type: "person", name: "Name " + $0) }, edges: edges)
    }

    /// The paths of a JSON answer, each as its node ids, and its notices.
    static func run(_ statement: String, defaultLimit: Int = 200) throws -> (paths: [[String]], truncated: Bool, notices: [String]) {
        var session = Session(graph: layered(), options: SessionOptions(format: .json, defaultLimit: defaultLimit))
        let output = try #require(session.run(statement).first?.output)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let paths = try #require(json["paths"] as? [[String: Any]]).map { path in
            (path["nodes"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        }
        return (paths, json["truncated"] as? Bool ?? false, json["notices"] as? [String] ?? [])
    }

    @Test("limit N lists the first N of the paths that limit 0 lists, and says more exist")
    func limitCapsThePaths() throws {
        let all = try Self.run("path n0-0 to n4-0 all limit 0")
        #expect(all.paths.count == 27)
        #expect(!all.truncated)
        #expect(Set(all.paths.map { $0.joined(separator: " ") }).count == 27)
        for limit in [1, 5, 26] {
            let some = try Self.run("path n0-0 to n4-0 all limit \(limit)")
            #expect(some.paths == Array(all.paths.prefix(limit)))
            #expect(some.truncated)
            #expect(some.notices.contains { $0.contains("showing the first \(limit)") && $0.contains("limit 0") })
        }
        let exact = try Self.run("path n0-0 to n4-0 all limit 27")
        #expect(exact.paths == all.paths && !exact.truncated && exact.notices.isEmpty)
    }

    @Test("without a limit, the session's default caps the paths")
    func defaultLimitCapsThePaths() throws {
        let capped = try Self.run("path n0-0 to n4-0 all", defaultLimit: 10)
        #expect(capped.paths.count == 10 && capped.truncated)
        let all = try Self.run("path n0-0 to n4-0 all", defaultLimit: 0)
        #expect(all.paths.count == 27 && !all.truncated)
        #expect(try Self.run("path n0-0 to n4-0 limit 5").paths.count == 1)  // one path without `all`
    }
}
