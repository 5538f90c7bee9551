import CaseGraph
import CaseQuery
import Foundation

/// One row of the report: a figure of casegraph and, when known, the best peer's.
struct Row {
    var label: String
    var value: Double
    var unit: String
    var best: (value: Double, peer: String)?
    /// Higher is better (MB/s); ratios are then best ÷ ours so that < 1 always means "casegraph wins".
    var higherIsBetter = false

    var ratio: Double? {
        guard let best, best.value > 0, value.isFinite else { return nil }
        return higherIsBetter ? best.value / value : value / best.value
    }
}

struct Bench {
    var options: BenchOptions
    var rows = [Row]()
    var results = [String: Any]()
    var mismatches = [String: Any]()

    init(options: BenchOptions) { self.options = options }

    mutating func run() throws {
        let baselineRSS = peakRSSMegabytes()
        let workload = try Workload(path: options.workloadPath)
        let peers = try options.peersPath.map(PeerResults.init(path:))
        let graphBytes = (try? FileManager.default.attributesOfItem(atPath: options.graphPath)[.size] as? Int) ?? 0

        // Load: file → queryable graph (read, parse, validate, build, name index, quote check).
        let loadStart = monotonicNanoseconds()
        let loaded: LoadedGraph
        do { loaded = try GraphLoader.load(paths: [options.graphPath]) } catch {
            throw BenchError("the graph did not load: \(error.diagnostics.prefix(5).map(\.description).joined(separator: "; "))")
        }
        let loadSeconds = Double(monotonicNanoseconds() - loadStart) / 1e9
        let peakAfterLoad = peakRSSMegabytes()
        let rssAfterLoad = currentRSSMegabytes() ?? .nan
        let graph = loaded.graph
        let megabytes = Double(graphBytes) / 1e6
        results["graph"] = ["path": options.graphPath, "bytes": graphBytes, "nodes": graph.nodes.count,
                            "edges": graph.edges.count, "warnings": loaded.warnings.count]
        results["load"] = ["total_s": rounded(loadSeconds, 4), "mb_per_s": rounded(megabytes / loadSeconds, 1)]
        results["memory"] = ["baseline_rss_mb": rounded(baselineRSS, 1), "peak_rss_after_load_mb": rounded(peakAfterLoad, 1),
                             "rss_after_load_mb": rounded(rssAfterLoad, 1),
                             "peak_over_json": rounded(peakAfterLoad / max(megabytes, 1e-9), 2)]
        rows.append(Row(label: "load (s)", value: loadSeconds, unit: "s", best: peers?.best(\.loadSeconds)))
        rows.append(Row(label: "load (MB/s)", value: megabytes / loadSeconds, unit: "MB/s",
                        best: peers?.best { $0.loadSeconds.map { megabytes / $0 } }.map { _ in
                            let fastest = peers!.best(\.loadSeconds)!
                            return (megabytes / fastest.value, fastest.peer)
                        }, higherIsBetter: true))
        rows.append(Row(label: "peak RSS after load (MB)", value: peakAfterLoad, unit: "MB", best: peers?.best(\.peakRSS)))
        rows.append(Row(label: "RSS after load (MB)", value: rssAfterLoad, unit: "MB", best: peers?.best(\.rssAfterLoad)))

        if let kind = options.profile {
            try profileLoop(kind, graph, workload)
            return
        }
        try engineQueries(graph, workload, peers)
        statements(graph, workload, peers)

        results["memory_end_peak_rss_mb"] = rounded(peakRSSMegabytes(), 1)
        if let startup = StartupProbe.measure(graphPath: options.seedGraph, runs: options.startupRuns) {
            results["startup_ms"] = ["median": rounded(startup.median), "max": rounded(startup.max), "graph": options.seedGraph]
            rows.append(Row(label: "start → ready on \(options.seedGraph) (ms)", value: startup.median, unit: "ms"))
        }
        if options.breakdown { loadBreakdown(graphBytes: graphBytes) }
        results["mismatches"] = mismatches
        results["rows"] = rows.map { row -> [String: Any] in
            var entry: [String: Any] = ["figure": row.label, "value": rounded(row.value)]
            if let best = row.best { entry["best_peer"] = best.peer; entry["best_peer_value"] = best.value }
            if let ratio = row.ratio { entry["ratio_to_best_peer"] = rounded(ratio) }
            return entry
        }
        printReport(peers: peers != nil)
        let data = try JSONSerialization.data(withJSONObject: results, options: [.prettyPrinted, .sortedKeys])
        try data.write(to: URL(fileURLWithPath: options.outPath))
        print("results written to \(options.outPath)")
    }

