/// Values given as CLI flags; each one beats the config file's value for the same key.
///
/// Paths here are taken relative to the working directory, as a shell user expects.
public struct ConfigOverrides: Sendable, Hashable {
    public var dataset: String?
    public var splits: [String]?
    public var streaming: Bool?
    public var maxQueries: Int?
    public var model: String?
    public var numCandidates: Int?
    public var temperature: Double?
    public var maxTokens: Int?
    public var persona: String?
    public var concurrency: Int?
    public var output: String?
    public var generator: String?
    public var structuredOutput: Bool?
    public var llmJudgeFallback: Bool?
    public var notes: String?
    public var baseURL: String?
    public var judgeModel: String?
    public var seed: Int?
    public var budgetUSD: Double?
    public var cassette: String?
    public var maxTurns: Int?
    public var batch: Bool?
    /// The flag that set ``batch`` (`--batch`, `--no-batch`, `--collect`), for messages.
    public var batchFlag: String?
    public var batchPollSeconds: Double?
    public var useN: Bool?

    /// No overrides.
    public init() {}
}
