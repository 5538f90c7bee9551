import Foundation

/// A `casegraph-workload/1` file written by `Benchmarks/queries.py`.
struct Workload {
    struct Pair { var from: String; var to: String }

    var hubID: String
    var lookup: [(id: String, name: String)]
    var neighbourhood: [String]
    var path: [Pair]
    var trace: [Pair]

    init(path file: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: file))
        guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw BenchError("\(file): not a JSON object")
        }
        guard (root["format"] as? String) == "casegraph-workload/1" else {
            throw BenchError("\(file): not a casegraph-workload/1 file")
        }
        hubID = (root["hub"] as? [String: Any])?["id"] as? String ?? ""
        lookup = (root["lookup"] as? [[String: Any]] ?? []).map { ($0["id"] as? String ?? "", $0["name"] as? String ?? "") }
        neighbourhood = root["neighbourhood"] as? [String] ?? []
        func pairs(_ key: String) -> [Pair] {
            (root[key] as? [[String: Any]] ?? []).map { Pair(from: $0["from"] as? String ?? "", to: $0["to"] as? String ?? "") }
        }
        path = pairs("path")
        trace = pairs("trace")
    }
}

/// The peers' results file written by `Benchmarks/peers.py`.
struct PeerResults {
    struct Peer {
        var name: String
        var version: String
        var loadSeconds: Double?
        var peakRSS: Double?
        var rssAfterLoad: Double?
        /// kind → (median µs, p99 µs, ran, of)
        var queries: [String: (median: Double, p99: Double, ran: Int, of: Int)]
        var hubOneHopMs: Double?
        var hubTwoHopMs: Double?
        var answers: [String: [Int]]
    }

    var peers: [Peer]

    init(path file: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: file))
        guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw BenchError("\(file): not a JSON object")
        }
        peers = (root["peers"] as? [[String: Any]] ?? []).compactMap { entry in
            guard (entry["status"] as? String) == "ok" else { return nil }
            let load = entry["load"] as? [String: Any] ?? [:]
            let memory = entry["memory"] as? [String: Any] ?? [:]
            let hub = entry["hub"] as? [String: Any] ?? [:]
            var queries: [String: (Double, Double, Int, Int)] = [:]
            for (kind, value) in entry["queries"] as? [String: [String: Any]] ?? [:] {
                guard let median = value["median_us"] as? Double, let p99 = value["p99_us"] as? Double else { continue }
                queries[kind] = (median, p99, value["ran"] as? Int ?? 0, value["of"] as? Int ?? 0)
            }
            var answers: [String: [Int]] = [:]
            for (kind, value) in entry["answers"] as? [String: Any] ?? [:] {
                if let list = value as? [Int] { answers[kind] = list }
            }
            return Peer(name: entry["peer"] as? String ?? "?", version: entry["version"] as? String ?? "",
                        loadSeconds: load["total_s"] as? Double, peakRSS: memory["peak_rss_mb"] as? Double,
                        rssAfterLoad: memory["rss_after_load_mb"] as? Double, queries: queries,
                        hubOneHopMs: hub["one_hop_median_ms"] as? Double, hubTwoHopMs: hub["two_hop_median_ms"] as? Double,
                        answers: answers)
        }
    }

    /// The smallest value of `figure` over the peers that have it, with the peer's name.
    func best(_ figure: (Peer) -> Double?) -> (value: Double, peer: String)? {
        peers.compactMap { peer in figure(peer).map { ($0, peer.name) } }.min { $0.0 < $1.0 }
    }

    /// Reference answers of one kind: the first peer that answered every query (no -2 interrupts).
    func reference(_ kind: String, count: Int) -> (answers: [Int], peer: String)? {
        for peer in peers {
            if let list = peer.answers[kind], list.count == count, !list.contains(-2) { return (list, peer.name) }
        }
        return nil
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
