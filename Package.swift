// swift-tools-version: 6.2
import PackageDescription

let package = Package(
    name: "bon",
    products: [
        .executable(name: "bon", targets: ["bon"]),
        .library(name: "Parquet", targets: ["Parquet"]),
        .library(name: "LLM", targets: ["LLM"]),
        .library(name: "Datasets", targets: ["Datasets"]),
        .library(name: "Verification", targets: ["Verification"]),
        .library(name: "ToolSimulation", targets: ["ToolSimulation"]),
        .library(name: "Experiments", targets: ["Experiments"]),
        .library(name: "Analysis", targets: ["Analysis"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/swiftlang/swift-subprocess", from: "1.0.2"),
        .package(url: "https://github.com/apple/swift-system", from: "1.8.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/attaswift/BigInt", from: "6.0.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
    ],
    targets: [
        // libzstd from Debian's libzstd-dev, for Parquet's ZSTD codec.
        .systemLibrary(
            name: "CZstd",
            pkgConfig: "libzstd",
            providers: [.apt(["libzstd-dev"])]
        ),
        // zlib from Debian's zlib1g-dev, for Parquet's GZIP codec.
        .systemLibrary(
            name: "CZlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // Pure-Swift Parquet reader and writer; imports none of our modules.
        .target(
            name: "Parquet",
            dependencies: ["CZstd", "CZlib"],
            linkerSettings: [.linkedLibrary("z")]
        ),
        // Provider-neutral chat types and the Anthropic / OpenAI(-compatible) HTTP clients.
        .target(
            name: "LLM",
            dependencies: [
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // Hugging Face Hub client, local files, Nemotron rows normalised into `Query`.
        .target(
            name: "Datasets",
            dependencies: [
                "Parquet",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // Math equivalence, code sandbox, LLM judge, refusal detection, persona scoring.
        .target(
            name: "Verification",
            dependencies: [
                "LLM",
                .product(name: "BigInt", package: "BigInt"),
                .product(name: "Subprocess", package: "swift-subprocess"),
                .product(name: "SystemPackage", package: "swift-system"),
            ]
        ),
        // Dynamic tool mocks, the LLM mock fallback and the tool-calling agent loop.
        .target(
            name: "ToolSimulation",
            dependencies: ["LLM", "Verification"]
        ),
        // Config, planning, the runner, the run store and result records.
        .target(
            name: "Experiments",
            dependencies: [
                "Parquet", "LLM", "Datasets", "Verification", "ToolSimulation",
                .product(name: "Yams", package: "Yams"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Statistics over result files, text tables, the HTML report and fine-tuning exports.
        .target(
            name: "Analysis",
            dependencies: ["Parquet"]
        ),
        // The `bon` command line: argument parsing and printing only.
        .executableTarget(
            name: "bon",
            dependencies: [
                "Parquet", "LLM", "Datasets", "Verification", "ToolSimulation", "Experiments", "Analysis",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Test-only: fake Anthropic/OpenAI/Hub servers on loopback, fixtures, temporary folders.
        .target(
            name: "TestSupport",
            dependencies: [
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Tests/TestSupport"
        ),
        .testTarget(name: "ParquetTests", dependencies: ["Parquet", "TestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "LLMTests",
            dependencies: [
                "LLM", "TestSupport", .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ]
        ),
        .testTarget(name: "DatasetsTests", dependencies: ["Datasets", "TestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "VerificationTests",
            dependencies: ["Verification", "TestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "ToolSimulationTests", dependencies: ["ToolSimulation", "TestSupport"]),
        .testTarget(
            name: "ExperimentsTests",
            dependencies: ["Experiments", "LLM", "TestSupport", .product(name: "NIOPosix", package: "swift-nio")],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "AnalysisTests", dependencies: ["Analysis", "TestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "bonTests", dependencies: ["TestSupport"]),
    ]
)

// Same settings for every target we own.
for target in package.targets where [.regular, .executable, .test].contains(target.type) {
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
        // SE-0480: warnings in our targets fail the build; dependencies untouched.
        .treatAllWarnings(as: .error),
    ]
    target.swiftSettings = settings
}
