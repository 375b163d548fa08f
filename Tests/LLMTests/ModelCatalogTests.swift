import Foundation
import Testing

@testable import LLM

@Suite struct ModelCatalogTests {
    @Test(arguments: [
        ("claude-sonnet-4-5-20250929", LLMProvider.anthropic),
        ("claude-opus-5", .anthropic),
        ("gpt-4o-mini-2024-07-18", .openAI),
        ("o3-mini", .openAI),
        ("gpt-5.6-sol", .openAI),
    ])
    func providerFamily(model: String, provider: LLMProvider) {
        #expect(ModelCatalog.standard.provider(for: model) == provider)
    }

    @Test func unknownIdsHaveNoFamily() {
        #expect(ModelCatalog.standard.provider(for: "Qwen/Qwen3-8B") == nil)
    }

    @Test(arguments: [
        ("claude-sonnet-4-5-20250929", 0.7, true),
        ("claude-opus-4-5-20251101", 1.0, true),
        ("claude-haiku-4-5", 0.0, true),
        ("claude-opus-4-6", 0.3, true),
        ("claude-opus-4-7", 0.7, false),
        ("claude-opus-4-8", 0.2, false),
        ("claude-sonnet-5", 0.5, false),
        ("claude-opus-5", 0.5, false),
        ("claude-sonnet-4-5", 1.5, false),
        ("gpt-4o", 1.5, true),
        ("gpt-4o-mini", 2.0, true),
        ("gpt-4o", 2.5, false),
        ("gpt-5.5", 0.7, false),
        ("o3", 0.2, false),
        ("gpt-5.6-sol", 1.0, true),
        ("Qwen/Qwen3-8B", 1.2, true),
    ])
    func temperatureRules(model: String, temperature: Double, allowed: Bool) {
        let problem = ModelCatalog.standard.temperatureProblem(temperature, model: model)
        #expect((problem == nil) == allowed, "\(model) at \(temperature): \(problem ?? "ok")")
        if let problem { #expect(problem.contains(model)) }
    }

    @Test func rangesDifferByProvider() {
        #expect(ModelCatalog.standard.capabilities(for: "claude-sonnet-4-5").temperatureRange == 0...1)
        #expect(ModelCatalog.standard.capabilities(for: "gpt-4o").temperatureRange == 0...2)
        #expect(ModelCatalog.standard.capabilities(for: "gpt-5").usesMaxCompletionTokens)
        #expect(!ModelCatalog.standard.capabilities(for: "gpt-4o").usesMaxCompletionTokens)
    }

    @Test func overridesWinForUnknownModels() {
        var catalog = ModelCatalog()
        catalog.capabilityOverrides["my-model"] = ModelCapabilities(provider: .openAI, acceptsTemperature: false)
        catalog.priceOverrides["my-model"] = ModelPrice(input: 1, output: 2)
        #expect(catalog.temperatureProblem(0.5, model: "my-model") != nil)
        #expect(catalog.cost(of: Usage(inputTokens: 1_000_000, outputTokens: 500_000), model: "my-model") == 2)
        #expect(ModelCatalog.standard.price(for: "my-model") == nil)
    }

    static let priceTable: [(String, Double, Double, Double, Double, Double, Double)] = [
        ("claude-sonnet-4-5-20250929", 3.0, 15.0, 3.75, 0.30, 1.5, 7.5),
        ("claude-opus-4-5-20251101", 5.0, 25.0, 6.25, 0.5, 2.5, 12.5),
        ("claude-haiku-4-5", 1.0, 5.0, 1.25, 0.1, 0.5, 2.5),
        ("gpt-4o", 2.5, 10.0, 2.5, 1.25, 1.25, 5.0),
        ("gpt-4o-mini-2024-07-18", 0.15, 0.6, 0.15, 0.075, 0.075, 0.3),
        ("gpt-5.6", 5.0, 30.0, 6.25, 0.5, 2.5, 15.0),
    ]

    @Test(arguments: priceTable)
    func listPrices(
        model: String,
        input: Double,
        output: Double,
        cacheWrite: Double,
        cacheRead: Double,
        batchInput: Double,
        batchOutput: Double
    ) throws {
        let price = try #require(ModelCatalog.standard.price(for: model))
        #expect(price == ModelPrice(input: input, output: output, cacheWrite: cacheWrite, cacheRead: cacheRead))
        #expect(price.batchInput == batchInput)
        #expect(price.batchOutput == batchOutput)
    }

    @Test func cachedTokensArePricedSeparately() throws {
        let price = try #require(ModelCatalog.standard.price(for: "claude-sonnet-4-5"))
        let usage = Usage(inputTokens: 1000, outputTokens: 200, cacheReadTokens: 3000, cacheWriteTokens: 4000)
        let expected: Double = (3000.0 + 3000.0 + 900.0 + 15000.0) / 1e6
        #expect(abs(price.cost(of: usage) - expected) < 1e-15)
        #expect(abs(price.cost(of: usage, batch: true) - expected / 2) < 1e-15)
    }

    @Test func sonnetFiveIntroPriceEndsInSeptember() throws {
        let august = try #require(ISO8601DateFormatter().date(from: "2026-08-15T00:00:00Z"))
        let october = try #require(ISO8601DateFormatter().date(from: "2026-10-01T00:00:00Z"))
        #expect(ModelCatalog.standard.price(for: "claude-sonnet-5", on: august)?.input == 2)
        #expect(ModelCatalog.standard.price(for: "claude-sonnet-5", on: october)?.input == 3)
    }

    @Test func unknownModelsHaveNoPrice() {
        #expect(ModelCatalog.standard.price(for: "claude-mythos-5") == nil)
        #expect(ModelCatalog.standard.cost(of: Usage(inputTokens: 10), model: "llama-3-8b") == nil)
    }
}

@Suite struct SentParametersTests {
    @Test func recordsOnlyWhatTheModelAccepts() throws {
        let request = ChatRequest(model: "gpt-5.5", messages: [.user("x")], temperature: 1, maxTokens: 300, seed: 7)
        let reasoning = try ModelCatalog.standard.capabilities(for: "gpt-5.5").sentParameters(for: request)
        #expect(reasoning == ["max_completion_tokens": "300", "seed": "7"])
        var classic = request
        classic.model = "gpt-4o"
        classic.temperature = 0.7
        let sent = try ModelCatalog.standard.capabilities(for: "gpt-4o").sentParameters(for: classic)
        #expect(sent == ["max_tokens": "300", "temperature": "0.7", "seed": "7"])
        var claude = classic
        claude.model = "claude-opus-4-7"
        #expect(throws: LLMError.self) {
            _ = try ModelCatalog.standard.capabilities(for: "claude-opus-4-7").sentParameters(for: claude)
        }
    }

