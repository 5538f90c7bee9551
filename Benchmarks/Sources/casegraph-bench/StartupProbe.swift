import CaseGraph
import CaseQuery
import Foundation

/// Time from process start to ready: the parent notes the clock, starts this executable
/// with `--startup-child PATH`, and the child prints the clock once it has loaded the graph
/// and built a ``Session`` (what `casegraph` does before its first prompt).
enum StartupProbe {
    static func child(graphPath: String) {
        do {
            let loaded = try GraphLoader.load(paths: [graphPath])
            let session = Session(graph: loaded.graph)
            let ready = monotonicNanoseconds()
            print("\(ready) \(session.graph.nodes.count)")
        } catch {
            print("error \(error)")
        }
    }

    /// Median and maximum start-to-ready time in ms over `runs` fresh processes.
    static func measure(graphPath: String, runs: Int) -> (median: Double, max: Double)? {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        var times = [Double]()
        for _ in 0..<runs {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = ["--startup-child", graphPath]
            let pipe = Pipe()
            process.standardOutput = pipe
            let start = monotonicNanoseconds()
            do { try process.run() } catch { return nil }
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            let fields = String(decoding: data, as: UTF8.self).split(separator: " ")
            guard let first = fields.first, let ready = UInt64(first) else { return nil }
            times.append(Double(ready - start) / 1e6)
        }
        times.sort()
        return times.isEmpty ? nil : (times[times.count / 2], times.last!)
    }
}
