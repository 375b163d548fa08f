import LLM

/// Where one provider batch of a batch-mode run stands, for progress displays and `bon run --collect`.
public struct BatchProgress: Sendable, Hashable {
    /// The provider's batch id (`msgbatch_…`, `batch_…`).
    public var id: String
    /// The normalised state: `in_progress`, `cancelling`, `ended`, `failed`, `expired` or `cancelled`.
    public var state: String
    /// The provider's own status word (`in_progress`, `validating`, `finalizing`, `completed`, …).
    public var providerStatus: String
    /// Requests in the batch (0 when the provider does not say yet).
    public var total: Int
    /// Requests finished successfully.
    public var succeeded: Int
    /// Requests that failed, expired or were cancelled.
    public var failed: Int
    /// Whether the batch is done (its results can be fetched; no more progress will happen).
    public var isFinished: Bool

    /// Creates progress from a client's status.
    init(_ status: BatchStatus) {
        id = status.id
        state = status.state.rawValue
        providerStatus = status.providerStatus
        total = status.total
        succeeded = status.succeeded
        failed = status.failed
        isFinished = status.isFinished
    }

    /// One line: `msgbatch_… in_progress 120/1600 succeeded`.
    public var line: String {
        var text = "\(id)  \(providerStatus)  \(succeeded)/\(total) succeeded"
        if failed > 0 { text += ", \(failed) failed" }
        return text
    }
}
