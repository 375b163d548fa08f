/// Counters of one client's traffic since it was made.
public struct LLMClientStatistics: Sendable, Hashable, Codable {
    /// Calls to `complete`/`completeMany` (a call with `n` candidates counts once).
    public var requests: Int
    /// HTTP attempts, including retries.
    public var attempts: Int
    /// Attempts that were repeated after a transient failure.
    public var retries: Int
    /// Responses with status 429.
    public var rateLimitedResponses: Int
    /// Calls that failed after every retry.
    public var failures: Int

    /// Creates a set of counters.
    public init(
        requests: Int = 0,
        attempts: Int = 0,
        retries: Int = 0,
        rateLimitedResponses: Int = 0,
        failures: Int = 0
    ) {
        self.requests = requests
        self.attempts = attempts
        self.retries = retries
        self.rateLimitedResponses = rateLimitedResponses
        self.failures = failures
    }
}
