/// A failure ``FakeLLMServer`` injects into one request.
package enum FakeFault: Sendable, Hashable {
    /// An error status with the provider's error body; optional `retry-after`, `retry-after-ms`, `x-should-retry`.
    case status(Int, retryAfter: String? = nil, retryAfterMs: String? = nil, shouldRetry: Bool? = nil)
    /// Sleep this many milliseconds before answering normally (a client with a shorter read timeout gives up).
    case stall(milliseconds: Int)
    /// Answer 200, send part of the body, then drop the connection.
    case dropMidStream
    /// Answer 200 with a body that is not valid JSON (streaming: one malformed event).
    case malformedJSON
    /// Streaming: answer 200, then an error event (`overloaded_error` / `{"error": …}`).
    case midStreamError
    /// 429 for an exhausted quota or balance (OpenAI `insufficient_quota`, Anthropic 402 `billing_error`): not transient.
    case quotaExhausted
    /// Streaming: answer 200 and end the stream cleanly but without `message_stop` / `[DONE]`.
    case truncatedStream
    /// Answer 200 with the provider's error body (as some compatible servers report an upstream failure).
    case errorInOKBody
    /// Answer 200 with an HTML page (a proxy's), whatever was asked.
    case htmlPage

    /// 429 asking to retry after `milliseconds`.
    package static func rateLimited(retryAfterMs: Int) -> FakeFault {
        .status(429, retryAfter: String(max(1, (retryAfterMs + 999) / 1000)), retryAfterMs: String(retryAfterMs))
    }

    /// 500 `api_error` / `server_error`.
    package static let serverError = FakeFault.status(500)

    /// Anthropic 529 `overloaded_error`; OpenAI 503.
    package static let overloaded = FakeFault.status(529)

    /// A mix of every transient kind, for failure-rate tests.
    package static let transientMix: [FakeFault] = [
        .rateLimited(retryAfterMs: 5), .serverError, .overloaded, .status(502), .status(504),
        .dropMidStream, .malformedJSON, .midStreamError, .truncatedStream,
    ]
}
