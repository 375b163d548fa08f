/// One row of a result file, for building a ``ResultTable`` in memory (tests, small tools).
///
/// Fields that the file may lack are optional; see ``ResultTable/init(rows:columns:metadata:source:)``.
public struct ResultRow: Sendable, Hashable {
    /// The stable query id (`query_id`).
    public var queryID: String
    /// The dataset split (`split`).
    public var split: String
    /// The candidate index 0 … N−1 (`candidate_idx`).
    public var candidateIndex: Int
    /// Whether the verifier accepted the candidate (`is_verified`).
    public var isVerified: Bool
    /// The user query (`prompt`).
    public var prompt: String?
    /// The whole conversation (`messages`).
    public var messages: [ChatTurn]?
    /// The candidate's final answer text (`response`).
    public var response: String?
    /// The reference answer (`ground_truth`).
    public var groundTruth: String?
    /// What the verifier read from the response (`extracted_answer`).
    public var extractedAnswer: String?
    /// The verdict string (`verdict`).
    public var verdict: String?
    /// How the verdict was reached (`verification_method`).
    public var verificationMethod: String?
    /// The verifier's confidence 0 … 1 (`verification_confidence`).
    public var verificationConfidence: Double?
    /// Why (`verification_explanation`).
    public var verificationExplanation: String?
    /// Whether the candidate refused (`refusal_is_refusal`).
    public var refusalIsRefusal: Bool?
    /// The kind of refusal (`refusal_type`).
    public var refusalType: String?
    /// How strongly the persona shows, 0 … 1 (`persona_score`).
    public var personaScore: Double?
    /// The model that answered (`model`).
    public var model: String?
    /// The provider's finish reason (`finish_reason`).
    public var finishReason: String?
    /// Prompt tokens (`input_tokens`).
    public var inputTokens: Int64?
    /// Completion tokens (`output_tokens`).
    public var outputTokens: Int64?
    /// Tokens read from the prompt cache (`cache_read_tokens`).
    public var cacheReadTokens: Int64?
    /// Tokens written to the prompt cache (`cache_write_tokens`).
    public var cacheWriteTokens: Int64?
    /// Cost in US dollars (`cost_usd`).
    public var costUSD: Double?
    /// Latency in milliseconds (`latency_ms`).
    public var latencyMs: Double?
    /// The generation or verification failure, if any (`error`).
    public var error: String?

    /// Creates a record with the four required fields; set the others as needed.
    public init(queryID: String, split: String, candidateIndex: Int, isVerified: Bool) {
        self.queryID = queryID
        self.split = split
        self.candidateIndex = candidateIndex
        self.isVerified = isVerified
    }
}
