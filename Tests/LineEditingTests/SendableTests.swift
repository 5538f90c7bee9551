import Testing
import LineEditing

/// Compile-time checks: the value types cross concurrency domains.
@Suite struct SendableTests {
    private func requireSendable<T: Sendable>(_: T.Type) {}

    @Test func valueTypesAreSendable() {
        requireSendable(LineReadResult.self)
        requireSendable(ScriptLineReader.self)
        requireSendable(PlainLineReader.self)
        requireSendable(Completion.self)
        requireSendable(HistoryFileError.self)
        requireSendable((any Completing).self)
    }
}
