// swift-tools-version: 6.1
// The benchmark runner, a package of its own so that building the root package (and CI)
// never compiles it. Run from the repository root:
//   swift run -c release --package-path Benchmarks casegraph-bench GRAPH.json WORKLOAD.queries.json [--peers PEERS.json]
import PackageDescription

let package = Package(
    name: "casegraph-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "casegraph", path: ".."),
    ],
    targets: [
        .executableTarget(
            name: "casegraph-bench",
            dependencies: [
                .product(name: "CaseGraph", package: "casegraph"),
                .product(name: "CaseQuery", package: "casegraph"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
