import Dispatch
import Testing
@testable import LineEditing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Readers of pipes and the SIGINT flag; serialized because the flag is
/// process-wide and a cleared flag would leave an interrupted read waiting.
@Suite(.serialized)
struct PipeAndSignalTests {
    private func readAll(_ bytes: [UInt8]) -> [LineReadResult] {
        var reader = PlainLineReader(fileDescriptor: pipeFeeding(bytes))
        defer { close(reader.fileDescriptor) }
        var results: [LineReadResult] = []
        while true {
            let result = reader.readLine(prompt: "ignored> ")
            results.append(result)
            if result == .endOfInput { return results }
        }
    }

    @Test func readsSeveralLinesThenEndOfInput() {
        #expect(readAll(Array("find Zoë\npath a b\n".utf8)) == [.line("find Zoë"), .line("path a b"), .endOfInput])
    }

    @Test func acceptsCRLFAndKeepsEmptyLines() {
        #expect(readAll(Array("a\r\n\r\nb\n\n".utf8)) == [.line("a"), .line(""), .line("b"), .line(""), .endOfInput])
    }

    @Test func returnsAFinalLineWithoutNewline() {
        #expect(readAll(Array("first\nlast".utf8)) == [.line("first"), .line("last"), .endOfInput])
        #expect(readAll(Array("only\r".utf8)) == [.line("only"), .endOfInput])
    }

    @Test func emptyInputIsJustEndOfInput() {
        #expect(readAll([]) == [.endOfInput])
    }

    @Test func readsAOneMegabyteLine() {
        let long = String(repeating: "Filipijnse autoriteiten ", count: 45_000)  // ~1.08 MB
        let results = readAll(Array((long + "\nnext\n").utf8))
        #expect(results.count == 3)
        #expect(results.first == .line(long))
        #expect(results.dropFirst().first == .line("next"))
    }

    @Test func decodesInvalidUTF8WithReplacementCharacters() {
        let bytes: [UInt8] = Array("ok ".utf8) + [0xFF, 0xC3] + Array("\nZo".utf8) + [0xC3, 0xAB] + [0x0A]
        #expect(readAll(bytes) == [.line("ok \u{FFFD}\u{FFFD}"), .line("Zoë"), .endOfInput])
    }

    @Test func dropsAByteOrderMarkAtTheStartOnly() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a\n".utf8) + [0xEF, 0xBB, 0xBF] + Array("b\n".utf8)
        #expect(readAll(bytes) == [.line("a"), .line("\u{FEFF}b"), .endOfInput])
    }

    @Test func keepsReturningEndOfInput() {
        var reader = PlainLineReader(fileDescriptor: pipeFeeding(Array("x".utf8)))
        defer { close(reader.fileDescriptor) }
        #expect(reader.readLine(prompt: "") == .line("x"))
        #expect(reader.readLine(prompt: "") == .endOfInput)
        #expect(reader.readLine(prompt: "") == .endOfInput)
    }

    @Test func interruptFlagIsSetBySIGINTAndCleared() {
        InterruptFlag.install()
        InterruptFlag.clear()
        #expect(!InterruptFlag.isSet)
        // Test threads may block signals (libdispatch workers do).
        var sigint = sigset_t()
        var previous = sigset_t()
        sigemptyset(&sigint)
        sigaddset(&sigint, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &sigint, &previous)
        raise(SIGINT)
        pthread_sigmask(SIG_SETMASK, &previous, nil)
        #expect(InterruptFlag.isSet)
        InterruptFlag.clear()
        #expect(!InterruptFlag.isSet)
    }

    /// A process may start with SIGINT blocked (the mask is inherited through exec): then
    /// Ctrl-C would reach a statement only while a line is read, never while it runs.
    @Test func installUnblocksSIGINTOnTheCallingThread() {
        var sigint = sigset_t()
        var previous = sigset_t()
        var current = sigset_t()
        sigemptyset(&sigint)
        sigaddset(&sigint, SIGINT)
        pthread_sigmask(SIG_BLOCK, &sigint, &previous)
        InterruptFlag.install()
        pthread_sigmask(SIG_SETMASK, nil, &current)
        #expect(sigismember(&current, SIGINT) == 0)
        pthread_sigmask(SIG_SETMASK, &previous, nil)
        InterruptFlag.clear()
    }

    @Test func sigintInterruptsAWaitingRead() {
        InterruptFlag.install()
        InterruptFlag.clear()
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        closeOnExec(ends)
        defer { close(ends[0]); close(ends[1]) }
        // The read runs on a thread of our own with SIGINT unblocked (test-pool threads may
        // block signals), which stays alive until the test is done with it, so a signal
        // can never reach another test's thread.
        final class Reading: @unchecked Sendable {
            var thread = pthread_t()
            var results: [LineReadResult] = []
            let started = DispatchSemaphore(value: 0)
            let firstDone = DispatchSemaphore(value: 0)
            let goOn = DispatchSemaphore(value: 0)
            let secondDone = DispatchSemaphore(value: 0)
        }
        let reading = Reading()
        let descriptor = ends[0]
        spawnThread {
            var sigint = sigset_t()
            sigemptyset(&sigint)
            sigaddset(&sigint, SIGINT)
            pthread_sigmask(SIG_UNBLOCK, &sigint, nil)
            reading.thread = pthread_self()
            reading.started.signal()
            var reader = PlainLineReader(fileDescriptor: descriptor)
            reading.results.append(reader.readLine(prompt: ""))
            reading.firstDone.signal()
            reading.goOn.wait()
            reading.results.append(reader.readLine(prompt: ""))
            reading.secondDone.signal()
        }
        reading.started.wait()
        // Keep signalling until the read returns, so a slow start cannot hang the test.
        var attempts = 0
        while reading.firstDone.wait(timeout: .now() + .milliseconds(100)) == .timedOut && attempts < 100 {
            pthread_kill(reading.thread, SIGINT)
            attempts += 1
        }
        InterruptFlag.clear()
        _ = write(ends[1], "after\n", 6)
        reading.goOn.signal()
        #expect(reading.secondDone.wait(timeout: .now() + .seconds(10)) == .success)
        #expect(reading.results == [.interrupted, .line("after")])
    }
}

@Suite struct LineSplitterTests {
    @Test func handlesLinesSplitAcrossChunks() {
        var splitter = LineSplitter()
        splitter.append(Array("ab".utf8))
        #expect(splitter.nextLine() == nil)
        splitter.append(Array("c\r".utf8))
        #expect(splitter.nextLine() == nil)
        splitter.append(Array("\nd\n".utf8))
        #expect(splitter.nextLine() == "abc")
        #expect(splitter.nextLine() == "d")
        #expect(splitter.nextLine() == nil)
        #expect(splitter.finish() == nil)
    }

    @Test func decodesACharacterSplitAcrossChunks() {
        var splitter = LineSplitter()
        splitter.append([0x5A, 0x6F, 0xC3])
        splitter.append([0xAB, 0x0A])
        #expect(splitter.nextLine() == "Zoë")
    }

    @Test func discardsConsumedBytes() {
        var splitter = LineSplitter()
        for _ in 0..<2_000 {
            splitter.append(Array(String(repeating: "x", count: 99).utf8) + [0x0A])
            #expect(splitter.nextLine()?.count == 99)
        }
        #expect(splitter.pendingByteCount == 0)
    }
}
