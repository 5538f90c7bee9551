import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Monotonic time in nanoseconds (system-wide, so a parent and its child can compare).
@inline(__always)
func monotonicNanoseconds() -> UInt64 {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
}

/// Peak resident set size of this process so far, in MB (getrusage ru_maxrss, KiB on Linux).
func peakRSSMegabytes() -> Double {
    var usage = rusage()
    #if os(Linux)
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    #else
    getrusage(RUSAGE_SELF, &usage)
    #endif
    #if canImport(Darwin)
    return Double(usage.ru_maxrss) / 1_048_576
    #else
    return Double(usage.ru_maxrss) / 1024
    #endif
}

/// Current resident set size in MB (`/proc/self/statm`), nil where there is no /proc.
func currentRSSMegabytes() -> Double? {
    guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return nil }
    let fields = text.split(separator: " ")
    guard fields.count > 1, let pages = Double(fields[1]) else { return nil }
    return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
}

/// Latencies of one query kind, in nanoseconds, in the order they ran.
struct Latencies {
    var samples: [UInt64] = []
    var ofTotal = 0
    var stoppedByTimeLimit = false

    /// Median (upper middle for an even count) in µs.
    var medianMicroseconds: Double { percentile(50) }
    /// 99th percentile, nearest rank, in µs.
    var p99Microseconds: Double { percentile(99) }

    func percentile(_ percent: Double) -> Double {
        guard !samples.isEmpty else { return .nan }
        let sorted = samples.sorted()
        if percent == 50 {
            let middle = sorted.count / 2
            let value = sorted.count % 2 == 1 ? Double(sorted[middle]) : (Double(sorted[middle - 1]) + Double(sorted[middle])) / 2
            return value / 1000
        }
        let rank = max(1, Int((percent / 100 * Double(sorted.count)).rounded(.up)))
        return Double(sorted[rank - 1]) / 1000
    }

    var json: [String: Any] {
        ["ran": samples.count, "of": ofTotal, "stopped_by_time_limit": stoppedByTimeLimit,
         "median_us": rounded(medianMicroseconds), "p99_us": rounded(p99Microseconds)]
    }
}

/// Runs `body` once per item, timing each call, until the items or `timeLimit` seconds run out.
/// `body` returns the answer, which is kept (so the work cannot be optimised away).
func timeEach<Item, Answer>(
    _ items: [Item], timeLimit: Double, _ body: (Item) -> Answer
) -> (Latencies, [Answer]) {
    var latencies = Latencies(ofTotal: items.count)
    var answers = [Answer]()
    answers.reserveCapacity(items.count)
    latencies.samples.reserveCapacity(items.count)
    let deadline = monotonicNanoseconds() + UInt64(timeLimit * 1e9)
    for item in items {
        let start = monotonicNanoseconds()
        let answer = body(item)
        let end = monotonicNanoseconds()
        latencies.samples.append(end - start)
        answers.append(answer)
        if end > deadline {
            latencies.stoppedByTimeLimit = latencies.samples.count < items.count
            break
        }
    }
    return (latencies, answers)
}

/// The median of `repeats` timed runs of `body`, in ms, and its last answer.
func medianMilliseconds<Answer>(repeats: Int, _ body: () -> Answer) -> (Double, Answer) {
    var times = [UInt64]()
    var last: Answer?
    for _ in 0..<max(1, repeats) {
        let start = monotonicNanoseconds()
        last = body()
        times.append(monotonicNanoseconds() - start)
    }
    times.sort()
    return (Double(times[times.count / 2]) / 1e6, last!)
}

func rounded(_ value: Double, _ places: Int = 3) -> Double {
    guard value.isFinite else { return -1 }
    let scale = pow(10, Double(places))
    return (value * scale).rounded() / scale
}
