/// Rate limits ``FakeLLMServer`` enforces with token buckets, answering 429 with `retry-after` when exceeded.
///
/// Each bucket refills continuously at its per-minute rate. Its capacity (`burst`) defaults to one
/// second's worth, tighter than the providers' full-minute buckets, so a short test sees the sustained rate.
package struct FakeRateLimit: Sendable, Hashable {
    /// Requests per minute; `nil` for no request limit.
    package var requestsPerMinute: Int?
    /// Input plus output tokens per minute; `nil` for no token limit.
    package var tokensPerMinute: Int?
    /// Request bucket capacity; `nil` means one second's worth (at least 1).
    package var requestBurst: Int?

    /// Creates a limit.
    package init(requestsPerMinute: Int? = nil, tokensPerMinute: Int? = nil, requestBurst: Int? = nil) {
        self.requestsPerMinute = requestsPerMinute
        self.tokensPerMinute = tokensPerMinute
        self.requestBurst = requestBurst
    }
}

/// A continuously refilling bucket.
struct FakeTokenBucket: Sendable {
    let perSecond: Double
    let capacity: Double
    var level: Double
    var updated: ContinuousClock.Instant

    init(perMinute: Int, capacity: Int) {
        perSecond = Double(perMinute) / 60
        self.capacity = Double(max(1, capacity))
        level = self.capacity
        updated = .now
    }

    mutating func refill(_ now: ContinuousClock.Instant) {
        let elapsed = now - updated
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        level = min(capacity, level + seconds * perSecond)
        updated = now
    }

    /// Seconds until `amount` is available.
    func wait(for amount: Double) -> Double {
        level >= amount ? 0 : (amount - level) / perSecond
    }

    /// Seconds until the bucket is full.
    var untilFull: Double { (capacity - level) / perSecond }
}
