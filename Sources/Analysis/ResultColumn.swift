/// A column of the result file (DESIGN.md, "The result file"), named as in the file.
public enum ResultColumn: String, Sendable, Hashable, Codable, CaseIterable {
    case queryID = "query_id"
    case split
    case candidateIndex = "candidate_idx"
    case prompt
    case messages
    case response
    case groundTruth = "ground_truth"
    case extractedAnswer = "extracted_answer"
    case isVerified = "is_verified"
    case verdict
    case verificationMethod = "verification_method"
    case verificationConfidence = "verification_confidence"
    case verificationExplanation = "verification_explanation"
    case refusalIsRefusal = "refusal_is_refusal"
    case refusalType = "refusal_type"
    case personaScore = "persona_score"
    case model
    case finishReason = "finish_reason"
    case inputTokens = "input_tokens"
    case outputTokens = "output_tokens"
    case cacheReadTokens = "cache_read_tokens"
    case cacheWriteTokens = "cache_write_tokens"
    case costUSD = "cost_usd"
    case latencyMs = "latency_ms"
    case error

    /// The columns every result file must have; the rest are optional.
    public static let required: [ResultColumn] = [.queryID, .split, .candidateIndex, .isVerified]

    /// The columns `bon inspect`, `compare` and `report` read: no prompts, responses or conversations, and
    /// not `model`, which the footer metadata names (reading a million model strings would double the time).
    public static let statistics: [ResultColumn] = [
        .queryID, .split, .candidateIndex, .isVerified, .verdict, .extractedAnswer, .verificationMethod,
        .refusalIsRefusal, .refusalType, .personaScore, .inputTokens, .outputTokens, .cacheReadTokens,
        .cacheWriteTokens, .costUSD, .latencyMs, .error,
    ]
}
