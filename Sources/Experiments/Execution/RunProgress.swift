/// Counters a progress display reads while a run is going on.
public struct RunProgress: Sendable {
    /// Candidates planned in this run (excluding those already in the journal).
    public var total: Int
    /// Candidates finished in this run.
    public var done: Int = 0
    /// Candidates resumed from the journal (done before this process started).
    public var resumed: Int = 0
    /// Finished candidates that were verified.
    public var verified: Int = 0
    /// Finished candidates that ended in an error (generation, verifier, timeout).
    public var errors: Int = 0
    /// Generations in flight.
    public var inFlight: Int = 0
    /// Cost of this run so far.
    public var costUSD: Double = 0
    /// Seconds since the run started.
    public var elapsedSeconds: Double = 0
    /// Provider attempts repeated after a transient failure, in this process.
    public var retries: Int = 0
    /// Provider answers with status 429 (rate limited), in this process.
    public var rateLimited: Int = 0

    /// Creates progress for `total` planned candidates.
    public init(total: Int) {
        self.total = total
    }

    /// Candidates per second so far.
    public var rate: Double { elapsedSeconds > 0 ? Double(done) / elapsedSeconds : 0 }

    /// Estimated seconds to finish, or `nil` before the first candidate.
    public var etaSeconds: Double? { rate > 0 ? Double(total - done) / rate : nil }
}
