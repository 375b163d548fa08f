import Foundation
import LLM

extension ExperimentRun {
    /// The status of every recorded batch not yet known to be finished (one status call each), as
    /// `bon run --collect` shows them before collecting.
    ///
    /// A finished batch's new state is written to the journal. When any returned batch is not
    /// ``BatchProgress/isFinished``, collecting now would only wait; the caller may stop and come back.
    ///
    /// - Throws: ``RunError`` when the provider has no batch API, a status call fails, or the journal
    ///   cannot be read or written.
    public func openBatches(_ prepared: Prepared) async throws(RunError) -> [BatchProgress] {
        let open = try prepared.journal.batches().filter { batch in
            BatchStatus.State(rawValue: batch.state).map { !Self.isFinished($0) } ?? true
        }
        guard !open.isEmpty else { return [] }
        let client = try batchClient(try makeProviderClient())
        var statuses: [BatchProgress] = []
        for batch in open {
            let status: BatchStatus
            do {
                status = try await client.batchStatus(id: batch.id)
            } catch {
                throw RunError(.provider, "cannot read the status of batch \(batch.id): \(error.message)")
            }
            if status.isFinished { try prepared.journal.updateBatch(id: batch.id, state: status.state.rawValue) }
            statuses.append(BatchProgress(status))
        }
        return statuses
    }

    /// Wraps `provider` in a ``BatchingClient`` that records its batches in `journal`.
    func batchingClient(
        _ provider: any LLMClient,
        journal: RunJournal,
        fatal: FatalSignal,
        shouldStop: @escaping @Sendable () -> Bool,
        onStatus: @escaping @Sendable (BatchProgress) -> Void
    ) throws(RunError) -> any LLMClient {
        var settings = BatchingClient.Settings()
        settings.pollInterval = .milliseconds(Int64((config.batchPollSeconds * 1000).rounded()))
        // Gather for a few seconds at most; with short test poll intervals, a fraction of a second.
        settings.gatherWindow = min(.seconds(2), max(.milliseconds(200), settings.pollInterval / 2))
        return try BatchingClient(
            inner: try batchClient(provider),
            journal: journal,
            settings: settings,
            shouldStop: shouldStop,
            onStatus: onStatus,
            onFatal: { fatal.raise($0) }
        )
    }

    private func batchClient(_ provider: any LLMClient) throws(RunError) -> any LLMBatchClient {
        guard let client = provider as? any LLMBatchClient else {
            throw RunError(.provider, "the \(config.generator.rawValue) client has no batch API; run without --batch")
        }
        return client
    }

    private static func isFinished(_ state: BatchStatus.State) -> Bool {
        state != .inProgress && state != .cancelling
    }
}
