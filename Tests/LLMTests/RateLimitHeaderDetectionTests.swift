import Testing

@testable import LLM

/// A response is read for a rate-limit snapshot only when a header name mentions `ratelimit`.
@Suite struct RateLimitHeaderDetectionTests {
    @Test(arguments: [
        (["content-type", "content-length"], false),
        (["retry-after", "x-request-id", "rate"], false),
        (["content-type", "x-ratelimit-remaining-requests"], true),
        (["X-RateLimit-Limit-Tokens"], true),
        (["anthropic-ratelimit-tokens-remaining", "request-id"], true),
        ([String](), false),
    ])
    func namesMentioningRateLimitAreSeen(names: [String], expected: Bool) {
        #expect(HTTPTransport.mentionsRateLimit(names) == expected)
    }
}
