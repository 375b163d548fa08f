/// One request of a provider batch, named by an id unique within the batch (`[A-Za-z0-9_-]`, 1–64 characters).
public struct BatchItem: Sendable, Hashable {
    /// The id the result comes back under.
    public var customID: String
    /// The request (sent without streaming).
    public var request: ChatRequest

    /// Creates an item.
    public init(customID: String, request: ChatRequest) {
        self.customID = customID
        self.request = request
    }
}

/// Where a submitted batch stands.
public struct BatchStatus: Sendable, Hashable {
    /// The provider's lifecycle state, normalised.
    public enum State: String, Sendable, Hashable {
        /// Validating or processing.
        case inProgress = "in_progress"
        /// Being cancelled.
        case cancelling
        /// Done: results can be fetched (Anthropic `ended`, OpenAI `completed`).
        case ended
        /// OpenAI: validation failed; no results.
        case failed
        /// OpenAI: the 24-hour window passed; finished requests have results.
        case expired
        /// OpenAI: cancelled; finished requests have results.
        case cancelled
    }

    /// The batch id.
    public var id: String
    /// The state.
    public var state: State
    /// The provider's own status word (`in_progress`, `ended`, `validating`, `finalizing`, …).
    public var providerStatus: String
    /// Requests in the batch (0 when the provider does not say yet).
    public var total: Int
    /// Requests finished successfully.
    public var succeeded: Int
    /// Requests that failed, expired or were cancelled.
    public var failed: Int

    /// Creates a status.
    public init(id: String, state: State, providerStatus: String, total: Int, succeeded: Int, failed: Int) {
        self.id = id
        self.state = state
        self.providerStatus = providerStatus
        self.total = total
        self.succeeded = succeeded
        self.failed = failed
    }

    /// Whether results can be fetched now (no more progress will happen).
    public var isFinished: Bool { state != .inProgress && state != .cancelling }
}

/// The result of one batch item: its completion (priced at batch prices) or why it failed.
public struct BatchOutcome: Sendable {
    /// The item's id.
    public var customID: String
    /// The completion, or the error the provider reported for this item.
    public var result: Result<ChatResponse, LLMError>

    /// Creates an outcome.
    public init(customID: String, result: Result<ChatResponse, LLMError>) {
        self.customID = customID
        self.result = result
    }
}

/// A client that can also run requests through the provider's batch API (half price, up to 24 h).
public protocol LLMBatchClient: LLMClient {
    /// Submits `items` as one batch and returns its first status.
    func submitBatch(_ items: [BatchItem]) async throws(LLMError) -> BatchStatus
    /// The batch's current status.
    func batchStatus(id: String) async throws(LLMError) -> BatchStatus
    /// The results of a finished batch, one per item that has one, in no particular order.
    func batchResults(id: String) async throws(LLMError) -> [BatchOutcome]
}

extension LLMBatchClient {
    /// Submits `items`, polls every `pollInterval` until the batch finishes, and returns the outcomes
    /// in the order of `items`; an item without a result gets an ``LLMError/Code/unavailable`` error.
    public func runBatch(
        _ items: [BatchItem],
        pollInterval: Duration = .seconds(30)
    ) async throws(LLMError) -> [BatchOutcome] {
        var status = try await submitBatch(items)
        while !status.isFinished {
            do {
                try await Task.sleep(for: pollInterval)
            } catch {
                throw LLMError(.cancelled, "waiting for batch \(status.id) was cancelled; it keeps running")
            }
            status = try await batchStatus(id: status.id)
        }
        var byID: [String: BatchOutcome] = [:]
        if status.state != .failed {
            for outcome in try await batchResults(id: status.id) { byID[outcome.customID] = outcome }
        }
        return items.map { item in
            byID[item.customID]
                ?? BatchOutcome(
                    customID: item.customID,
                    result: .failure(
                        LLMError(
                            .unavailable,
                            "batch \(status.id) ended (\(status.providerStatus)) without a result for \(item.customID)"
                        )
                    )
                )
        }
    }
}
