public import Foundation

/// The per-model table: provider family, accepted parameters and list prices.
///
/// Look-ups ignore a snapshot date suffix (`claude-sonnet-4-5-20250929` → `claude-sonnet-4-5`,
/// `gpt-4o-2024-08-06` → `gpt-4o`). Overrides (from a config's `prices:` or capability keys) win over
/// the built-in table. A model without a known price costs `nil`, never a made-up figure.
public struct ModelCatalog: Sendable {
    /// Capabilities that replace the table's, keyed by model id (exact, or without its date suffix).
    public var capabilityOverrides: [String: ModelCapabilities]
    /// Prices that replace the table's, keyed by model id (exact, or without its date suffix).
    public var priceOverrides: [String: ModelPrice]

    /// The built-in table with no overrides.
    public static let standard = ModelCatalog()

    /// Creates a catalog with overrides on top of the built-in table.
    public init(
        capabilityOverrides: [String: ModelCapabilities] = [:],
        priceOverrides: [String: ModelPrice] = [:]
    ) {
        self.capabilityOverrides = capabilityOverrides
        self.priceOverrides = priceOverrides
    }

    /// The provider family a model id belongs to, or `nil` for an id neither vendor uses
    /// (a model served by an OpenAI-compatible server, say).
    public func provider(for model: String) -> LLMProvider? {
        if let override = lookUp(model, in: capabilityOverrides) { return override.provider }
        let id = model.lowercased()
        if id.hasPrefix("claude") { return .anthropic }
        let openAIPrefixes = ["gpt-", "o1", "o3", "o4", "chatgpt-", "text-", "davinci", "babbage"]
        if openAIPrefixes.contains(where: { id.hasPrefix($0) }) { return .openAI }
        return nil
    }

    /// What `model` accepts; `provider` decides for ids the table does not know (default: the id's family,
    /// else OpenAI-compatible).
    public func capabilities(for model: String, provider: LLMProvider? = nil) -> ModelCapabilities {
        if let override = lookUp(model, in: capabilityOverrides) { return override }
        let family = provider ?? self.provider(for: model) ?? .openAI
        let id = Self.baseID(model)
        switch family {
        case .anthropic:
            return ModelCapabilities(provider: .anthropic, acceptsTemperature: Self.anthropicAcceptsTemperature(id))
        case .openAI:
            if Self.isOpenAIReasoningModel(id) {
                let noStop = id.hasPrefix("o3") || id.hasPrefix("o4-mini")
                return ModelCapabilities(
                    provider: .openAI,
                    acceptsTemperature: false,
                    usesMaxCompletionTokens: true,
                    supportsStop: !noStop
                )
            }
            return ModelCapabilities(provider: .openAI)
        }
    }

    /// The list price of `model` on `date` (prices that changed on a known day follow it), or `nil`.
    public func price(for model: String, on date: Date = Date()) -> ModelPrice? {
        if let override = lookUp(model, in: priceOverrides) { return override }
        let id = Self.baseID(model)
        let resolved = Self.aliases[id] ?? id
        guard let schedule = Self.prices[resolved] else { return nil }
        return schedule.last { $0.from <= date }?.price ?? schedule.first?.price
    }

    /// The cost of `usage` for `model` in US dollars, or `nil` when the price is unknown.
    public func cost(of usage: Usage, model: String, batch: Bool = false, on date: Date = Date()) -> Double? {
        price(for: model, on: date)?.cost(of: usage, batch: batch)
    }

    /// Why `temperature` cannot be used with `model`, or `nil` when it can; for config validation.
    public func temperatureProblem(_ temperature: Double, model: String, provider: LLMProvider? = nil) -> String? {
        capabilities(for: model, provider: provider).temperatureProblem(temperature, model: model)
    }

    /// The model ids the built-in price table knows (aliases such as `gpt-5.6` included), sorted.
    public static var knownModels: [String] {
        (Array(prices.keys) + Array(aliases.keys)).sorted()
    }

