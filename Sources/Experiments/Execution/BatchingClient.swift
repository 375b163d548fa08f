import Foundation
import LLM

/// An ``LLMClient`` that sends every request through the provider's batch API, at batch prices.
///
/// Callers use it like any client: `complete(_:)` suspends until the answer is back. Requests that arrive
/// close together are gathered and submitted as one provider batch once no new request has arrived for
/// the gathering window (or `maxItems` are waiting). So a run's generations, then its judge calls, then
/// each tool-calling turn go out as batch rounds without the pipeline knowing about batches.
///
/// Each item's custom id is derived from the request key, so it is the same in a later process. A
/// submitted batch and its items' ids are committed to the ``RunJournal`` as soon as the provider has
/// accepted it; a request whose id belongs to a recorded batch waits for that batch instead of being
/// submitted again. An item that fails for a reason a retry can fix (expired, cancelled, a server error)
/// goes into the next batch round, up to `maxAttempts` batches. When `shouldStop` turns true while
/// requests wait, every waiting caller gets an ``LLMError/Code/cancelled`` error and the batches keep
/// running at the provider, to be collected by a later process.
actor BatchingClient: LLMClient {
    /// Timing and size limits.
    struct Settings: Sendable {
        /// Time between status polls of a batch.
        var pollInterval: Duration = .seconds(30)
        /// Submit once no request has arrived for this long.
        var gatherWindow: Duration = .seconds(2)
        /// Most items in one batch (both providers accept far more; this keeps uploads small).
        var maxItems = 10_000
        /// Batches an item may go through before its failure is final.
        var maxAttempts = 3
    }

    private typealias Waiter = CheckedContinuation<Result<ChatResponse, LLMError>, Never>

    private let inner: any LLMBatchClient
    private let journal: RunJournal
    private let settings: Settings
    private let shouldStop: @Sendable () -> Bool
    private let onStatus: @Sendable (BatchProgress) -> Void
    private let onFatal: @Sendable (String) -> Void

    /// Callers waiting, by custom id (identical requests share one batch item).
    private var waiters: [String: [Waiter]] = [:]
    /// The request behind each custom id with waiters, for retries.
    private var requests: [String: ChatRequest] = [:]
    /// Batches each custom id has been submitted in, in this process.
    private var attempts: [String: Int] = [:]
    /// Items waiting to be submitted.
    private var pending: [BatchItem] = []
    /// The latest batch each custom id was submitted in (from the journal, then this process).
    private var recorded: [String: String] = [:]
    /// The custom ids of each batch.
    private var members: [String: [String]] = [:]
    /// Batches being polled or already finished in this process.
    private var watching: Set<String> = []
    /// Results of finished batches that no caller has asked for yet.
    private var unclaimed: [String: Result<ChatResponse, LLMError>] = [:]
    private var lastArrival = ContinuousClock.now
    private var gathering = false
    private var stopped = false

    /// Wraps `inner`, reading the batches already recorded in `journal`.
    ///
    /// - Throws: ``RunError`` when the journal cannot be read.
    init(
        inner: any LLMBatchClient,
        journal: RunJournal,
        settings: Settings,
        shouldStop: @escaping @Sendable () -> Bool,
        onStatus: @escaping @Sendable (BatchProgress) -> Void,
        onFatal: @escaping @Sendable (String) -> Void
    ) throws(RunError) {
        self.inner = inner
        self.journal = journal
        self.settings = settings
        self.shouldStop = shouldStop
        self.onStatus = onStatus
        self.onFatal = onFatal
        var recorded: [String: String] = [:]
        var members: [String: [String]] = [:]
        for batch in try journal.batches() {
            members[batch.id] = batch.customIDs
            for id in batch.customIDs { recorded[id] = batch.id }
        }
        self.recorded = recorded
        self.members = members
    }

    /// The batch custom id of `request`: stable across processes, `[A-Za-z0-9_]`, 64 characters.
    static func customID(for request: ChatRequest) -> String {
        "bon_" + RequestKey.make(request, provider: "batch").prefix(60)
    }

    func complete(_ request: ChatRequest) async throws(LLMError) -> ChatResponse {
        let id = Self.customID(for: request)
        let result = await withCheckedContinuation { (waiter: Waiter) in
            enqueue(id, request: request, waiter: waiter)
        }
        return try result.get()
    }

    // MARK: - Arrival and submission

    private func enqueue(_ id: String, request: ChatRequest, waiter: Waiter) {
        if stopped {
            waiter.resume(returning: .failure(LLMError(.cancelled, "the run is stopping; no new batch is submitted")))
            return
        }
        let alreadyAsked = waiters[id]?.isEmpty == false
        waiters[id, default: []].append(waiter)
        requests[id] = request
        if alreadyAsked { return }
        if let result = unclaimed.removeValue(forKey: id) {
            settle(id, result)
        } else if let batch = recorded[id] {
            watch(batch, initial: nil)
        } else {
            submitLater(BatchItem(customID: id, request: request))
        }
    }

    private func submitLater(_ item: BatchItem) {
        pending.append(item)
        lastArrival = .now
        if pending.count >= settings.maxItems {
            let items = pending
            pending = []
            Task { await self.submit(items) }
        } else if !gathering {
            gathering = true
            Task { await self.gather() }
        }
    }

    /// Waits until no request has arrived for the gathering window, then submits what is pending.
    private func gather() async {
        while true {
            let quiet = ContinuousClock.now - lastArrival
            if quiet >= settings.gatherWindow || pending.isEmpty { break }
            guard await pause(min(settings.gatherWindow - quiet, .milliseconds(250))) else {
                gathering = false
                return
            }
        }
        gathering = false
        guard !pending.isEmpty, !stopped else { return }
        let items = pending
        pending = []
        await submit(items)
    }

    private func submit(_ items: [BatchItem]) async {
        let status: BatchStatus
        do {
            status = try await inner.submitBatch(items)
        } catch {
            fail("submitting a batch of \(items.count) requests failed: \(error.message)")
            return
        }
        let ids = items.map(\.customID)
        do {
            try journal.recordBatch(id: status.id, state: status.state.rawValue, customIDs: ids)
        } catch {
            fail("batch \(status.id) was submitted but could not be recorded: \(error.message)")
            return
        }
        members[status.id] = ids
        for id in ids {
            recorded[id] = status.id
            attempts[id, default: 0] += 1
        }
        guard !stopped else { return }
        watch(status.id, initial: status)
    }

    // MARK: - Polling and results

    private func watch(_ batch: String, initial: BatchStatus?) {
        guard watching.insert(batch).inserted else { return }
        Task { await self.poll(batch, initial: initial) }
    }

    private func poll(_ batch: String, initial: BatchStatus?) async {
        var status = initial
        if let initial { onStatus(BatchProgress(initial)) }
        while !stopped {
            if let current = status, current.isFinished {
                await finish(current)
                return
            }
            if status != nil {
                guard await pause(settings.pollInterval) else { return }
            }
            let inner = self.inner
            guard
                let next = await patiently(
                    "polling batch \(batch)",
                    { () async throws(LLMError) in try await inner.batchStatus(id: batch) }
                )
            else { return }
            if next != status { onStatus(BatchProgress(next)) }
            status = next
        }
    }

    private func finish(_ status: BatchStatus) async {
        var results: [String: Result<ChatResponse, LLMError>] = [:]
        if status.state != .failed {
            let inner = self.inner
            guard
                let outcomes = await patiently(
                    "fetching the results of batch \(status.id)",
                    { () async throws(LLMError) in try await inner.batchResults(id: status.id) }
                )
            else { return }
            for outcome in outcomes { results[outcome.customID] = outcome.result }
        }
        do {
            try journal.updateBatch(id: status.id, state: status.state.rawValue)
        } catch {
            fail(error.message)
            return
        }
        for id in members[status.id] ?? [] where recorded[id] == status.id {
            let result =
                results[id]
                ?? .failure(
                    LLMError(
                        .unavailable,
                        "batch \(status.id) ended (\(status.providerStatus)) without a result for this request"
                    )
                )
            if waiters[id]?.isEmpty == false {
                settle(id, result)
            } else {
                unclaimed[id] = result
            }
        }
    }

    /// Hands `result` to the callers of `id`, or sends the item to the next batch round when a retry may help.
    private func settle(_ id: String, _ result: Result<ChatResponse, LLMError>) {
        if case .failure(let error) = result, Self.isRetryable(error), attempts[id, default: 1] < settings.maxAttempts,
            let request = requests[id], !stopped
        {
            recorded[id] = nil
            submitLater(BatchItem(customID: id, request: request))
            return
        }
        requests[id] = nil
        // Done with this batch: an identical request arriving later (before the first answer reached the
        // journal) is submitted again rather than waiting on a batch that is no longer watched.
        recorded[id] = nil
        for waiter in waiters.removeValue(forKey: id) ?? [] { waiter.resume(returning: result) }
    }

    static func isRetryable(_ error: LLMError) -> Bool {
        switch error.code {
        case .rateLimited, .serverError, .transport, .unreachable, .unavailable, .malformedResponse: true
        case .authentication, .invalidRequest, .cancelled: false
        }
    }

    /// Runs `operation`, again after a poll interval while it fails transiently (5 tries); `nil` once it
    /// has failed for good (the run is stopped) or the run is stopping.
    private func patiently<Value: Sendable>(
        _ what: String,
        _ operation: () async throws(LLMError) -> Value
    ) async -> Value? {
        var failures = 0
        while !stopped {
            do {
                return try await operation()
            } catch {
                failures += 1
                if !error.isTransient || failures >= 5 {
                    fail("\(what) failed: \(error.message)")
                    return nil
                }
                guard await pause(settings.pollInterval) else { return nil }
            }
        }
        return nil
    }

    // MARK: - Stopping

    /// Sleeps for `duration` in short slices; false (after stopping) when the run is asked to stop.
    private func pause(_ duration: Duration) async -> Bool {
        let end = ContinuousClock.now + duration
        while !stopped {
            if shouldStop() {
                stop(
                    "stopped while waiting for provider batches; they keep running, and `bon run … --collect` "
                        + "collects them"
                )
                return false
            }
            let left = end - ContinuousClock.now
            if left <= .zero { return true }
            try? await Task.sleep(for: min(left, .milliseconds(100)))
        }
        return false
    }

    private func fail(_ message: String) {
        onFatal(message)
        stop(message)
    }

    /// Answers every waiting caller with a cancellation; nothing more is submitted.
    private func stop(_ reason: String) {
        guard !stopped else { return }
        stopped = true
        pending = []
        let error = LLMError(.cancelled, reason)
        let all = waiters
        waiters = [:]
        requests = [:]
        for list in all.values {
            for waiter in list { waiter.resume(returning: .failure(error)) }
        }
    }
}
