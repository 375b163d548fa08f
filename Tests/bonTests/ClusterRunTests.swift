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

    /// How a compatible server treats `n`, and the requests a run of 5 queries × 4 then makes.
    struct NCase: Sendable, CustomTestStringConvertible {
        var name: String
        var support: FakeLLMServer.NSupport
        var requests: ClosedRange<Int>
        var testDescription: String { name }
    }

    static let nCases = [
        NCase(name: "vLLM: n supported", support: .supported, requests: 5...5),
        // llama.cpp answers the first n request with a 400; from then on each candidate is its own request.
        NCase(name: "llama.cpp: n rejected", support: .rejected, requests: 21...24),
        // Ollama returns one choice; the missing three are asked one by one.
        NCase(name: "Ollama: n ignored", support: .ignored, requests: 20...20),
    ]

    @Test(arguments: nCases)
    func useNAsksForAQuerysCandidatesInOneRequest(_ nCase: NCase) async throws {
        let server = try await FakeLLMServer.start()
        defer { Task { await server.shutdown() } }
        server.setNSupport(nCase.support)
        let provider = FakeServerRun.Provider(generator: "openai", model: Self.model)
        let setup = try FakeServerRun(
            provider: provider,
            server: server,
            queries: 5,
            candidates: 4,
            extra: "use_n: true\nmodel_capabilities: {temperature: true}\n"
        )
        defer { setup.directory.remove() }
        let result = try await setup.run(["--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let requests = server.requests
        #expect(nCase.requests.contains(requests.count), "\(requests.count) requests")
        if nCase.support == .supported { #expect(requests.allSatisfy { $0.n == 4 }) }
        let rows = try await setup.rows(setup.directory.path("batch.parquet"))
        #expect(rows.count == 20)
        #expect(rows.values.allSatisfy { $0["error"] is NSNull })
        if nCase.support == .supported {
            // Every candidate of a query is a different choice of the one request.
            for query in 0..<5 {
                let id = String(format: "q%04d", query)
                let texts = (0..<4).compactMap { rows["\(id)#\($0)"]?["response"] as? String }
                #expect(Set(texts).count == 4, "\(id): \(texts)")
            }
        } else {
            // Single requests instead: each candidate of a query with its own seed.
            var seeds: [String: Set<Int>] = [:]
            for request in requests {
                let body = try #require(
                    try JSONSerialization.jsonObject(with: Data(request.bodyText.utf8)) as? [String: Any]
                )
                seeds[request.lastUserText, default: []].insert(try #require(body["seed"] as? Int))
            }
            #expect(seeds.count == 5)
            #expect(seeds.values.allSatisfy { $0 == Set(0..<4) }, "\(seeds)")
        }
        // A second run resumes from the journal without asking again.
        let again = try await setup.run(["--quiet"])
        #expect(again.status == 0)
        #expect(server.requests.count == requests.count)
    }
}
