/// The statistics of one split (or of all rows, with ``split`` `"overall"`).
///
/// Rates are ``Proportion``s with 95% Wilson intervals. Optional members are `nil` when the file lacks
/// the columns they need.
public struct SplitSummary: Sendable, Hashable, Codable {
    /// The split's name, or `"overall"`.
    public var split: String
    /// Rows (candidates).
    public var rows: Int
    /// Distinct queries.
    public var queries: Int
    /// Verified candidates among all rows: pandas' `df.groupby('split')['is_verified'].mean()`.
    public var verified: Proportion
    /// Verified among the rows with `candidate_idx == 0` (does the first candidate succeed).
    public var firstCandidate: Proportion
    /// Queries with at least one verified candidate (coverage).
    public var anyCandidate: Proportion
    /// Unbiased pass@k for k = 1, 2, 4, … and the largest candidate count.
    public var passAtK: [PassAtKPoint]
    /// Majority-vote accuracy over `extracted_answer` (math splits; ties go to the earliest candidate).
    public var majorityVote: Proportion?
    /// For each candidate index, how many queries had their first verified candidate there.
    public var firstVerifiedIndex: [Int]
    /// Queries with no verified candidate.
    public var noVerifiedCandidate: Int
    /// Rows per `verdict`, most frequent first.
    public var verdicts: [Count]?
    /// Rows with a non-null `error`.
    public var errors: Int?
    /// Refusals among rows, and their types.
    public var refusals: RefusalSummary?
    /// Mean persona score overall and for verified versus unverified candidates.
    public var personaScore: PersonaScoreSummary?
    /// Rows per `verification_method`, most frequent first.
    public var methods: [Count]?
    /// Rows whose verification method was the LLM judge.
    public var judgeConsulted: Int?
    /// Tokens and money.
    public var cost: CostSummary?
    /// Latency percentiles.
    public var latency: LatencySummary?
}

/// How often candidates refused, and why.
public struct RefusalSummary: Sendable, Hashable, Codable {
    /// Refusals among rows with a non-null `refusal_is_refusal`.
    public var rate: Proportion
    /// Refusals per `refusal_type` (`unspecified` when null), most frequent first.
    public var byType: [Count]
}

/// Persona score means (rows with a null score are skipped).
public struct PersonaScoreSummary: Sendable, Hashable, Codable {
    /// Rows with a score.
    public var scored: Int
    /// Mean over scored rows.
    public var mean: Double
    /// Mean over scored, verified rows (`nil` when none).
    public var meanVerified: Double?
    /// Mean over scored, unverified rows (`nil` when none).
    public var meanUnverified: Double?
}

/// Token and cost totals.
public struct CostSummary: Sendable, Hashable, Codable {
    /// Sum of `input_tokens`.
    public var inputTokens: Int64
    /// Sum of `output_tokens`.
    public var outputTokens: Int64
    /// Sum of `cache_read_tokens`.
    public var cacheReadTokens: Int64
    /// Sum of `cache_write_tokens`.
    public var cacheWriteTokens: Int64
    /// Sum of `cost_usd` (`nil` when the column is absent).
    public var costUSD: Double?
    /// Cost divided by verified candidates.
    public var costPerVerified: Double?
    /// Cost divided by covered queries (queries with a verified candidate).
    public var costPerCoveredQuery: Double?
}

/// Latency percentiles in milliseconds (linear interpolation, as pandas' `quantile`).
public struct LatencySummary: Sendable, Hashable, Codable {
    /// Rows with a latency.
    public var measured: Int
    /// The median.
    public var p50: Double
    /// The 95th percentile.
    public var p95: Double
}
