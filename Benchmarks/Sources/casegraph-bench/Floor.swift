import CaseGraph
import Foundation

/// The floor — a plain C CSR (`Benchmarks/floor/floor.c`) — run on the very graph and
/// workload casegraph just answered: the bench writes them as node indices into a dump, runs
/// the floor binary, and reads back its latencies and answers.
struct Floor {
    /// One kind of query as the floor ran it: latencies in ns, and its answers in workload order.
    struct Kind {
        var latencies: Latencies
        var answers: [Int]
    }

    var buildSeconds: Double
    var kinds: [String: Kind]

    /// Runs `binary` on `graph` and the workload's queries (already resolved to node indices).
    static func run(
        binary: String, graph: Graph, centres: [Int], paths: [(Int, Int)], traces: [(Int, Int)], timeLimit: Double
    ) throws -> Floor {
        let dump = FileManager.default.temporaryDirectory.appendingPathComponent("casegraph-floor-\(getpid()).bin")
        defer { try? FileManager.default.removeItem(at: dump) }
        try write(graph: graph, centres: centres, paths: paths, traces: traces, to: dump)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = [dump.path, String(timeLimit)]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw BenchError("the floor binary failed (exit \(process.terminationStatus))") }
        guard let json = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw BenchError("the floor binary wrote no JSON object")
        }
        var kinds = [String: Kind]()
        for (name, total) in [("one_hop", centres.count), ("two_hop", centres.count), ("path", paths.count), ("trace", traces.count)] {
            guard let entry = json[name] as? [String: Any], let times = entry["ns"] as? [NSNumber],
                  let answers = entry["answers"] as? [NSNumber] else { throw BenchError("the floor's JSON lacks \(name)") }
            var latencies = Latencies(ofTotal: total)
            latencies.samples = times.map(\.uint64Value)
            latencies.stoppedByTimeLimit = times.count < total
            kinds[name] = Kind(latencies: latencies, answers: answers.map(\.intValue))
        }
        return Floor(buildSeconds: (json["build_s"] as? NSNumber)?.doubleValue ?? .nan, kinds: kinds)
    }

    /// The dump `floor.c` reads: magic, node count, edge count, sources, targets, then the
    /// centres, path pairs and trace pairs, each list after its count (little-endian int32s,
    /// the edge count an int64).
    private static func write(graph: Graph, centres: [Int], paths: [(Int, Int)], traces: [(Int, Int)], to url: URL) throws {
        var bytes = [UInt8]("CGFLOOR1".utf8)
        func append<Integer: FixedWidthInteger>(_ value: Integer) {
            withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
        }
        append(Int32(graph.nodes.count))
        append(Int64(graph.edges.count))
        bytes.reserveCapacity(bytes.count + 8 * graph.edges.count + 4 * (centres.count + 2 * (paths.count + traces.count)) + 12)
        for edge in graph.edges { append(Int32(edge.source)) }
        for edge in graph.edges { append(Int32(edge.target)) }
        append(Int32(centres.count))
        for centre in centres { append(Int32(centre)) }
        for pairs in [paths, traces] {
            append(Int32(pairs.count))
            for (from, to) in pairs {
                append(Int32(from))
                append(Int32(to))
            }
        }
        try Data(bytes).write(to: url)
    }
}