    /// The base id (lowercased, without a date suffix) is the one the earlier, always-copying code made.
    @Test(arguments: [
        "claude-sonnet-4-5-20250929", "gpt-4o-2024-08-06", "gpt-4o-mini", "Claude-Opus-4-1-20250805",
        "GPT-4O-2024-08-06", "o3", "claude-x-2025092", "gpt-x-2024-0806", "x-20250929", "-20250929",
        "20250929", "", "Ünïcode-Model-20250101", "İstanbul-2024-01-01", "model-2025092a", "model-2024-01-0x",
        "a-b-c-d-e-f-g-h-i", "ÄBC", "modèle-20250101",
    ])
    func baseIDMatchesTheLoweringCopy(model: String) {
        func reference(_ model: String) -> String {
            let id = model.lowercased()
            let bytes = Array(id.utf8)
            for suffixLength in [9, 11] where bytes.count > suffixLength {
                let suffix = bytes[(bytes.count - suffixLength)...]
                let digits = suffix.dropFirst().count { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
                let dashes = suffix.count { $0 == UInt8(ascii: "-") }
                if suffix.first == UInt8(ascii: "-"), digits == 8, dashes == (suffixLength == 9 ? 1 : 3) {
                    return String(decoding: bytes.dropLast(suffixLength), as: UTF8.self)
                }
            }
            return id
        }
        #expect(ModelCatalog.baseID(model) == reference(model))
    }
}
