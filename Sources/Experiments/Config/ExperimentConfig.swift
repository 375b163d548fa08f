/// A resolved experiment: every key of the YAML format, after defaults, the file and CLI flags.
///
/// Relative paths in the file (`persona`, `output`, `cassette`, a local `dataset`) are resolved against
/// the repository root, the nearest folder above the config file that holds `experiments/`; paths
/// given as CLI flags are resolved against the working directory. ``ConfigLoader`` builds one.
public struct ExperimentConfig: Sendable, Hashable, Codable {
    /// The provider family that answers: Anthropic, OpenAI (or any compatible server), or a replay.
    public enum Generator: String, Sendable, Hashable, Codable, CaseIterable {
        case claude
        case openai
        case replay
    }

    /// Prices in US dollars per million tokens.
    public struct Price: Sendable, Hashable, Codable {
        /// Normal input tokens.
        public var input: Double
        /// Output tokens.
        public var output: Double
        /// Cached input tokens read.
        public var cacheRead: Double?
        /// Input tokens written to the cache.
        public var cacheWrite: Double?

        /// Creates a price.
        public init(input: Double, output: Double, cacheRead: Double? = nil, cacheWrite: Double? = nil) {
            self.input = input
            self.output = output
            self.cacheRead = cacheRead
            self.cacheWrite = cacheWrite
        }
    }

    /// What a model unknown to bon accepts (`model_capabilities`).
    public struct CapabilityOverride: Sendable, Hashable, Codable {
        /// Whether the model accepts a `temperature`.
        public var temperature: Bool?
        /// Whether an OpenAI-style model takes `max_completion_tokens` instead of `max_tokens`.
        public var maxCompletionTokens: Bool?

        /// Creates an override.
        public init(temperature: Bool? = nil, maxCompletionTokens: Bool? = nil) {
            self.temperature = temperature
            self.maxCompletionTokens = maxCompletionTokens
        }
    }

    /// A Hub repo id (`nvidia/Nemotron-Post-Training-Dataset-v2`) or an absolute local path.
    public var dataset = ExperimentDefaults.dataset
    /// Splits to draw queries from, in order.
    public var splits = ["math"]
    /// Read the dataset a row group at a time over HTTP instead of downloading whole files.
    public var streaming = true
    /// Total queries across all splits.
    public var maxQueries = 100
    /// The model id.
    public var model = ExperimentDefaults.model
    /// Candidates per query (N).
    public var numCandidates = 8
    /// Sampling temperature; `nil` sends none, so the provider's default applies.
    public var temperature: Double?
    /// Upper bound on generated tokens per candidate.
    public var maxTokens = 4096
    /// Absolute path of the persona file, or `nil` for no persona (baseline).
    public var persona: String?
    /// Most generations in flight at once.
    public var concurrency = 8
    /// Absolute path of the result file.
    public var output = ""
    /// Provider family.
    public var generator = Generator.claude
    /// Ask the model for `{reasoning, final_answer}` through the provider's structured output.
    public var structuredOutput = false
    /// Let math consult the LLM judge when the local verifier's confidence is below 0.4.
    public var llmJudgeFallback = false
    /// Free text: what, why, hypothesis.
    public var notes = ""
    /// Server root for the generator (OpenAI: including `/v1`; Anthropic: the host alone).
    public var baseURL: String?
    /// The judge's model; `nil` means the generator family's default.
    public var judgeModel: String?
    /// The LLM tool mock's model; `nil` means the same as the judge.
    public var mockModel: String?
    /// Changes the query selection and the per-candidate seeds.
    public var seed = 0
    /// Stop dispatching once this much has been spent.
    public var budgetUSD: Double?
    /// Absolute path of the cassette the `replay` generator answers from.
    public var cassette: String?
    /// Turn limit of the tool-calling loop.
    public var maxTurns = 8
    /// Confirm uncertain refusals with the LLM judge.
    public var refusalLLMCheck = false
    /// Add an LLM rating to the local persona score.
    public var personaJudge = false
    /// Per-request timeout.
    public var requestTimeoutSeconds = 600.0
    /// Price overrides by model id.
    public var prices: [String: Price] = [:]
    /// Capability override for the configured model.
    public var modelCapabilities: CapabilityOverride?
    /// Send every call through the provider's batch API (half price, results within 24 hours).
    public var batch = false
    /// Seconds between status polls of a submitted batch.
    public var batchPollSeconds = 30.0
    /// Ask for a query's candidates in one request with `n` (openai generator, not tool calling).
    public var useN = false

    /// Absolute path of the config file this came from.
    public var configFile = ""
    /// The repository root paths were resolved against.
    public var repositoryRoot = ""

    /// A config holding the built-in defaults.
    public init() {}

    /// The config's name: its file name without extension (`claude_100x8`).
    public var name: String {
        let file = configFile.split(separator: "/").last.map(String.init) ?? "experiment"
        if let dot = file.lastIndex(of: "."), dot != file.startIndex { return String(file[..<dot]) }
        return file
    }

    /// The judge model actually used: `judge_model`, else the family default.
    public var effectiveJudgeModel: String {
        if let judgeModel { return judgeModel }
        switch generator {
        case .openai: return "gpt-4o-mini"
        case .claude, .replay: return "claude-sonnet-4-5"
        }
    }
}
