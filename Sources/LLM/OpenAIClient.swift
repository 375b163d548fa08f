import AsyncHTTPClient
import Foundation
import Synchronization

/// A client for OpenAI Chat Completions (`POST {base}/chat/completions`, base including `/v1`), also for
/// any OpenAI-compatible server (vLLM, SGLang, llama.cpp, Ollama, gateways) through the base URL.
///
/// Streams by default (with `stream_options.include_usage`); asks for N candidates with `n` in one
/// request when the model supports it, falling back to N requests when the server refuses `n` or
/// returns fewer choices; sends `max_completion_tokens` and leaves out `temperature` for reasoning models.
public struct OpenAIClient: LLMClient {
    let core: ProviderCore
    private let nRefused = NFlag()

    /// Creates a client.
    ///
    /// - Throws: ``LLMError/Code/invalidRequest`` when the base URL is not an http(s) URL.
    public init(configuration: LLMClientConfiguration = LLMClientConfiguration()) throws(LLMError) {
        core = try ProviderCore(provider: .openAI, configuration: configuration)
    }

    /// Counters since the client was made.
    public var statistics: LLMClientStatistics { core.transport.counter.snapshot }

    /// Sends one request; see ``LLMClient/complete(_:)``.
    public func complete(_ request: ChatRequest) async throws(LLMError) -> ChatResponse {
        let responses = try await send(request, n: 1)
        guard let first = responses.first else {
            throw LLMError(.malformedResponse, "OpenAI answered model \(request.model) with no choices")
        }
        return first
    }

    /// Asks for `count` candidates with one `n` request when possible; see ``LLMClient/completeMany(_:count:)``.
    public func completeMany(_ request: ChatRequest, count: Int) async throws(LLMError) -> [ChatResponse] {
        guard count > 1, core.configuration.useN, core.capabilities(for: request.model).supportsN, !nRefused.value
        else {
            return try await loop(request, from: 0, count: count)
        }
        var responses: [ChatResponse]
        do {
            responses = try await send(request, n: count)
        } catch  where error.code == .invalidRequest || error.status == 500 {
            let text = error.message.lowercased()
            guard text.contains("choice") || text.contains("'n'") || text.contains("`n`") || text.contains(" n ")
            else { throw error }
            nRefused.set()
            return try await loop(request, from: 0, count: count)
        }
        if responses.count < count {
            // The server ignored `n` (Ollama): fetch the missing candidates one by one.
            responses += try await loop(request, from: responses.count, count: count - responses.count)
        }
        return Array(responses.prefix(count))
    }

    private func loop(_ request: ChatRequest, from offset: Int, count: Int) async throws(LLMError) -> [ChatResponse] {
        var responses: [ChatResponse] = []
        for index in 0..<max(count, 0) {
            var single = request
            single.candidateIndex = request.candidateIndex + offset + index
            // Each candidate its own seed, or a server that honours seeds answers them all alike.
            single.seed = request.seed.map { $0 + offset + index }
            responses.append(try await complete(single))
        }
        return responses
    }

    private func send(_ request: ChatRequest, n: Int) async throws(LLMError) -> [ChatResponse] {
        let start = ContinuousClock.now
        let streaming = core.configuration.streaming
        let body = try OpenAIWire.bodyBytes(
            for: request,
            capabilities: core.capabilities(for: request.model),
            n: n,
            stream: streaming
        )
        var extra: [(String, String)] = []
        if let key = core.configuration.apiKey { extra.append(("authorization", "Bearer " + key.reveal())) }
        let core = self.core
        let arrival = AnswerArrival.handler
        let (model, candidateIndex) = (request.model, request.candidateIndex)
        return try await core.transport.send(
            url: core.baseURL + "/chat/completions",
            headers: core.headers(extra: extra),
            body: body,
            model: model
        ) {
            MappedReader(base: AnswerReader<OpenAIStreamAccumulator>(streaming: streaming, what: "OpenAI's")) {
                body throws(LLMError) in
                // Built here, on the event loop that read the last byte, so the arrival handler keeps it at once.
                let responses = try Self.responses(from: body, core: core, model: model, start: start)
                arrival?(candidateIndex, responses)
                return responses
            }
        }
    }

    /// Runs the answer path once on canned bytes, streamed and whole (see ``AnswerWarmUp``).
    func warmUp(model: String) {
        let start = ContinuousClock.now
        AnswerWarmUp.run(
            OpenAIStreamAccumulator.self,
            stream: AnswerWarmUp.openAIStream,
            whole: AnswerWarmUp.openAIWhole,
            what: "OpenAI's"
        ) {
            body throws(LLMError) in try Self.responses(from: body, core: core, model: model, start: start)
        }
    }

    /// The answers in a body: one per choice, in choice order, each with its share of the usage and its cost.
    static func responses(
        from body: AnswerBody<OpenAIStreamAccumulator>,
        core: ProviderCore,
        model requestModel: String,
        start: ContinuousClock.Instant
    ) throws(LLMError) -> [ChatResponse] {
        let choices: [(message: ChatMessage, finishReason: String)]
        let usageBody: OpenAIWire.UsageBody?
        let responseModel: String?
        switch body {
        case .streamed(let accumulator):
            (choices, usageBody, responseModel) = (accumulator.result, accumulator.usage, accumulator.model)
        case .whole(let bytes):
            let completion: OpenAIWire.Completion
            do {
                completion = try OpenAIWire.Completion.parse(bytes)
            } catch {
                throw LLMError(
                    .malformedResponse,
                    "OpenAI answered model \(requestModel) with a body that is not JSON (\(ProviderCore.opening(of: bytes)))"
                )
            }
            if let failure = completion.error, completion.choices?.isEmpty ?? true {
                // Some compatible servers report an upstream failure in a 200 body; it is as transient as a 5xx.
                throw LLMError(
                    .serverError,
                    "OpenAI answered model \(requestModel) with HTTP 200 carrying an error "
                        + "(\(failure.type ?? "error")): \((failure.message ?? "").prefix(300))"
                )
            }
            let ordered = (completion.choices ?? []).sorted { ($0.index ?? 0) < ($1.index ?? 0) }
            choices = ordered.map { (OpenAIWire.assistantMessage($0.message), $0.finishReason ?? "stop") }
            (usageBody, responseModel) = (completion.usage, completion.model)
        }
        let model = responseModel ?? requestModel
        let usages = OpenAIWire.split(OpenAIWire.usage(usageBody), count: choices.count)
        let latency = ProviderCore.elapsedMs(since: start)
        // A server that reports no usage (some compatible ones ignore `stream_options`) leaves the cost unknown,
        // not zero.
        let priced = usageBody != nil
        return zip(choices, usages).map { choice, usage in
            ChatResponse(
                message: choice.message,
                finishReason: choice.finishReason,
                usage: usage,
                model: model,
                costUSD: priced ? core.cost(of: usage, requestModel: requestModel, responseModel: model) : nil,
                latencyMs: latency
            )
        }
    }
}

/// Remembers that a server refused `n > 1`.
final class NFlag: Sendable {
    private let state = Mutex(false)
    var value: Bool { state.withLock { $0 } }
    func set() { state.withLock { $0 = true } }
}