    // MARK: - Profiling

    /// Runs one kind of query of the workload round and round for the time limit.
    private func profileLoop(_ kind: String, _ graph: Graph, _ workload: Workload) throws {
        var session = Session(graph: graph)
        let ids = { (pair: Workload.Pair) in (graph.index(ofID: pair.from) ?? 0, graph.index(ofID: pair.to) ?? 0) }
        let centres = workload.neighbourhood.map { graph.index(ofID: $0) ?? 0 }
        let body: () -> Int
        switch kind {
        case "linked": body = { workload.neighbourhood.reduce(0) { $0 + (session.run("linked \($1) depth 2 limit 200").first?.output?.utf8.count ?? 0) } }
        case "path": body = { workload.path.map(ids).reduce(0) { $0 + (graph.shortestPaths(from: $1.0, to: $1.1).paths.first?.length ?? 0) } }
        case "trace": body = { workload.trace.map(ids).reduce(0) { $0 + (graph.shortestPaths(from: $1.0, to: $1.1, direction: .outgoing).paths.first?.length ?? 0) } }
        case "statement_path": body = { workload.path.reduce(0) { $0 + (session.run("path \($1.from) to \($1.to)").first?.output?.utf8.count ?? 0) } }
        case "lookup": body = { workload.lookup.reduce(0) { $0 + graph.names.exactMatches($1.name).count } }
        case "one_hop": body = { centres.reduce(0) { $0 + graph.reach(from: $1, depth: 1).count } }
        case "two_hop": body = { centres.reduce(0) { $0 + graph.reach(from: $1, depth: 2).count } }
        default: throw BenchError("--profile takes linked, statement_path, path, trace, lookup, one_hop or two_hop")
        }
        let start = monotonicNanoseconds()
        var rounds = 0, total = 0
        while Double(monotonicNanoseconds() - start) / 1e9 < options.timeLimit {
            total &+= body()
            rounds += 1
        }
        print("profiled \(kind): \(rounds) rounds (checksum \(total))")
    }

    // MARK: - Engine

