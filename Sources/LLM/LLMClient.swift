/// Something that answers chat requests: a provider's HTTP client, or a replay of recorded answers.
///
/// This is the seam between the run engine and the providers.
public protocol LLMClient: Sendable {
    /// Sends one request and returns the completion, after the client's own retries.
    ///
    /// - Throws: ``LLMError`` when the request could not be completed.
    func complete(_ request: ChatRequest) async throws(LLMError) -> ChatResponse

    /// Asks for `count` candidates of one request at once.
    ///
    /// The default sends `count` requests one after another, with candidate indices
    /// `request.candidateIndex ..< request.candidateIndex + count`. The OpenAI client overrides it
    /// to use the `n` parameter (one prompt, `count` completions, input billed once) when the model
    /// and server support it. The result has exactly `count` responses, in candidate order.
    ///
    /// - Throws: ``LLMError`` when any candidate could not be completed.
    func completeMany(_ request: ChatRequest, count: Int) async throws(LLMError) -> [ChatResponse]

    /// Counters since the client was made: requests, attempts, retries, rate-limited responses.
    var statistics: LLMClientStatistics { get }
}

extension LLMClient {
    /// Sends `count` requests one after another, one per candidate index.
    public func completeMany(_ request: ChatRequest, count: Int) async throws(LLMError) -> [ChatResponse] {
        var responses: [ChatResponse] = []
        responses.reserveCapacity(max(count, 0))
        for offset in 0..<max(count, 0) {
            var single = request
            single.candidateIndex = request.candidateIndex + offset
            responses.append(try await complete(single))
        }
        return responses
    }

    /// No counters: all zero.
    public var statistics: LLMClientStatistics { LLMClientStatistics() }
}
