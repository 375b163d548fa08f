import Foundation
import LLM
import Testing

@Suite struct RateLimitSnapshotTests {
    @Test(arguments: [
        ("1s", 1.0), ("6m0s", 360), ("20ms", 0.02), ("1m30.5s", 90.5), ("1h2m", 3720), ("0.5s", 0.5),
    ])
    func goDurations(text: String, seconds: Double) throws {
        let duration = try #require(RateLimitSnapshot.goDuration(text))
        #expect(
            abs(Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18 - seconds) < 1e-6
        )
    }

    @Test func rejectsGarbage() {
        #expect(RateLimitSnapshot.goDuration("soon") == nil)
        #expect(RateLimitSnapshot.goDuration("") == nil)
    }

    @Test func readsOpenAIHeaders() {
        let headers = [
            "x-ratelimit-limit-requests": "60", "x-ratelimit-remaining-requests": "59",
            "x-ratelimit-reset-requests": "1s", "x-ratelimit-remaining-tokens": "149984",
            "x-ratelimit-limit-tokens": "150000", "x-ratelimit-reset-tokens": "6m0s",
        ]
        let snapshot = RateLimitSnapshot { headers[$0] }
        #expect(snapshot.requestsLimit == 60)
        #expect(snapshot.requestsRemaining == 59)
        #expect(snapshot.requestsReset == .seconds(1))
        #expect(snapshot.tokensRemaining == 149_984)
        #expect(snapshot.tokensReset == .seconds(360))
    }

    @Test func readsAnthropicHeadersWithRFC3339Resets() throws {
        let now = try #require(ISO8601DateFormatter().date(from: "2025-01-15T14:23:30Z"))
        let headers = [
            "anthropic-ratelimit-requests-limit": "50", "anthropic-ratelimit-requests-remaining": "0",
            "anthropic-ratelimit-requests-reset": "2025-01-15T14:24:00Z",
            "anthropic-ratelimit-input-tokens-remaining": "900", "anthropic-ratelimit-output-tokens-remaining": "300",
            "anthropic-ratelimit-output-tokens-reset": "2025-01-15T14:23:31.5Z",
        ]
        let snapshot = RateLimitSnapshot(header: { headers[$0] }, now: now)
        #expect(snapshot.requestsRemaining == 0)
        #expect(snapshot.requestsReset == .seconds(30))
        #expect(snapshot.tokensRemaining == 300)
        #expect(snapshot.tokensReset == .milliseconds(1500))
    }
}
