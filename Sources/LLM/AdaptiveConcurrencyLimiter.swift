/// An AIMD controller on the number of requests in flight, fed by responses and rate-limit headers.
///
/// The limit grows by `1/limit` per success (about one more slot per round of successes) up to the
/// ceiling (a config's `concurrency`) and halves on a 429, at most once per generation of requests
/// (a 429 only counts when its request started after the last decrease). A 429's `retry-after`, or
/// headers saying nothing is left, pause new requests until the provider has room again. When the
/// headers show the request budget nearly spent, starts are paced at the provider's rate (the
/// per-minute limit, 1 % under), so a run at its tier's limit sustains that rate with few 429s.
public actor AdaptiveConcurrencyLimiter {
    /// How an attempt ended, for the controller.
    public enum Outcome: Sendable {
        /// A successful response.
        case success
        /// A 429; the server's requested delay when it gave one.
        case rateLimited(retryAfter: Duration?)
        /// Any other failure (does not move the limit).
        case failure
    }

    /// The most requests ever in flight.
    public let ceiling: Int
    /// Whether the limit adapts (false: a fixed limit at the ceiling).
    public let adaptive: Bool
    /// The current limit (1 … ceiling).
    public private(set) var limit: Double
    private var inFlight = 0
    private var waiters: [CheckedContinuation<Void, Never>] = []
    private var pausedUntil: ContinuousClock.Instant?
    private var lastDecrease: ContinuousClock.Instant?
    private var paceInterval: Duration?
    private var nextStart = ContinuousClock.now

    /// Creates a limiter allowing up to `ceiling` requests in flight.
    public init(ceiling: Int, adaptive: Bool = true) {
        self.ceiling = max(1, ceiling)
        self.adaptive = adaptive
        self.limit = Double(max(1, ceiling))
    }

    /// Requests in flight now.
    public var active: Int { inFlight }

    /// Waits for a slot; returns when the caller may send.
    public func acquire() async {
        while true {
            if let until = pausedUntil, until > .now {
                try? await Task.sleep(until: until, clock: .continuous)
                continue
            }
            if inFlight < Int(limit) || inFlight == 0 {
                inFlight += 1
                if let interval = paceInterval {
                    let now = ContinuousClock.now
                    let start = max(now, nextStart)
                    nextStart = start + interval
                    if start > now { try? await Task.sleep(until: start, clock: .continuous) }
                }
                return
            }
            await withCheckedContinuation { waiters.append($0) }
        }
    }

    /// Gives back a slot taken at `started`, with what the attempt saw.
    public func release(_ outcome: Outcome, started: ContinuousClock.Instant, snapshot: RateLimitSnapshot? = nil) {
        inFlight = max(0, inFlight - 1)
        let now = ContinuousClock.now
        switch outcome {
        case .success:
            if adaptive { limit = min(Double(ceiling), limit + 1 / limit) }
        case .rateLimited(let retryAfter):
            if adaptive, lastDecrease.map({ started > $0 }) ?? true {
                limit = max(1, (limit / 2).rounded(.down))
                lastDecrease = now
            }
            pause(until: now + (retryAfter ?? .milliseconds(100)))
        case .failure:
            break
        }
        if let snapshot { apply(snapshot, now: now) }
        wake()
    }

    private func apply(_ snapshot: RateLimitSnapshot, now: ContinuousClock.Instant) {
        if let limit = snapshot.requestsLimit, limit > 0, let remaining = snapshot.requestsRemaining {
            // Nearly spent: pace starts at the per-minute rate; plenty left: no pacing.
            paceInterval = remaining <= max(2, limit / 20) ? .seconds(60) / limit * 1.01 : nil
        }
        if let remaining = snapshot.requestsRemaining, remaining <= 0 {
            // One request's worth of refill: the window divided by the limit, at most the full reset.
            var wait = snapshot.requestsReset ?? .seconds(1)
            if let limit = snapshot.requestsLimit, limit > 0 { wait = min(wait, .seconds(60) / limit) }
            pause(until: now + wait)
        }
        if let remaining = snapshot.tokensRemaining, remaining <= 0 {
            pause(until: now + min(snapshot.tokensReset ?? .seconds(1), .seconds(1)))
        }
    }

    private func pause(until instant: ContinuousClock.Instant) {
        if let current = pausedUntil, current >= instant { return }
        pausedUntil = instant
    }

    private func wake() {
        var free = max(Int(limit) - inFlight, inFlight == 0 ? 1 : 0)
        while free > 0, !waiters.isEmpty {
            waiters.removeFirst().resume()
            free -= 1
        }
    }
}
