public import Datasets
public import LLM

/// One unit of work: candidate `candidateIndex` of `query`.
public struct WorkItem: Sendable, Hashable {
    /// The query.
    public var query: Query
    /// Which candidate, 0 … N−1.
    public var candidateIndex: Int

    /// Creates a work item.
    public init(query: Query, candidateIndex: Int) {
        self.query = query
        self.candidateIndex = candidateIndex
    }

    /// The journal key of this item.
    public var key: CandidateKey { CandidateKey(queryID: query.id, candidateIndex: candidateIndex) }
}

/// What generation produced for one work item: the whole conversation and its cost, or an error.
public struct GeneratedCandidate: Sendable {
    /// The whole conversation: persona system turn, the prompt, tool turns, the final assistant turn.
    public var messages: [ChatMessage]
    /// The final answer text (empty when generation failed).
    public var text: String
    /// Tokens over every call that produced the candidate.
    public var usage: Usage
    /// Cost over every call, or `nil` when a price is unknown.
    public var costUSD: Double?
    /// Wall time of generation in milliseconds.
    public var latencyMs: Double
    /// The provider's finish reason of the final call.
    public var finishReason: String
    /// The model that answered.
    public var model: String
    /// Why generation failed after retries, or `nil`.
    public var error: String?
    /// Whether the failure was a timeout.
    public var timedOut: Bool
    /// Whether generation was given up because the run is stopping: such a candidate is not saved, so that the
    /// resumed run makes it.
    public var cancelled: Bool

    /// Creates a generated candidate.
    public init(
        messages: [ChatMessage],
        text: String,
        usage: Usage,
        costUSD: Double?,
        latencyMs: Double,
        finishReason: String,
        model: String,
        error: String? = nil,
        timedOut: Bool = false,
        cancelled: Bool = false
    ) {
        self.messages = messages
        self.text = text
        self.usage = usage
        self.costUSD = costUSD
        self.latencyMs = latencyMs
        self.finishReason = finishReason
        self.model = model
        self.error = error
        self.timedOut = timedOut
        self.cancelled = cancelled
    }
}
