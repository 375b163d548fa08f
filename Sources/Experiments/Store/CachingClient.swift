public import LLM
import Synchronization

/// An ``LLMClient`` that answers from its ``ResponseStore``s when one holds the answer and fills them otherwise.
///
/// The stores are searched in order (the run's journal first, then the shared cache); an answer found in a
/// later store is copied into the earlier ones, and a new answer goes into all of them. The request key is
/// computed once per request for all stores. A provider client hands a new answer over on the event loop that read
/// it (see ``AnswerArrival``), so it is stored before the task that asked runs again: a kill after that moment
/// never pays for it twice.
public struct CachingClient: LLMClient {
    private let inner: any LLMClient
    private let stores: [any ResponseStore]
    private let provider: String

    /// Wraps `inner`; `provider` and the base URL go into the key, so two servers never share answers.
    public init(wrapping inner: any LLMClient, stores: [any ResponseStore], provider: String) {
        self.inner = inner
        self.stores = stores
        self.provider = provider
    }

    /// Wraps `inner` with one store.
    public init(wrapping inner: any LLMClient, store: any ResponseStore, provider: String) {
        self.init(wrapping: inner, stores: [store], provider: provider)
    }

    /// The wrapped client's counters (answers from the stores make no request).
    public var statistics: LLMClientStatistics { inner.statistics }

    public func complete(_ request: ChatRequest) async throws(LLMError) -> ChatResponse {
        let key = RequestKey.make(request, provider: provider)
        if let stored = lookup(key) { return stored }
        let responses = try await asking([key], firstCandidateIndex: request.candidateIndex) {
            () async throws(LLMError) in [try await inner.complete(request)]
        }
        return responses[0]
    }

    /// Answers all `count` candidates from the stores when they hold every one, else asks `inner` for all of
    /// them (one `n` request where the server supports it) and stores each under its candidate's key.
    public func completeMany(_ request: ChatRequest, count: Int) async throws(LLMError) -> [ChatResponse] {
        let keys = (0..<max(count, 0)).map { offset in
            var single = request
            single.candidateIndex = request.candidateIndex + offset
            return RequestKey.make(single, provider: provider)
        }
        let stored = keys.compactMap { lookup($0) }
        if stored.count == keys.count { return stored }
        return try await asking(keys, firstCandidateIndex: request.candidateIndex) { () async throws(LLMError) in
            try await inner.completeMany(request, count: count)
        }
    }

    /// Runs `ask` with an ``AnswerArrival`` handler that stores each answer under its key (`keys[i]` for candidate
    /// `firstCandidateIndex + i`) as it arrives; answers the handler did not see (a client that reads no
    /// connection) are stored when `ask` returns.
    private func asking(
        _ keys: [String],
        firstCandidateIndex: Int,
        _ ask: () async throws(LLMError) -> [ChatResponse]
    ) async throws(LLMError) -> [ChatResponse] {
        let stores = self.stores
        let kept = Mutex(Set<Int>())
        let handler: AnswerArrival.Handler = { first, responses in
            for (position, response) in responses.enumerated() {
                let offset = first - firstCandidateIndex + position
                guard keys.indices.contains(offset) else { continue }
                for store in stores { store.store(response, for: keys[offset]) }
                kept.withLock { _ = $0.insert(offset) }
            }
        }
        let responses = try await AnswerArrival.receiving(with: handler, ask)
        let keptOffsets = kept.withLock { $0 }
        for (offset, (key, response)) in zip(keys, responses).enumerated() where !keptOffsets.contains(offset) {
            for store in stores { store.store(response, for: key) }
        }
        return responses
    }

    /// The first stored answer for `key`, copied into the stores before the one that held it.
    private func lookup(_ key: String) -> ChatResponse? {
        for (index, store) in stores.enumerated() {
            guard var stored = store.lookup(key) else { continue }
            for earlier in stores[..<index] { earlier.store(stored, for: key) }
            // The row keeps what the answer cost when it was bought, so per-answer costs stay comparable.
            stored.latencyMs = 0
            return stored
        }
        return nil
    }
}