    private mutating func engineQueries(_ graph: Graph, _ workload: Workload, _ peers: PeerResults?) throws {
        let limit = options.timeLimit
        let lookups = workload.lookup
        let (lookupTimes, lookupCounts) = timeEach(lookups, timeLimit: limit) { graph.names.exactMatches($0.name) }
        let lookupAnswers = zip(lookups, lookupCounts).map { item, found in found.filter { graph.nodes[$0].name == item.name }.count }
        record("lookup", "name lookup (µs)", lookupTimes, lookupAnswers, peers)

        let centres = workload.neighbourhood.map { graph.index(ofID: $0) ?? -1 }
        guard !centres.contains(-1) else { throw BenchError("a neighbourhood id of the workload is not in the graph") }
        let (oneTimes, one) = timeEach(centres, timeLimit: limit) { graph.reach(from: $0, depth: 1).count }
        record("one_hop", "engine 1-hop (µs)", oneTimes, one, peers)
        let (twoTimes, two) = timeEach(centres, timeLimit: limit) { graph.reach(from: $0, depth: 2).count }
        record("two_hop", "engine 2-hop (µs)", twoTimes, two, peers)
        // The ordered rows with their via edges (what `linked` without a limit shows), for
        // comparison with the flat search; same answers as the 2-hop row.
        let (rowTimes, rowCounts) = timeEach(centres, timeLimit: limit) { graph.neighbourhood(of: $0, depth: 2).count }
        record("two_hop_rows", "engine 2-hop ordered rows with via (µs)", rowTimes, rowCounts, nil)
        let rowMismatches = zip(rowCounts, two).filter { $0 != $1 }.count
        if var entry = results["two_hop_rows"] as? [String: Any] {
            entry["differ_from_two_hop"] = rowMismatches
            results["two_hop_rows"] = entry
        }
        if rowMismatches > 0 { mismatches["two_hop_rows"] = ["differ_from_two_hop": rowMismatches] }

        func indices(_ pairs: [Workload.Pair]) throws -> [(Int, Int)] {
            try pairs.map { pair in
                guard let from = graph.index(ofID: pair.from), let to = graph.index(ofID: pair.to) else {
                    throw BenchError("a pair of the workload names an unknown node: \(pair.from) → \(pair.to)")
                }
                return (from, to)
            }
        }
        let pathPairs = try indices(workload.path)
        let (pathTimes, paths) = timeEach(pathPairs, timeLimit: limit) {
            graph.shortestPaths(from: $0.0, to: $0.1, direction: .both).paths.first?.length ?? -1
        }
        record("path", "engine shortest path (µs)", pathTimes, paths, peers)
        let tracePairs = try indices(workload.trace)
        let (traceTimes, traces) = timeEach(tracePairs, timeLimit: limit) {
            graph.shortestPaths(from: $0.0, to: $0.1, direction: .outgoing).paths.first?.length ?? -1
        }
        record("trace", "engine trace (µs)", traceTimes, traces, peers)
        if let binary = options.floorBinary {
            let floor = try Floor.run(binary: binary, graph: graph, centres: centres, paths: pathPairs, traces: tracePairs,
                                      timeLimit: limit)
            compare(with: floor, ours: ["one_hop": (oneTimes, one), "two_hop": (twoTimes, two),
                                        "path": (pathTimes, paths), "trace": (traceTimes, traces)])
        }

        if let hub = graph.index(ofID: workload.hubID) {
            let (oneMs, oneCount) = medianMilliseconds(repeats: options.hubRepeats) { graph.reach(from: hub, depth: 1).count }
            let (twoMs, twoCount) = medianMilliseconds(repeats: options.hubRepeats) { graph.reach(from: hub, depth: 2).count }
            results["hub"] = ["id": workload.hubID, "one_hop": oneCount, "one_hop_median_ms": rounded(oneMs),
                              "two_hop": twoCount, "two_hop_median_ms": rounded(twoMs)]
            rows.append(Row(label: "hub 1-hop (ms)", value: oneMs, unit: "ms", best: peers?.best(\.hubOneHopMs)))
            rows.append(Row(label: "hub 2-hop (ms)", value: twoMs, unit: "ms", best: peers?.best(\.hubTwoHopMs)))
        }
    }

    /// Records the C floor's latencies beside casegraph's, and checks that it answered the same.
    private mutating func compare(with floor: Floor, ours: [String: (Latencies, [Int])]) {
        var entry: [String: Any] = ["build_csr_s": rounded(floor.buildSeconds, 4)]
        for name in ["one_hop", "two_hop", "path", "trace"] {
            guard let theirs = floor.kinds[name], let (latencies, answers) = ours[name] else { continue }
            let compared = min(answers.count, theirs.answers.count)
            let wrong = (0..<compared).filter { answers[$0] != theirs.answers[$0] }
            if !wrong.isEmpty {
                mismatches["floor_" + name] = wrong.prefix(20).map { ["query": $0, "casegraph": answers[$0], "floor": theirs.answers[$0]] }
            }
            var figures = theirs.latencies.json
            figures["compared"] = compared
            figures["mismatches"] = wrong.count
            figures["casegraph_over_floor_median"] = rounded(latencies.medianMicroseconds / theirs.latencies.medianMicroseconds, 2)
            entry[name] = figures
            let label = name.replacingOccurrences(of: "_", with: "-")
            rows.append(Row(label: "C CSR floor \(label) median (µs)", value: theirs.latencies.medianMicroseconds, unit: "µs"))
            rows.append(Row(label: "casegraph ÷ floor, \(label) median", value: latencies.medianMicroseconds
                            / theirs.latencies.medianMicroseconds, unit: "×"))
        }
        results["floor"] = entry
    }

