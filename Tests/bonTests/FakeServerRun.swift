import Foundation
import TestSupport
import Testing

/// A `bon run` against a fake LLM server: a folder with a local math split, a config pointing at the server,
/// and an environment without real keys or endpoints.
struct FakeServerRun {
    /// A generator family and a model.
    struct Provider: Sendable, CustomTestStringConvertible {
        var generator: String
        var model: String
        var testDescription: String { generator }

        func baseURL(_ server: FakeLLMServer) -> String {
            generator == "claude" ? server.anthropicBaseURL : server.openAIBaseURL
        }
    }

    /// Models the built-in price table knows, one per provider family.
    static let providers = [
        Provider(generator: "claude", model: "claude-sonnet-4-5-20250929"),
        Provider(generator: "openai", model: "gpt-4o-mini"),
    ]

    var directory: TemporaryDirectory
    var config: String
    var environment: [String: String]

    /// Writes `queries` math rows ("What is i + i?") and a config with `candidates` per query, batch polls
    /// every 0.05 s, output `batch.parquet`, and `extra` YAML lines.
    init(provider: Provider, server: FakeLLMServer, queries: Int, candidates: Int, extra: String = "") throws {
        directory = try TemporaryDirectory()
        let data = directory.path("dataset/data")
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
        var lines = ""
        for index in 0..<queries {
            let row: [String: Any] = [
                "uuid": String(format: "q%04d", index),
                "messages": [
                    ["role": "user", "content": "What is \(index) + \(index)?"],
                    ["role": "assistant", "content": "It is \\boxed{\(2 * index)}."],
                ],
            ]
            let json = try JSONSerialization.data(withJSONObject: row, options: [.sortedKeys])
            lines += String(decoding: json, as: UTF8.self) + "\n"
        }
        try lines.write(toFile: data + "/math-00000-of-00001.jsonl", atomically: true, encoding: .utf8)
        config = directory.path("batch.yaml")
        let yaml = """
            dataset: \(directory.path("dataset"))
            splits: math
            streaming: false
            max_queries: \(queries)
            num_candidates: \(candidates)
            max_tokens: 256
            model: \(provider.model)
            generator: \(provider.generator)
            base_url: \(provider.baseURL(server))
            batch_poll_seconds: 0.05
            output: \(directory.path("batch.parquet"))

            """
        try (yaml + extra).write(toFile: config, atomically: true, encoding: .utf8)
        var environment = ProcessInfo.processInfo.environment
        for key in ["ANTHROPIC_API_KEY", "OPENAI_API_KEY", "ANTHROPIC_BASE_URL", "OPENAI_BASE_URL"] {
            environment[key] = nil
        }
        environment["BON_CACHE_DIR"] = directory.path("cache")
        environment["NO_COLOR"] = "1"
        self.environment = environment
    }

    /// The result file the config names.
    var output: String { directory.path("batch.parquet") }

    /// Starts `bon run CONFIG --no-cache ARGUMENTS…` without waiting, its output discarded (to be signalled).
    func launch(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = RepositoryPaths.bonExecutable
        process.arguments = ["run", config, "--no-cache"] + arguments
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// `bon run CONFIG --no-cache ARGUMENTS…`.
    func run(_ arguments: [String]) async throws -> (status: Int32, stdout: String, stderr: String) {
        try await runBonAsync(["run", config, "--no-cache"] + arguments, environment: environment)
    }

    /// The rows of a result file by `query_id#candidate_idx`, with the `columns` asked for.
    func rows(
        _ file: String,
        columns: String = "query_id,candidate_idx,response,cost_usd,error"
    ) async throws -> [String: [String: Any]] {
        let cat = try await runBonAsync(["parquet", "cat", file, "--columns", columns])
        var rows: [String: [String: Any]] = [:]
        for line in cat.stdout.split(separator: "\n") {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            rows["\(object["query_id"] ?? "")#\(object["candidate_idx"] ?? "")"] = object
        }
        return rows
    }
}
