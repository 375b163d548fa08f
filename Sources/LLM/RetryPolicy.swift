/// When and how long to wait before repeating a failed attempt.
///
/// Mirrors the official SDKs: retry 408, 409, 429, 5xx (529 included), connection failures and
/// timeouts; never 400/401/403/404/422; obey `x-should-retry`; wait `retry-after-ms`/`retry-after`
/// when the server gives a delay up to ``maximumServerDelay``, else `min(initial·2^k, maximum)` less up
/// to 25 % jitter. Rate-limited attempts have their own, larger budget so that a run at a tier's limit
/// slows down instead of failing rows.
public struct RetryPolicy: Sendable, Hashable {
    /// Retries after transient failures other than 429 (attempts = retries + 1).
    public var maxRetries: Int
    /// Retries after 429 responses.
    public var maxRateLimitRetries: Int
    /// The first backoff delay.
    public var initialBackoff: Duration
    /// The largest backoff delay.
    public var maximumBackoff: Duration
    /// Server-directed delays above this are not obeyed (backoff applies instead).
    public var maximumServerDelay: Duration

    /// Creates a policy.
    public init(
        maxRetries: Int = 6,
        maxRateLimitRetries: Int = 30,
        initialBackoff: Duration = .milliseconds(500),
        maximumBackoff: Duration = .seconds(8),
        maximumServerDelay: Duration = .seconds(60)
    ) {
        self.maxRetries = maxRetries
        self.maxRateLimitRetries = maxRateLimitRetries
        self.initialBackoff = initialBackoff
        self.maximumBackoff = maximumBackoff
        self.maximumServerDelay = maximumServerDelay
    }

    /// The default policy.
    public static let standard = RetryPolicy()

    /// No retries at all.
    public static let none = RetryPolicy(maxRetries: 0, maxRateLimitRetries: 0)

    /// Whether an HTTP status is worth another attempt.
    public static func isRetryable(status: Int) -> Bool {
        [408, 409, 429].contains(status) || status >= 500
    }

    /// The backoff before retry number `retry` (0 for the first), with jitter `unit` in 0..<1.
    public func backoff(retry: Int, jitter unit: Double) -> Duration {
        let initial = Self.seconds(initialBackoff)
        let base = min(initial * pow2(retry), Self.seconds(maximumBackoff))
        return .nanoseconds(Int64(base * (1 - 0.25 * unit) * 1e9))
    }

    /// The delay a server asked for in `retry-after-ms` or `retry-after` (seconds), if usable.
    public func serverDelay(retryAfterMs: String?, retryAfter: String?) -> Duration? {
        var seconds: Double?
        if let text = retryAfterMs, let ms = Double(text.trimmingSpaces) {
            seconds = ms / 1000
        } else if let text = retryAfter, let value = Double(text.trimmingSpaces) {
            seconds = value
        }
        guard let seconds, seconds > 0, seconds <= Self.seconds(maximumServerDelay) else { return nil }
        return .nanoseconds(Int64(seconds * 1e9))
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    private func pow2(_ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<min(max(exponent, 0), 30) { result *= 2 }
        return result
    }
}

extension String {
    var trimmingSpaces: Substring {
        var slice = self[...]
        while let first = slice.first, first == " " || first == "\t" { slice = slice.dropFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice = slice.dropLast() }
        return slice
    }
}