    /// The id without a snapshot date suffix, lowercased.
    static func baseID(_ model: String) -> String {
        // Ids are mostly lowercase ASCII already: no lowercased copy of those.
        let needsLowering = model.utf8.contains {
            $0 >= 0x80 || ($0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z"))
        }
        var id = needsLowering ? model.lowercased() : model
        // Bytes, not Characters, read in place: this runs for every request and response (capabilities and
        // price look-ups).
        let base = id.withUTF8 { bytes -> String? in
            for suffixLength in [9, 11] where bytes.count > suffixLength {
                // -YYYYMMDD (Anthropic) or -YYYY-MM-DD (OpenAI)
                let suffix = UnsafeBufferPointer(rebasing: bytes[(bytes.count - suffixLength)...])
                let digits = suffix.dropFirst().count { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
                let dashes = suffix.count { $0 == UInt8(ascii: "-") }
                if suffix.first == UInt8(ascii: "-"), digits == 8, dashes == (suffixLength == 9 ? 1 : 3) {
                    return String(
                        decoding: UnsafeBufferPointer(rebasing: bytes[..<(bytes.count - suffixLength)]),
                        as: UTF8.self
                    )
                }
            }
            return nil
        }
        return base ?? id
    }

    private func lookUp<Value>(_ model: String, in table: [String: Value]) -> Value? {
        if table.isEmpty { return nil }
        return table[model] ?? table[Self.baseID(model)]
    }

    private static func anthropicAcceptsTemperature(_ id: String) -> Bool {
        // Models up to Opus 4.6 accept sampling parameters; later ones (Sonnet 4.6 released after
        // Opus 4.6, Opus 4.7/4.8, the 5 family, and unknown newer ids) reject them with a 400.
        if id.hasPrefix("claude-3") || id.hasPrefix("claude-2") || id.hasPrefix("claude-instant") { return true }
        return temperatureAccepting.contains(id)
    }

    /// The Claude 4 ids (without a date suffix) that accept sampling parameters.
    private static let temperatureAccepting = [
        "claude-sonnet-4-5", "claude-opus-4-5", "claude-haiku-4-5", "claude-opus-4-6",
        "claude-opus-4-1", "claude-opus-4-0", "claude-sonnet-4-0", "claude-opus-4", "claude-sonnet-4",
    ]

    private static func isOpenAIReasoningModel(_ id: String) -> Bool {
        if id.hasPrefix("gpt-5") && !id.hasPrefix("gpt-5-chat") { return true }
        return ["o1", "o3", "o4"].contains { id == $0 || id.hasPrefix($0 + "-") }
    }

    private struct Dated: Sendable {
        var from: Date
        var price: ModelPrice
    }

    private static let aliases: [String: String] = ["gpt-5.6": "gpt-5.6-sol"]

    private static func day(_ text: String) -> Date {
        ISO8601DateFormatter().date(from: text + "T00:00:00Z") ?? .distantPast
    }

    private static func anthropic(_ input: Double, _ output: Double) -> ModelPrice {
        ModelPrice(input: input, output: output, cacheWrite: input * 1.25, cacheRead: input / 10)
    }

    private static func always(_ price: ModelPrice) -> [Dated] { [Dated(from: .distantPast, price: price)] }

    /// List prices (USD per million tokens), from pydantic/genai-prices as of 2026-08-21.
    private static let prices: [String: [Dated]] = [
        "claude-sonnet-4-5": always(anthropic(3, 15)),
        "claude-opus-4-5": always(anthropic(5, 25)),
        "claude-haiku-4-5": always(anthropic(1, 5)),
        "claude-sonnet-4-6": always(anthropic(3, 15)),
        "claude-opus-4-6": always(anthropic(5, 25)),
        "claude-opus-4-7": always(anthropic(5, 25)),
        "claude-opus-4-8": always(anthropic(5, 25)),
        "claude-sonnet-5": [
            Dated(from: .distantPast, price: anthropic(2, 10)),
            Dated(from: day("2026-09-01"), price: anthropic(3, 15)),
        ],
        "claude-opus-5": always(anthropic(5, 25)),
        "claude-fable-5": always(anthropic(10, 50)),
        "gpt-4o": always(ModelPrice(input: 2.5, output: 10, cacheRead: 1.25)),
        "gpt-4o-mini": always(ModelPrice(input: 0.15, output: 0.6, cacheRead: 0.075)),
        "gpt-5": always(ModelPrice(input: 1.25, output: 10, cacheRead: 0.125)),
        "gpt-5.4": always(ModelPrice(input: 2.5, output: 15, cacheRead: 0.25)),
        "gpt-5.5": always(ModelPrice(input: 5, output: 30, cacheRead: 0.5)),
        "gpt-5.6-sol": always(ModelPrice(input: 5, output: 30, cacheWrite: 6.25, cacheRead: 0.5)),
        "gpt-5.6-terra": [
            Dated(from: .distantPast, price: ModelPrice(input: 2.5, output: 15, cacheWrite: 3.125, cacheRead: 0.25)),
            Dated(from: day("2026-07-30"), price: ModelPrice(input: 2, output: 12, cacheWrite: 2.5, cacheRead: 0.2)),
        ],
        "gpt-5.6-luna": [
            Dated(from: .distantPast, price: ModelPrice(input: 1, output: 6, cacheWrite: 1.25, cacheRead: 0.1)),
            Dated(
                from: day("2026-07-30"),
                price: ModelPrice(input: 0.2, output: 1.2, cacheWrite: 0.25, cacheRead: 0.02)
            ),
        ],
    ]
}
