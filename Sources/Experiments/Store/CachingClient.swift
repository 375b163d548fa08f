public import LLM

/// An ``LLMClient`` that answers from a ``ResponseStore`` when it can and fills it otherwise.
public struct CachingClient: LLMClient {
    private let inner: any LLMClient
    private let store: any ResponseStore
    private let provider: String

    /// Wraps `inner`; `provider` and the base URL go into the key, so two servers never share answers.
    public init(wrapping inner: any LLMClient, store: any ResponseStore, provider: String) {
        self.inner = inner
        self.store = store
        self.provider = provider
    }

    public func complete(_ request: ChatRequest) async throws(LLMError) -> ChatResponse {
        let key = RequestKey.make(request, provider: provider)
        if var stored = store.lookup(key) {
            // The row keeps what the answer cost when it was bought, so per-answer costs stay comparable.
            stored.latencyMs = 0
            return stored
        }
        let response = try await inner.complete(request)
        store.store(response, for: key)
        return response
    }

    /// Answers all `count` candidates from the store when it holds every one, else asks `inner` for all of
    /// them (one `n` request where the server supports it) and stores each under its candidate's key.
    public func completeMany(_ request: ChatRequest, count: Int) async throws(LLMError) -> [ChatResponse] {
        let keys = (0..<max(count, 0)).map { offset in
            var single = request
            single.candidateIndex = request.candidateIndex + offset
            return RequestKey.make(single, provider: provider)
        }
        let stored = keys.compactMap { store.lookup($0) }
        if stored.count == keys.count {
            return stored.map { response in
                var response = response
                response.latencyMs = 0
                return response
            }
        }
        let responses = try await inner.completeMany(request, count: count)
        for (key, response) in zip(keys, responses) { store.store(response, for: key) }
        return responses
    }
}
