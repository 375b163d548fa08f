import AsyncHTTPClient
import Foundation

/// A client for Anthropic's Messages API (`POST {base}/v1/messages`) on async-http-client.
///
/// Puts the persona in `system` with a `cache_control` breakpoint (and one on the tool definitions) so
/// candidates 2…N read the cached prefix; streams by default; sends `temperature` only to models
/// that accept it; retries transient failures; prices every response.
public struct AnthropicClient: LLMClient {
    let core: ProviderCore

    /// Creates a client.
    ///
    /// - Throws: ``LLMError/Code/invalidRequest`` when the base URL is not an http(s) URL.
    public init(configuration: LLMClientConfiguration = LLMClientConfiguration()) throws(LLMError) {
        core = try ProviderCore(provider: .anthropic, configuration: configuration)
    }

    /// Counters since the client was made.
    public var statistics: LLMClientStatistics { core.transport.counter.snapshot }

    /// Asks for `count` candidates: the first alone (it writes the prompt cache), the rest concurrently
    /// (they read it); see ``LLMClient/completeMany(_:count:)``.
    public func completeMany(_ request: ChatRequest, count: Int) async throws(LLMError) -> [ChatResponse] {
        guard count > 0 else { return [] }
        let first = try await complete(request)
        guard count > 1 else { return [first] }
        let result = await withTaskGroup(of: (Int, Result<ChatResponse, LLMError>).self) { group in
            for offset in 1..<count {
                var single = request
                single.candidateIndex = request.candidateIndex + offset
                group.addTask {
                    do throws(LLMError) {
                        return (offset, .success(try await complete(single)))
                    } catch {
                        return (offset, .failure(error))
                    }
                }
            }
            var responses = [Result<ChatResponse, LLMError>?](repeating: nil, count: count)
            responses[0] = .success(first)
            for await (offset, response) in group { responses[offset] = response }
            return responses
        }
        var responses: [ChatResponse] = []
        for item in result {
            switch item {
            case .success(let response): responses.append(response)
            case .failure(let error): throw error
            case nil: throw LLMError(.malformedResponse, "candidate missing")
            }
        }
        return responses
    }

    /// Sends one request; see ``LLMClient/complete(_:)``.
    public func complete(_ request: ChatRequest) async throws(LLMError) -> ChatResponse {
        let start = ContinuousClock.now
        let configuration = core.configuration
        let streaming = configuration.streaming
        let body = try AnthropicWire.bodyBytes(
            for: request,
            capabilities: core.capabilities(for: request.model),
            promptCaching: configuration.promptCaching,
            stream: streaming
        )
        var extra = [("anthropic-version", "2023-06-01")]
        if let key = configuration.apiKey { extra.append(("x-api-key", key.reveal())) }
        let core = self.core
        let arrival = AnswerArrival.handler
        let (model, candidateIndex) = (request.model, request.candidateIndex)
        return try await core.transport.send(
            url: core.baseURL + "/v1/messages",
            headers: core.headers(extra: extra),
            body: body,
            model: model
        ) {
            MappedReader(base: AnswerReader<AnthropicStreamAccumulator>(streaming: streaming, what: "Anthropic's")) {
                body throws(LLMError) in
                // Built here, on the event loop that read the last byte, so the arrival handler keeps it at once.
                let response = try Self.response(from: body, core: core, model: model, start: start)
                arrival?(candidateIndex, [response])
                return response
            }
        }
    }

    /// Runs the answer path once on canned bytes, streamed and whole (see ``AnswerWarmUp``).
    func warmUp(model: String) {
        let start = ContinuousClock.now
        AnswerWarmUp.run(
            AnthropicStreamAccumulator.self,
            stream: AnswerWarmUp.anthropicStream,
            whole: AnswerWarmUp.anthropicWhole,
            what: "Anthropic's"
        ) {
            body throws(LLMError) in try Self.response(from: body, core: core, model: model, start: start)
        }
    }

    /// The answer in a body, with its usage and cost.
    static func response(
        from body: AnswerBody<AnthropicStreamAccumulator>,
        core: ProviderCore,
        model requestModel: String,
        start: ContinuousClock.Instant
    ) throws(LLMError) -> ChatResponse {
        let message: AnthropicWire.Message
        switch body {
        case .streamed(let accumulator):
            message = accumulator.result
        case .whole(let bytes):
            do {
                message = try AnthropicWire.Message.parse(bytes)
            } catch {
                message = AnthropicWire.Message()
            }
            // A message always has `content` (`[]` when empty); an error in a 200 body has none.
            if message.content == nil {
                throw LLMError(
                    .malformedResponse,
                    "Anthropic answered model \(requestModel) with a body that is not a message "
                        + "(\(ProviderCore.opening(of: bytes)))"
                )
            }
        }
        let usage = AnthropicWire.usage(message.usage)
        let model = message.model ?? requestModel
        return ChatResponse(
            message: AnthropicWire.assistantMessage(message.content ?? []),
            finishReason: message.stopReason ?? "end_turn",
            usage: usage,
            model: model,
            costUSD: core.cost(of: usage, requestModel: requestModel, responseModel: model),
            latencyMs: ProviderCore.elapsedMs(since: start)
        )
    }
}
