import CaseGraph
import CaseQuery
import Foundation

/// `casegraph-bench GRAPH.json WORKLOAD.queries.json [--peers PEERS.json] [--out RESULTS.json]
///  [--time-limit SECONDS] [--seed-graph PATH] [--startup-runs N] [--hub-repeats N] [--no-breakdown]
///  [--floor FLOOR_BINARY] [--profile KIND]`
///
/// `--floor` runs the floor, a plain C CSR (`Benchmarks/floor/floor.c`, built with
/// `cc -O2`), on the same graph and queries, checks its answers against casegraph's and reports
/// its latencies beside casegraph's.
///
/// `--profile KIND` (linked, statement_path, path, trace, lookup, one_hop, two_hop) loads the graph, then only runs that
/// statement or query of the workload over and over for `--time-limit` seconds, for `perf record`.
///
/// Loads the graph the way `casegraph` does, times the workload's queries through the engine
/// and through whole statements, checks the answers against the peers' reference answers,
/// and prints a table (with ratios to the best peer when `--peers` is given).
@main
struct BenchCommand {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.first == "--startup-child" {
            StartupProbe.child(graphPath: arguments.count > 1 ? arguments[1] : "graph")
            return
        }
        do {
            let options = try BenchOptions(arguments)
            var bench = Bench(options: options)
            try bench.run()
        } catch {
            FileHandle.standardError.write(Data("casegraph-bench: \(error)\n".utf8))
            exit(2)
        }
    }
}

struct BenchOptions {
    var graphPath: String
    var workloadPath: String
    var peersPath: String?
    var outPath: String
    var timeLimit = 20.0
    var seedGraph = "graph"
    var startupRuns = 10
    var hubRepeats = 5
    var breakdown = true
    /// Only loop over one kind of query (for a profiler), then exit.
    var profile: String?
    /// The C floor's binary (`Benchmarks/floor/floor.c`), run on the same graph and workload.
    var floorBinary: String?

    init(_ arguments: [String]) throws {
        var positional = [String]()
        var peers: String?, out: String?
        var index = 0
        func value() throws -> String {
            index += 1
            guard index < arguments.count else { throw BenchError("\(arguments[index - 1]) needs a value") }
            return arguments[index]
        }
        while index < arguments.count {
            switch arguments[index] {
            case "--peers": peers = try value()
            case "--out": out = try value()
            case "--time-limit": timeLimit = Double(try value()) ?? timeLimit
            case "--seed-graph": seedGraph = try value()
            case "--startup-runs": startupRuns = Int(try value()) ?? startupRuns
            case "--hub-repeats": hubRepeats = Int(try value()) ?? hubRepeats
            case "--no-breakdown": breakdown = false
            case "--profile": profile = try value()
            case "--floor": floorBinary = try value()
            case "-h", "--help":
                print("usage: casegraph-bench GRAPH.json WORKLOAD.queries.json [--peers PEERS.json] [--out RESULTS.json]"
                      + " [--time-limit 20] [--seed-graph graph] [--startup-runs 10] [--hub-repeats 5] [--no-breakdown] [--floor FLOOR_BINARY] [--profile linked|statement_path|path|trace|lookup|one_hop|two_hop]")
                exit(0)
            default: positional.append(arguments[index])
            }
            index += 1
        }
        guard positional.count == 2 else { throw BenchError("expected GRAPH.json and WORKLOAD.queries.json (see --help)") }
        graphPath = positional[0]
        workloadPath = positional[1]
        peersPath = peers
        let stem = graphPath.hasSuffix(".json") ? String(graphPath.dropLast(5)) : graphPath
        outPath = out ?? stem + ".casegraph.json"
    }
}
