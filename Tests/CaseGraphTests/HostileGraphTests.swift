import CaseGraph
import Foundation
import Testing

/// Hostile graph shapes and files: self-loops, parallel edges, cycles, and files that are
/// missing or unreadable.
@Suite("Hostile input: graph shapes and files")
struct HostileGraphTests {
    private func ids(_ graph: Graph, _ nodes: [NodeIndex]) -> [String] { nodes.map { graph.nodes[$0].id } }

    @Test("self-loops and parallel edges load; a self-loop is one edge, never a hop")
    func selfLoopsAndParallelEdges() throws {
        let graph = try TestGraphs.graph(
            nodes: [("a", "person"), ("b", "person")],
            edges: [("a", "knows", "a"), ("a", "knows", "a"), ("a", "knows", "b"), ("a", "knows", "b"), ("b", "pays", "a")])
        let a = try #require(graph.index(ofID: "a")), b = try #require(graph.index(ofID: "b"))
        #expect(graph.edges.count == 5)
        #expect(graph.outgoingEdges(of: a) == [0, 1, 2, 3])
        #expect(graph.incomingEdges(of: a) == [0, 1, 4])
        #expect(graph.edges(between: a, and: a) == [0, 1])
        #expect(graph.edges(between: a, and: b) == [2, 3, 4])
        #expect(graph.steps(from: a, direction: .both).map(\.edge) == [0, 1, 2, 3, 4])
        let reached = graph.neighbourhood(of: a, depth: 5)
        #expect(reached.map(\.node) == [b] && reached.first?.via == [2, 3, 4])
        #expect(graph.shortestPaths(from: a, to: a, limit: .max).paths.map(\.length) == [0])
        let path = try #require(graph.shortestPaths(from: a, to: b, direction: .outgoing).paths.first)
        #expect(path.hops.map(\.edges) == [[2, 3]])
        #expect(graph.shortestPaths(from: b, to: a, direction: .outgoing).paths.first?.hops.map(\.edges) == [[4]])
    }

    @Test("a graph of nothing but self-loops reaches nothing")
    func onlySelfLoops() throws {
        let graph = try TestGraphs.graph(nodes: [("a", "person")], edges: [("a", "knows", "a"), ("a", "pays", "a")])
        #expect(graph.neighbourhood(of: 0, depth: 1_000_000).isEmpty)
        #expect(graph.timeline(around: 0, depth: 1_000_000).isEmpty)
    }

    @Test("cycles along a trace: the search ends, and the path is the shortest one")
    func cycles() throws {
        // a → b → c → d → a, a cycle; and a shortcut b → d.
        let graph = try TestGraphs.graph(
            nodes: [("a", "event"), ("b", "event"), ("c", "event"), ("d", "event")],
            edges: [("a", "led_to", "b"), ("b", "led_to", "c"), ("c", "led_to", "d"), ("d", "led_to", "a"), ("b", "led_to", "d")])
        let a = try #require(graph.index(ofID: "a")), c = try #require(graph.index(ofID: "c")),
            d = try #require(graph.index(ofID: "d"))
        #expect(graph.shortestPaths(from: a, to: d, direction: .outgoing, limit: .max).paths.map { ids(graph, $0.nodes) }
                == [["a", "b", "d"]])
        #expect(graph.shortestPaths(from: c, to: a, direction: .outgoing, limit: .max).paths.map { ids(graph, $0.nodes) }
                == [["c", "d", "a"]])
        #expect(graph.shortestPaths(from: d, to: c, direction: .outgoing, limit: .max).paths.map { ids(graph, $0.nodes) }
                == [["d", "a", "b", "c"]])
        // Backwards along the cycle is not a trace, but it is a path.
        #expect(graph.shortestPaths(from: d, to: c, direction: .incoming).paths.map { ids(graph, $0.nodes) } == [["d", "c"]])
        #expect(graph.neighbourhood(of: a, depth: 1_000_000, direction: .outgoing).map(\.distance) == [1, 2, 2])
    }

    @Test("a long cycle: every trace around it is found, without deep recursion trouble")
    func longCycle() throws {
        let count = 2_000
        let names = (0..<count).map { "n\(String($0).leftPadded(to: 4))" }
        let graph = Graph(nodes: names.map { Node(id: $0, type: "event", name: $0) },
                          edges: (0..<count).map { Edge(id: nil, source: $0, target: ($0 + 1) % count, type: "led_to") })
        let found = graph.shortestPaths(from: 1, to: 0, direction: .outgoing, limit: .max)
        #expect(found.paths.count == 1 && found.paths.first?.length == count - 1)
        #expect(graph.shortestPaths(from: 1, to: 0, direction: .both).paths.first?.length == 1)
        #expect(graph.neighbourhood(of: 0, depth: .max, direction: .outgoing).last?.distance == count - 1)
    }

    @Test("a file that vanishes is refused clearly; so is one that cannot be read")
    func vanishingFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cg-hostile-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/case.json"
        try TestGraphs.file(nodes: TestGraphs.node("a")).write(toFile: file, atomically: true, encoding: .utf8)
        #expect(try GraphLoader.load(paths: [file]).graph.nodes.count == 1)
        try FileManager.default.removeItem(atPath: file)
        #expect(loadErrors([file]) == ["\(file): error: no such file or folder"])
        #expect(loadErrors([folder]) == ["\(folder): error: the folder holds no *.json graph files"])
        // A device is read like a pipe, to its end (here, at once); a folder named like a graph
        // file cannot be read.
        #expect(loadErrors(["/dev/null"]) == ["/dev/null:1:1: error: JSON syntax error: unexpected end of input, expected a value"])
        try FileManager.default.createDirectory(atPath: folder + "/odd.json", withIntermediateDirectories: true)
        #expect(loadErrors([folder]) == [folder + "/odd.json: error: cannot read the file: Is a directory"])
    }

    private func loadErrors(_ paths: [String]) -> [String] {
        do {
            _ = try GraphLoader.load(paths: paths)
            return []
        } catch {
            return error.errors.map(\.description)
        }
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
