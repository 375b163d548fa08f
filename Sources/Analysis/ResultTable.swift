/// The rows of one result file, column by column, with the file's footer metadata.
///
/// Optional columns are `nil` when the file does not have them (files written by the original Python
/// tool have only a few); analyses that need an absent column are left out with a note. Within a column,
/// `nil` elements are the file's nulls.
public struct ResultTable: Sendable {
    /// Where the rows came from (a path), used as the table's label.
    public var source: String
    /// The footer's key/value metadata (`model`, `num_candidates`, `temperature`, …).
    public var metadata: [String: String]

    /// `query_id` of each row.
    public var queryID: [String]
    /// `split` of each row.
    public var split: [String]
    /// `candidate_idx` of each row.
    public var candidateIndex: [Int]
    /// `is_verified` of each row (a null reads as `false`).
    public var isVerified: [Bool]

    /// `prompt`, if the file has it.
    public var prompt: [String?]?
    /// `messages`, if the file has it.
    public var messages: [[ChatTurn]?]?
    /// `response`, if the file has it.
    public var response: [String?]?
    /// `ground_truth`, if the file has it.
    public var groundTruth: [String?]?
    /// `extracted_answer`, if the file has it.
    public var extractedAnswer: [String?]?
    /// `verdict`, if the file has it.
    public var verdict: [String?]?
    /// `verification_method`, if the file has it.
    public var verificationMethod: [String?]?
    /// `verification_confidence`, if the file has it.
    public var verificationConfidence: [Double?]?
    /// `verification_explanation`, if the file has it.
    public var verificationExplanation: [String?]?
    /// `refusal_is_refusal`, if the file has it.
    public var refusalIsRefusal: [Bool?]?
    /// `refusal_type`, if the file has it.
    public var refusalType: [String?]?
    /// `persona_score`, if the file has it.
    public var personaScore: [Double?]?
    /// `model`, if the file has it.
    public var model: [String?]?
    /// `finish_reason`, if the file has it.
    public var finishReason: [String?]?
    /// `input_tokens`, if the file has it.
    public var inputTokens: [Int64?]?
    /// `output_tokens`, if the file has it.
    public var outputTokens: [Int64?]?
    /// `cache_read_tokens`, if the file has it.
    public var cacheReadTokens: [Int64?]?
    /// `cache_write_tokens`, if the file has it.
    public var cacheWriteTokens: [Int64?]?
    /// `cost_usd`, if the file has it.
    public var costUSD: [Double?]?
    /// `latency_ms`, if the file has it.
    public var latencyMs: [Double?]?
    /// `error`, if the file has it.
    public var error: [String?]?

    /// The number of rows.
    public var rowCount: Int { queryID.count }

    /// Creates an empty table with the required columns only.
    public init(source: String, metadata: [String: String] = [:]) {
        self.source = source
        self.metadata = metadata
        queryID = []
        split = []
        candidateIndex = []
        isVerified = []
    }

    /// The optional columns this table has.
    public var presentColumns: Set<ResultColumn> {
        var columns = Set(ResultColumn.required)
        let optional: [(ResultColumn, Bool)] = [
            (.prompt, prompt != nil), (.messages, messages != nil), (.response, response != nil),
            (.groundTruth, groundTruth != nil), (.extractedAnswer, extractedAnswer != nil),
            (.verdict, verdict != nil), (.verificationMethod, verificationMethod != nil),
            (.verificationConfidence, verificationConfidence != nil),
            (.verificationExplanation, verificationExplanation != nil),
            (.refusalIsRefusal, refusalIsRefusal != nil), (.refusalType, refusalType != nil),
            (.personaScore, personaScore != nil), (.model, model != nil), (.finishReason, finishReason != nil),
            (.inputTokens, inputTokens != nil), (.outputTokens, outputTokens != nil),
            (.cacheReadTokens, cacheReadTokens != nil), (.cacheWriteTokens, cacheWriteTokens != nil),
            (.costUSD, costUSD != nil), (.latencyMs, latencyMs != nil), (.error, error != nil),
        ]
        for (column, present) in optional where present {
            columns.insert(column)
        }
        return columns
    }
}
