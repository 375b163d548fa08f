/// A model's list prices in US dollars per million tokens.
///
/// Cache writes and reads are priced separately from plain input. Batch prices default to half of
/// the standard input and output prices (both vendors' batch discount); in a batch the cache prices
/// are halved too, as the vendors document the discount stacking with caching.
public struct ModelPrice: Sendable, Hashable, Codable {
    /// Plain input tokens.
    public var input: Double
    /// Output tokens.
    public var output: Double
    /// Input tokens written to the prompt cache (Anthropic 5-minute TTL; OpenAI gpt-5.6+; else the input price).
    public var cacheWrite: Double
    /// Input tokens read from the prompt cache.
    public var cacheRead: Double
    /// Plain input tokens in a batch.
    public var batchInput: Double
    /// Output tokens in a batch.
    public var batchOutput: Double

    /// Creates a price; left-out cache prices equal the input price, batch prices are half the standard ones.
    public init(
        input: Double,
        output: Double,
        cacheWrite: Double? = nil,
        cacheRead: Double? = nil,
        batchInput: Double? = nil,
        batchOutput: Double? = nil
    ) {
        self.input = input
        self.output = output
        self.cacheWrite = cacheWrite ?? input
        self.cacheRead = cacheRead ?? input
        self.batchInput = batchInput ?? input / 2
        self.batchOutput = batchOutput ?? output / 2
    }

    /// The cost of `usage` in US dollars; `batch` applies the batch prices.
    public func cost(of usage: Usage, batch: Bool = false) -> Double {
        let cacheFactor = batch ? 0.5 : 1
        let perMillion =
            Double(usage.inputTokens) * (batch ? batchInput : input)
            + Double(usage.outputTokens) * (batch ? batchOutput : output)
            + Double(usage.cacheWriteTokens) * cacheWrite * cacheFactor
            + Double(usage.cacheReadTokens) * cacheRead * cacheFactor
        return perMillion / 1_000_000
    }
}
