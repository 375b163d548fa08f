public import LLM

/// An ``LLMClient`` that answers from its ``ResponseStore``s when one holds the answer and fills them otherwise.
///
/// The stores are searched in order (the run's journal first, then the shared cache); an answer found in a
/// later store is copied into the earlier ones, and a new answer goes into all of them. The request key is
/// computed once per request for all stores.
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

    public func complete(_ request: ChatRequest) async throws(LLMError) -> ChatResponse {
        let key = RequestKey.make(request, provider: provider)
        if let stored = lookup(key) { return stored }
        let response = try await inner.complete(request)
        for store in stores { store.store(response, for: key) }
        return response
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
        let responses = try await inner.completeMany(request, count: count)
        for (key, response) in zip(keys, responses) {
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
