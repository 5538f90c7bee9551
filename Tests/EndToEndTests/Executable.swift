import Foundation
import Testing

/// Runs the built `casegraph` executable, as a user would.
enum Executable {
    /// The package root.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    /// The `casegraph` binary beside the test bundle (`swift build` builds it).
    static var path: String {
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = bundle.deletingLastPathComponent()
        while !folder.path.hasSuffix(".xctest") && folder.path != "/" && !FileManager.default.fileExists(atPath: folder.appendingPathComponent("casegraph").path) {
            folder = folder.deletingLastPathComponent()
        }
        if folder.path.hasSuffix(".xctest") { folder = folder.deletingLastPathComponent() }
        return folder.appendingPathComponent("casegraph").path
    }

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs casegraph with `arguments` in `directory` (the package root by default), feeding `input` on stdin.
    /// Output goes through files, not pipes: a blocking pipe read can fail with EINTR.
    static func run(_ arguments: [String], input: String = "", directory: String? = nil,
                    environment: [String: String] = [:], program: String? = nil) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program ?? path)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory ?? root)
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env.removeValue(forKey: "CASEGRAPH_GRAPH")
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cg-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputFile = folder.appendingPathComponent("in"), outFile = folder.appendingPathComponent("out"),
            errFile = folder.appendingPathComponent("err")
        try Data(input.utf8).write(to: inputFile)
        _ = FileManager.default.createFile(atPath: outFile.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errFile.path, contents: nil)
        process.standardInput = try FileHandle(forReadingFrom: inputFile)
        process.standardOutput = try FileHandle(forWritingTo: outFile)
        process.standardError = try FileHandle(forWritingTo: errFile)
        try process.run()
        process.waitUntilExit()
        return Run(status: process.terminationStatus,
                   stdout: String(decoding: try Data(contentsOf: outFile), as: UTF8.self),
                   stderr: String(decoding: try Data(contentsOf: errFile), as: UTF8.self))
    }

    /// A fresh temporary folder; the caller removes it with `removeFolder(_:)`.
    static func temporaryFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cg-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.path
    }

    /// Removes a folder made by `temporaryFolder()`, and everything in it.
    static func removeFolder(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }
}