    /// Records a query kind's latencies and compares its answers with the peers' reference.
    private mutating func record(_ kind: String, _ label: String, _ latencies: Latencies, _ answers: [Int], _ peers: PeerResults?) {
        var entry = latencies.json
        if let reference = peers?.reference(kind, count: latencies.ofTotal) {
            var wrong = [[String: Any]]()
            for (index, answer) in answers.enumerated() where answer != reference.answers[index] {
                wrong.append(["query": index, "casegraph": answer, reference.peer: reference.answers[index]])
            }
            entry["checked_against"] = reference.peer
            entry["mismatches"] = wrong.count
            if !wrong.isEmpty { mismatches[kind] = Array(wrong.prefix(20)) }
        }
        results[kind] = entry
        let best = peers?.best { $0.queries[kind].map(\.median) }
        let bestP99 = peers?.best { $0.queries[kind].map(\.p99) }
        rows.append(Row(label: label.replacingOccurrences(of: " (µs)", with: " median (µs)"),
                        value: latencies.medianMicroseconds, unit: "µs", best: best))
        rows.append(Row(label: label.replacingOccurrences(of: " (µs)", with: " p99 (µs)"),
                        value: latencies.p99Microseconds, unit: "µs", best: bestP99))
    }

    // MARK: - Statements

    private mutating func statements(_ graph: Graph, _ workload: Workload, _ peers: PeerResults?) {
        var session = Session(graph: graph)
        var failures = [String: Int]()
        var outputBytes = 0
        func timed(_ kind: String, _ texts: [String], label: String) {
            let (latencies, sizes) = timeEach(texts, timeLimit: options.timeLimit) { text -> Int in
                let outcome = session.run(text)
                return outcome.first?.output?.utf8.count ?? -1
            }
            failures[kind] = sizes.filter { $0 < 0 }.count
            outputBytes = sizes.reduce(0) { $0 + max($1, 0) }
            var entry = latencies.json
            entry["failed"] = failures[kind]
            entry["mean_output_bytes"] = sizes.isEmpty ? 0 : outputBytes / sizes.count
            results["statement_" + kind] = entry
            rows.append(Row(label: "\(label) median (µs)", value: latencies.medianMicroseconds, unit: "µs"))
            rows.append(Row(label: "\(label) p99 (µs)", value: latencies.p99Microseconds, unit: "µs"))
        }
        timed("linked", workload.neighbourhood.map { "linked \($0) depth 2 limit 200" }, label: "statement linked depth 2")
        timed("path", workload.path.map { "path \($0.from) to \($0.to)" }, label: "statement path")
        timed("trace", workload.trace.map { "trace \($0.from) to \($0.to)" }, label: "statement trace")
        let hub = workload.hubID
        // The hub's whole 2-hop neighbourhood drawn, and listed as JSON and CSV (what `jq` and
        // spreadsheet users pipe): output formatting at scale.
        var json = Session(graph: graph, options: SessionOptions(format: .json))
        var csv = Session(graph: graph, options: SessionOptions(format: .csv))
        let exports: [(String, String, Int, String)] = [
            ("export_dot_hub", "export dot linked \(hub) depth 2", options.hubRepeats, ""),
            ("export_dot_hub_all", "export dot linked \(hub) depth 2 limit 0", 1, ""),
            ("json_hub_all", "linked \(hub) depth 2 limit 0", 1, "json"),
            ("csv_hub_all", "linked \(hub) depth 2 limit 0", 1, "csv"),
        ]
        for (kind, text, repeats, format) in exports {
            let (ms, size) = medianMilliseconds(repeats: repeats) {
                let outcome = format == "json" ? json.run(text) : format == "csv" ? csv.run(text) : session.run(text)
                return outcome.first?.output?.utf8.count ?? -1
            }
            results["statement_" + kind] = ["statement": text, "format": format.isEmpty ? "dot" : format,
                                            "median_ms": rounded(ms), "output_bytes": size]
            let shown = format.isEmpty ? "`\(text)`" : "`\(text)` as \(format)"
            rows.append(Row(label: "\(shown) (ms, \(size) bytes)", value: ms, unit: "ms"))
        }
    }

    // MARK: - Load breakdown

