// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "casegraph",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "casegraph", targets: ["casegraph"]),
        .library(name: "CaseGraph", targets: ["CaseGraph"]),
        .library(name: "CaseQuery", targets: ["CaseQuery"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
    ],
    targets: [
        // The model: JSON reading, loading and validation, the in-memory graph and its algorithms.
        .target(
            name: "CaseGraph",
            dependencies: ["CPrefetch", "CStructureScan", "CLineScan", "CByteSearch", "CFileMap", "CHashSeed", .product(name: "DequeModule", package: "swift-collections")]
        ),
        // A prefetch hint for the loader's reads ahead (C: Swift has no such call).
        .target(name: "CPrefetch"),
        // The loader's structure walk over JSON, 64 bytes at a time (C: SSE2 compares and bit masks).
        .target(name: "CStructureScan"),
        // The quote check's scan of a document's lines, 16 bytes at a time (C: SSE2 compares).
        .target(name: "CLineScan"),
        // The name search's scan of every key at once for a search text (C: the C library's memmem).
        .target(name: "CByteSearch"),
        // A graph file mapped into memory, guarded against the file shrinking meanwhile (C: a
        // SIGBUS handler, which Swift cannot write).
        .target(name: "CFileMap"),
        // The byte hash's random seed, drawn before main and read as a plain load (C: a Swift
        // global would check on every read that it was initialised).
        .target(name: "CHashSeed"),
        // The query language: text → tokens → syntax → bound statement → result → formatter.
        .target(name: "CaseQuery", dependencies: ["CaseGraph"]),
        // libedit, as a system library. Only LineEditing imports it.
        .systemLibrary(name: "CEditLine", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
        // The line editor: prompt, history, completion, Ctrl-C, behind the LineReading protocol.
        .target(name: "LineEditing", dependencies: ["CEditLine"]),
        // The executable: argument parsing and wiring only.
        .executableTarget(
            name: "casegraph",
            dependencies: [
                "CaseGraph", "CaseQuery", "LineEditing",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "CaseGraphTests", dependencies: ["CaseGraph"], resources: [.copy("Fixtures")]),
        .testTarget(name: "CaseQueryTests", dependencies: ["CaseQuery", "CaseGraph"], exclude: ["Goldens", "Scripts"]),
        .testTarget(name: "LineEditingTests", dependencies: ["LineEditing"]),
        .testTarget(name: "EndToEndTests", dependencies: []),
    ],
    swiftLanguageModes: [.v6]
)
