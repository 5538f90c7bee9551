import Foundation
import Testing

/// casegraph's answers against networkx's on graphs no test was written for: `linked`, `path`,
/// `trace`, `path … all`, `show`, `nodes`, `edges` and `stats`, through the built binary with
/// `--format json` (Tests/Python/differential.py does the comparing).
@Suite("Answers equal networkx's on generated graphs")
struct DifferentialTests {
    /// A seed that changes from run to run, so that each run checks a graph no run checked
    /// before; a failure names it, and `differential.py` repeats it.
    static let freshSeed = Int(Date().timeIntervalSince1970) % 100_000

    /// The documents hold 1 to 4 quotes a line (`--paragraph`): quotes are whole lines, or
    /// sentences inside lines; any quote reported missing fails the check.
    @Test("the benchmark generator's graphs (case-file shape: hubs, a dozen edge types)",
          arguments: [11, freshSeed])
    func generated(seed: Int) throws {
        let folder = try Executable.temporaryFolder()
        defer { Executable.removeFolder(folder) }
        let graph = folder + "/g.json"
        try python([Executable.root + "/Benchmarks/generate.py", "--nodes", "1500", "--edges", "5000",
                    "--seed", String(seed), "--out", graph, "--paragraph", String(1 + seed % 4)])
        try compare(graph, seed: seed)
    }

    @Test("random graphs (self-loops, parallel edges, isolated nodes, several components)",
          arguments: [3, freshSeed])
    func random(seed: Int) throws {
        let folder = try Executable.temporaryFolder()
        defer { Executable.removeFolder(folder) }
        let graph = folder + "/r.json"
        try python([Executable.root + "/Tests/Python/differential.py", "--make", graph,
                    "--nodes", "1200", "--edges", "4000", "--seed", String(seed)])
        try compare(graph, seed: seed)
    }

    private func python(_ arguments: [String]) throws {
        let run = try Executable.run(["python3"] + arguments, program: "/usr/bin/env")
        try #require(run.status == 0, "\(arguments): \(run.stdout)\(run.stderr)")
    }

    private func compare(_ graph: String, seed: Int) throws {
        let run = try Executable.run(
            ["python3", Executable.root + "/Tests/Python/differential.py", graph, Executable.path,
             "--statements", "150", "--seed", String(seed)],
            program: "/usr/bin/env")
        let summary = run.stdout.split(separator: "\n").last.map(String.init) ?? ""
        #expect(run.status == 0, "seed \(seed): \(run.stdout)\(run.stderr)")
        #expect(summary.hasSuffix(", 0 errors, 0 mismatches"), "seed \(seed): \(summary)")
        // The check ran what it meant to: hundreds of statements, each answered.
        let statements = Int(summary.split(separator: " ").first ?? "") ?? 0
        #expect(statements > 400, "seed \(seed): \(summary)")
    }
}