    /// Times the load's phases one by one (after the figures above, so its memory does not count).
    private mutating func loadBreakdown(graphBytes: Int) {
        let path = options.graphPath
        var start = monotonicNanoseconds()
        guard let data = FileManager.default.contents(atPath: path) else { return }
        let readData = Double(monotonicNanoseconds() - start) / 1e9
        start = monotonicNanoseconds()
        let bytes = [UInt8](data)
        let copy = Double(monotonicNanoseconds() - start) / 1e9
        start = monotonicNanoseconds()
        let parsed = try? JSONParser.parse(bytes)
        let parse = Double(monotonicNanoseconds() - start) / 1e9
        _ = parsed.map { _ in 0 }
        start = monotonicNanoseconds()
        let noQuotes = try? GraphLoader.load(sources: [GraphSource(file: path, bytes: bytes)])
        let loadNoQuotes = Double(monotonicNanoseconds() - start) / 1e9
        var build = Double.nan
        if let graph = noQuotes?.graph {
            start = monotonicNanoseconds()
            let rebuilt = Graph(name: graph.name, description: graph.description, documents: graph.documents,
                                nodes: graph.nodes, edges: graph.edges)
            build = Double(monotonicNanoseconds() - start) / 1e9
            _ = rebuilt.nodes.count
        }
        // The whole load again, in the same conditions as its parts.
        start = monotonicNanoseconds()
        let again = try? GraphLoader.load(paths: [path])
        let full = Double(monotonicNanoseconds() - start) / 1e9
        _ = again?.graph.nodes.count
        let breakdown: [String: Any] = [
            "read_file_s": rounded(readData, 4), "copy_to_bytes_s": rounded(copy, 4), "json_parse_tree_s": rounded(parse, 4),
            "load_without_quote_check_s": rounded(loadNoQuotes, 4),
            // The loader's fast path decodes straight from the bytes: no tree. `json_parse_tree_s`
            // is what the slow path (the fall-back for files with problems) would add.
            "decode_merge_validate_s": rounded(loadNoQuotes - build, 4),
            "graph_init_csr_name_index_s": rounded(build, 4),
            "full_load_again_s": rounded(full, 4),
            "quote_check_and_read_s": rounded(full - loadNoQuotes - readData - copy, 4),
        ]
        results["load_breakdown"] = breakdown
        print("load breakdown (s): " + breakdown.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " "))
    }

    // MARK: - Report

    private func printReport(peers: Bool) {
        func format(_ value: Double) -> String {
            guard value.isFinite else { return "-" }
            if value >= 100 { return String(format: "%.0f", value) }
            if value >= 10 { return String(format: "%.1f", value) }
            return String(format: "%.2f", value)
        }
        let width = max(40, rows.map(\.label.count).max() ?? 40)
        func pad(_ text: String, _ count: Int, left: Bool = false) -> String {
            let fill = String(repeating: " ", count: max(0, count - text.count))
            return left ? fill + text : text + fill
        }
        var header = pad("figure", width) + "  " + pad("casegraph", 10, left: true)
        if peers { header += "  " + pad("best peer", 20, left: true) + "  " + pad("ratio", 7, left: true) }
        print(header)
        print(String(repeating: "-", count: header.count))
        for row in rows {
            var line = pad(row.label, width) + "  " + pad(format(row.value), 10, left: true)
            if peers {
                let best = row.best.map { "\(format($0.value)) \($0.peer)" } ?? ""
                line += "  " + pad(best, 20, left: true) + "  " + pad(row.ratio.map { String(format: "%.2f", $0) } ?? "", 7, left: true)
            }
            print(line)
        }
        if peers {
            print("ratio = casegraph ÷ best peer for times and memory, best peer ÷ casegraph for MB/s: < 1 means casegraph is better")
            let counts = ["lookup", "one_hop", "two_hop", "path", "trace"].map { kind -> String in
                let entry = results[kind] as? [String: Any]
                return "\(kind) \(entry?["mismatches"] as? Int ?? -1)"
            }
            print("answer mismatches against the peers' reference answers: " + counts.joined(separator: ", "))
            if let differ = (results["two_hop_rows"] as? [String: Any])?["differ_from_two_hop"] as? Int {
                print("2-hop ordered rows whose count differs from the 2-hop answer: \(differ)")
            }
        }
        let fails = ["linked", "path", "trace"].map { kind in
            "\(kind) \((results["statement_" + kind] as? [String: Any])?["failed"] as? Int ?? -1)"
        }
        print("failed statements: " + fails.joined(separator: ", "))
    }
}
