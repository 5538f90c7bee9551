import CaseGraph
import CaseQuery
import Foundation

/// libFuzzer target for the query front end: the fuzz bytes are a script, lexed, parsed,
/// bound and evaluated against the seed graph `graph/taguig-2016.json`; every output and
/// error message must be terminal-safe. Statements that would touch files (`load`,
/// `export ... to FILE`) are bound but not run. Tab completion runs on the text too.
///
/// Built and run by `Tests/Fuzz/run.sh query SECONDS`.
private let seed: Graph = {
    let path = ProcessInfo.processInfo.environment["CASEGRAPH_FUZZ_GRAPH"]
        ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../graph/taguig-2016.json").path
    do {
        return try GraphLoader.load(paths: [path]).graph
    } catch {
        fatalError("cannot load the seed graph \(path): \(error)")
    }
}()

private let completer = StatementCompleter(graph: seed)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzQuery(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    // One statement, as the REPL's single-line parse sees it.
    do throws(QueryError) {
        _ = try StatementParser.parse(text)
    } catch {
        FuzzSupport.expectTerminalSafe(ErrorRendering.render(error, source: text, color: false), "parse error")
    }
    // The whole text as a script, each statement through bind and evaluate.
    let binder = Binder(graph: seed)
    for item in StatementParser.parseScript(text) {
        do throws(QueryError) {
            let parsed = try item.result.get()
            FuzzSupport.evaluate(try binder.bind(parsed, source: item.text), on: seed)
        } catch {
            FuzzSupport.expectTerminalSafe(ErrorRendering.render(error, source: item.text, color: false), "statement error")
        }
    }
    // Completion at the end of the text and somewhere inside it.
    let length = text.utf8.count
    for cursor in Set([length, length / 2]) {
        let completion = completer.complete(line: text, cursor: cursor)
        precondition((0...length).contains(completion.wordStart), "completion starts outside the line")
        precondition(completion.candidates.count <= StatementCompleter.maximumCandidates, "too many candidates")
    }
    return 0
}
