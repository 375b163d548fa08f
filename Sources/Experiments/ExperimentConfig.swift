/// A resolved experiment: every key of the YAML format, after defaults, the file and CLI flags.
///
/// Relative paths in the file (`persona`, `output`, a local `dataset`) are resolved against the
/// repository root, the nearest folder above the config file that holds `experiments/`.
public struct ExperimentConfig: Sendable, Hashable, Codable {
    /// The provider family that answers: Anthropic, OpenAI (or any compatible server), or a replay.
    public enum Generator: String, Sendable, Hashable, Codable, CaseIterable {
        case claude
        case openai
        case replay
    }

    /// A Hub repo id (`nvidia/Nemotron-Post-Training-Dataset-v2`) or a local Parquet/JSONL path.
    public var dataset: String
    /// Splits to draw queries from, in order.
    public var splits: [String]
    /// Read the dataset a row group at a time over HTTP instead of downloading whole files.
    public var streaming: Bool
    /// Total queries across all splits.
    public var maxQueries: Int
    /// The model id.
    public var model: String
    /// Candidates per query (N).
    public var numCandidates: Int
    /// Sampling temperature.
    public var temperature: Double
    /// Upper bound on generated tokens per candidate.
    public var maxTokens: Int
    /// Absolute path of the persona file, or `nil` for no persona (baseline).
    public var persona: String?
    /// Most generations in flight at once.
    public var concurrency: Int
    /// Absolute path of the result file.
    public var output: String
    /// Provider family.
    public var generator: Generator
    /// Ask the model for `{reasoning, final_answer}` through the provider's structured output.
    public var structuredOutput: Bool
    /// Let math consult the LLM judge when the local verifier's confidence is below 0.4.
    public var llmJudgeFallback: Bool
    /// Free text: what, why, hypothesis.
    public var notes: String
    /// Server root for the generator (OpenAI: including `/v1`; Anthropic: the host alone).
    public var baseURL: String?
    /// The judge's model; `nil` means the generator family's default.
    public var judgeModel: String?
    /// Changes the query selection and the per-candidate seeds.
    public var seed: Int
    /// Stop dispatching once this much has been spent.
    public var budgetUSD: Double?
    /// The cassette the `replay` generator answers from.
    public var cassette: String?

    /// Creates a config with every field given.
    public init(
        dataset: String,
        splits: [String],
        streaming: Bool,
        maxQueries: Int,
        model: String,
        numCandidates: Int,
        temperature: Double,
        maxTokens: Int,
        persona: String?,
        concurrency: Int,
        output: String,
        generator: Generator,
        structuredOutput: Bool,
        llmJudgeFallback: Bool,
        notes: String,
        baseURL: String? = nil,
        judgeModel: String? = nil,
        seed: Int = 0,
        budgetUSD: Double? = nil,
        cassette: String? = nil
    ) {
        self.dataset = dataset
        self.splits = splits
        self.streaming = streaming
        self.maxQueries = maxQueries
        self.model = model
        self.numCandidates = numCandidates
        self.temperature = temperature
        self.maxTokens = maxTokens
        self.persona = persona
        self.concurrency = concurrency
        self.output = output
        self.generator = generator
        self.structuredOutput = structuredOutput
        self.llmJudgeFallback = llmJudgeFallback
        self.notes = notes
        self.baseURL = baseURL
        self.judgeModel = judgeModel
        self.seed = seed
        self.budgetUSD = budgetUSD
        self.cassette = cassette
    }
}
