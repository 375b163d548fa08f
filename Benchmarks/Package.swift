// swift-tools-version: 6.2
import Foundation
import PackageDescription

// The root package's identity is the name of its folder (`bon` in a clone, a worktree's name elsewhere).
let bon = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent
    .lowercased()

// Benchmarks for bon, kept out of the main package so that `swift build` there never builds them.
let package = Package(
    name: "bon-benchmarks",
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/swiftlang/swift-subprocess", from: "1.0.2"),
        .package(url: "https://github.com/apple/swift-system", from: "1.8.1"),
    ],
    targets: [
        // LLM client overhead per request against a loopback server, at concurrency 1, 8 and 64.
        .executableTarget(
            name: "LLMBenchmarks",
            dependencies: [
                .product(name: "LLM", package: bon),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            path: "LLMBenchmarks"
        ),
        // Parquet write/read of 1M result-shaped rows; `parquet.sh` prints pyarrow's figures beside ours.
        .executableTarget(
            name: "ParquetBenchmark",
            dependencies: [.product(name: "Parquet", package: bon)],
            path: "ParquetBenchmark"
        ),
        // Tool mocks, refusal detection and persona scoring, beside a naive phrase-list refusal detector.
        .executableTarget(
            name: "ToolsBenchmarks",
            dependencies: [
                .product(name: "LLM", package: bon),
                .product(name: "ToolSimulation", package: bon),
                .product(name: "Verification", package: bon),
            ],
            path: "ToolsBenchmarks"
        ),
        // Math answer checking: 100,000 pairs, cases per second and p50/p99 per case; `math.sh` runs math-verify beside it.
        .executableTarget(
            name: "MathBenchmark",
            dependencies: [.product(name: "Verification", package: bon)],
            path: "MathBenchmark"
        ),
        // The sandbox's added cost per run vs bare python3, and its throughput; `sandbox.sh` runs it.
        .executableTarget(
            name: "SandboxBenchmark",
            dependencies: [
                .product(name: "Verification", package: bon),
                .product(name: "Subprocess", package: "swift-subprocess"),
                .product(name: "SystemPackage", package: "swift-system"),
            ],
            path: "SandboxBenchmark"
        ),
        // `bon inspect`'s code path (read the result file, summarise, render) on a large result file.
        .executableTarget(
            name: "AnalysisBenchmarks",
            dependencies: [.product(name: "Analysis", package: bon)],
            path: "AnalysisBenchmarks"
        ),
        // The run engine: `bon run` against a fixed-latency, optionally rate-limited server; `run.sh` drives it.
        .executableTarget(
            name: "RunBenchmarks",
            dependencies: [
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            path: "RunBenchmarks"
        ),
        // Datasets: Parquet read + Nemotron normalisation throughput, and bytes read for the first 100 queries;
        // `datasets.sh` prints pyarrow + Python's figures beside ours.
        .executableTarget(
            name: "DatasetsBenchmarks",
            dependencies: [.product(name: "Datasets", package: bon)],
            path: "DatasetsBenchmarks"
        ),
    ]
)

for target in package.targets {
    var settings = target.swiftSettings ?? []
    settings += [
        // SE-0335: existential types are spelled `any P`.
        .enableUpcomingFeature("ExistentialAny"),
        // SE-0444: a file sees members only from modules it imports itself.
        .enableUpcomingFeature("MemberImportVisibility"),
        // SE-0409: imports are internal; write `public import` when re-exposing.
        .enableUpcomingFeature("InternalImportsByDefault"),
        // SE-0461: nonisolated async functions run on the caller's actor.
        .enableUpcomingFeature("NonisolatedNonsendingByDefault"),
    ]
    target.swiftSettings = settings
}
