import LLM
import Testing

@Suite struct RetryPolicyTests {
    @Test(arguments: [
        (408, true), (409, true), (429, true), (500, true), (502, true), (503, true), (504, true),
        (529, true), (400, false), (401, false), (403, false), (404, false), (422, false),
    ])
    func retryableStatuses(status: Int, retryable: Bool) {
        #expect(RetryPolicy.isRetryable(status: status) == retryable)
    }

    @Test func backoffDoublesWithJitterAndCap() {
        let policy = RetryPolicy.standard
        #expect(policy.backoff(retry: 0, jitter: 0) == .milliseconds(500))
        #expect(policy.backoff(retry: 0, jitter: 0.999_999) > .milliseconds(375))
        #expect(policy.backoff(retry: 2, jitter: 0) == .seconds(2))
        #expect(policy.backoff(retry: 10, jitter: 0) == .seconds(8))
    }

    @Test func serverDelaysPreferMilliseconds() {
        let policy = RetryPolicy.standard
        #expect(policy.serverDelay(retryAfterMs: "250", retryAfter: "3") == .milliseconds(250))
        #expect(policy.serverDelay(retryAfterMs: nil, retryAfter: "2") == .seconds(2))
        #expect(policy.serverDelay(retryAfterMs: nil, retryAfter: "1.5") == .milliseconds(1500))
        #expect(policy.serverDelay(retryAfterMs: nil, retryAfter: "600") == nil)
        #expect(policy.serverDelay(retryAfterMs: "0", retryAfter: nil) == nil)
    }
}

@Suite struct AdaptiveConcurrencyLimiterTests {
    @Test func halvesOnRateLimitAndGrowsBackAdditively() async {
        let limiter = AdaptiveConcurrencyLimiter(ceiling: 16)
        let started = ContinuousClock.now
        await limiter.acquire()
        await limiter.release(.rateLimited(retryAfter: .milliseconds(1)), started: started)
        #expect(await limiter.limit == 8)
        // A second 429 from a request started before the decrease does not halve again.
        await limiter.acquire()
        await limiter.release(.rateLimited(retryAfter: .milliseconds(1)), started: started)
        #expect(await limiter.limit == 8)
        for _ in 0..<8 {
            await limiter.acquire()
            await limiter.release(.success, started: .now)
        }
        let grown = await limiter.limit
        #expect(grown > 8.9 && grown < 9.1)
    }

    @Test func neverExceedsTheLimit() async {
        let limiter = AdaptiveConcurrencyLimiter(ceiling: 3)
        let peak = PeakCounter()
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<30 {
                group.addTask {
                    await limiter.acquire()
                    await peak.enter()
                    try? await Task.sleep(for: .milliseconds(2))
                    await peak.leave()
                    await limiter.release(.success, started: .now)
                }
            }
        }
        #expect(await peak.peak == 3)
    }
}

actor PeakCounter {
    var current = 0
    var peak = 0
    func enter() {
        current += 1
        peak = max(peak, current)
    }
    func leave() { current -= 1 }
}
