import Foundation
import TestSupport
import Testing

/// The inference-cluster path: `generator: openai` with `base_url` at an OpenAI-compatible server (vLLM,
/// SGLang), a model bon does not know, `model_capabilities`, `prices`, and the server's prefix caching.
@Suite(.serialized) struct ClusterRunTests {
    static let model = "meta-llama/Llama-3.1-8B-Instruct"

    @Test func openAICompatibleServerRunsWithSeedsPricesAndPrefixCaching() async throws {
        let server = try await FakeLLMServer.start()
        defer { Task { await server.shutdown() } }
        // The fake server caches a prompt prefix (here: the persona) the way vLLM and SGLang do automatically.
        server.setMinimumCacheableTokens(64)
        let provider = FakeServerRun.Provider(generator: "openai", model: Self.model)
        let persona = String(
            repeating: "You are Marvin, a deeply depressed robot with a brain the size of a planet. ",
            count: 8
        )
        var setup = try FakeServerRun(provider: provider, server: server, queries: 10, candidates: 4)
        defer { setup.directory.remove() }
        let personaPath = setup.directory.path("marvin.txt")
        try persona.write(toFile: personaPath, atomically: true, encoding: .utf8)
        let extra = """
            persona: \(personaPath)
            temperature: 0.7
            concurrency: 32
            model_capabilities: {temperature: true, max_completion_tokens: false}
            prices: {"\(Self.model)": {input: 0.1, output: 0.2}}

            """
        let base = try String(contentsOfFile: setup.config, encoding: .utf8)
        try (base + extra).write(toFile: setup.config, atomically: true, encoding: .utf8)
        setup.environment["OPENAI_API_KEY"] = nil

        let result = try await setup.run(["--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let requests = server.requests
        #expect(requests.count == 40, "one request per candidate")
        var seeds: Set<Int> = []
        for request in requests {
            #expect(request.model == Self.model)
            #expect(request.n == 1)
            #expect(request.temperature == 0.7)
            #expect(request.bodyKeys.contains("max_tokens"))
            #expect(request.system == persona.trimmingCharacters(in: .whitespacesAndNewlines))
            let body = try #require(
                try JSONSerialization.jsonObject(with: Data(request.bodyText.utf8)) as? [String: Any]
            )
            if let seed = body["seed"] as? Int { seeds.insert(seed) }
        }
        #expect(seeds == Set(0..<4), "seed × 1000 + candidate index: the 4 candidates differ, queries repeat them")

        let rows = try await setup.rows(
            setup.directory.path("batch.parquet"),
            columns: "query_id,candidate_idx,input_tokens,output_tokens,cache_read_tokens,cost_usd,error"
        )
        #expect(rows.count == 40)
        let cached = rows.values.filter { ($0["cache_read_tokens"] as? Int ?? 0) > 0 }
        #expect(cached.count >= 39, "every request after the first reads the persona prefix from the server's cache")
        for row in rows.values {
            let input = Double(row["input_tokens"] as? Int ?? 0)
            let cacheRead = Double(row["cache_read_tokens"] as? Int ?? 0)
            let output = Double(row["output_tokens"] as? Int ?? 0)
            let expected = (input * 0.1 + cacheRead * 0.1 + output * 0.2) / 1_000_000
            let cost = try #require(row["cost_usd"] as? Double)
            #expect(abs(cost - expected) < 1e-12, "cost from `prices:` (cache reads at the input price)")
            #expect(row["error"] is NSNull)
        }
    }
}
