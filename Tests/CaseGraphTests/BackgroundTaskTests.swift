@testable import CaseGraph
import Testing

/// A background task hands its result over once; waiting again returns at once, with nothing
/// (the split decoder may take a finished second part's result early, then stop it later).
@Suite("Background tasks")
struct BackgroundTaskTests {
    @Test("the first wait hands the result over; a later one returns nil without blocking")
    func waitTwice() {
        let task = BackgroundTask { 42 }
        #expect(task.wait() == 42)
        #expect(task.wait() == nil)
        #expect(task.wait() == nil)
    }
}
