import CaseGraph
@testable import CaseQuery
import Testing

@Suite("set timer: how long each statement took")
struct TimerTests {
    /// A chain of 2,000 events: enough work that evaluating and formatting take measurable time.
    private static let chain: Graph = {
        let nodes = (0..<2_000).map { Node(id: "n\($0)", type: "event", name: "Event \($0)") }
        let edges = (1..<2_000).map { Edge(id: nil, source: $0 - 1, target: $0, type: "led_to") }
        return Graph(nodes: nodes, edges: edges)
    }()

    @Test("off by default; `set timer on` times every later statement, a failed one too; `off` stops it")
    func onAndOff() {
        var session = Session(graph: Self.chain)
        #expect(session.run("stats").first?.timing == nil)
        let switched = session.run("set timer on")
        #expect(switched.first?.output == "timer: on")
        #expect(session.options.timer)

        let outcomes = session.run("nodes limit 0; show nobody; trace n0 to n1999")
        #expect(outcomes.count == 3)
        for outcome in outcomes {
            let timing = outcome.timing
            #expect(timing != nil, "\(outcome.statement)")
            if let timing {
                #expect(timing.bind >= .zero && timing.evaluate >= .zero && timing.format >= .zero)
                #expect(timing.total == timing.bind + timing.evaluate + timing.format)
            }
        }
        #expect(outcomes[1].failed)
        // A listing of 2,000 rows spends time in formatting; a failed bind formats nothing.
        #expect((outcomes[0].timing?.format ?? .zero) > .zero)
        #expect(outcomes[1].timing?.format == .zero)
        #expect(outcomes[1].timing?.evaluate == .zero)
        #expect((outcomes[1].timing?.bind ?? .zero) > .zero)

        #expect(session.run("set timer off").first?.output == "timer: off")
        #expect(session.run("stats").first?.timing == nil)
    }

    @Test("the --timer option's session starts with the timer on")
    func option() {
        var session = Session(graph: Self.chain, options: SessionOptions(timer: true))
        #expect(session.run("linked n5 depth 2").first?.timing != nil)
    }

    @Test("durations read in µs, ms or s with three significant figures",
          arguments: [
              (Duration.nanoseconds(0), "0.0 µs"), (.nanoseconds(46_240), "46.2 µs"), (.nanoseconds(312_400), "312 µs"),
              (.microseconds(1_640), "1.6 ms"), (.milliseconds(250), "250 ms"), (.milliseconds(2_410), "2.4 s"),
              (.seconds(125), "125 s"),
          ])
    func written(duration: Duration, text: String) {
        #expect(StatementTiming.written(duration) == text)
    }

    @Test func summary() {
        let timing = StatementTiming(bind: .nanoseconds(2_100), evaluate: .nanoseconds(30_100), format: .nanoseconds(14_000))
        #expect(timing.summary == "time: 46.2 µs (bind 2.1 µs, evaluate 30.1 µs, format 14.0 µs)")
        #expect(StatementTiming.loadSummary(.milliseconds(2_300), nodes: 1, edges: 53) == "time: load 2.3 s (1 node, 53 edges)")
    }
}
