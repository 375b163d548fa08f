import Synchronization

/// An AIMD controller on the number of requests in flight, fed by responses and rate-limit headers.
///
/// The limit grows by `1/limit` per success (about one more slot per round of successes) up to the
/// ceiling (a config's `concurrency`) and halves on a 429, at most once per generation of requests
/// (a 429 only counts when its request started after the last decrease). A 429's `retry-after`, or
/// headers saying nothing is left, pause new requests until the provider has room again. When the
/// headers show the request budget nearly spent, starts are paced at the provider's rate (the
/// per-minute limit, 1 % under), so a run at its tier's limit sustains that rate with few 429s.
public final class AdaptiveConcurrencyLimiter: Sendable {
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
    // A lock, not an actor: a request with a free slot takes and gives it back without a hop to
    // another executor; only a request that must wait suspends.
    private let state: Mutex<State>

    private struct State {
        var limit: Double
        var inFlight = 0
        var waiters: [CheckedContinuation<Void, Never>] = []
        var pausedUntil: ContinuousClock.Instant?
        var lastDecrease: ContinuousClock.Instant?
        var paceInterval: Duration?
        var nextStart = ContinuousClock.now

        var hasRoom: Bool { inFlight < Int(limit) || inFlight == 0 }
    }

    /// Creates a limiter allowing up to `ceiling` requests in flight.
    public init(ceiling: Int, adaptive: Bool = true) {
        self.ceiling = max(1, ceiling)
        self.adaptive = adaptive
        self.state = Mutex(State(limit: Double(max(1, ceiling))))
    }

    /// The current limit (1 … ceiling).
    public var limit: Double {
        get async { state.withLock { $0.limit } }
    }

    /// Requests in flight now.
    public var active: Int {
        get async { state.withLock { $0.inFlight } }
    }

    private enum Admission {
        case admitted
        case admittedAt(ContinuousClock.Instant)
        case paused(until: ContinuousClock.Instant)
        case full
    }

    /// Waits for a slot; returns when the caller may send.
    public func acquire() async {
        while true {
            let admission = state.withLock { state -> Admission in
                let now = ContinuousClock.now
                if let until = state.pausedUntil, until > now { return .paused(until: until) }
                guard state.hasRoom else { return .full }
                state.inFlight += 1
                guard let interval = state.paceInterval else { return .admitted }
                let start = max(now, state.nextStart)
                state.nextStart = start + interval
                return start > now ? .admittedAt(start) : .admitted
            }
            switch admission {
            case .admitted:
                return
            case .admittedAt(let start):
                try? await Task.sleep(until: start, clock: .continuous)
                return
            case .paused(let until):
                try? await Task.sleep(until: until, clock: .continuous)
            case .full:
                await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                    // A slot freed since the check above wakes this caller at once instead of never.
                    let retryNow = state.withLock { state in
                        if state.hasRoom { return true }
                        state.waiters.append(continuation)
                        return false
                    }
                    if retryNow { continuation.resume() }
                }
            }
        }
    }

    /// Gives back a slot taken at `started`, with what the attempt saw (never suspends).
    public func release(_ outcome: Outcome, started: ContinuousClock.Instant, snapshot: RateLimitSnapshot? = nil) async
    {
        releaseNow(outcome, started: started, snapshot: snapshot)
    }

    /// ``release(_:started:snapshot:)`` from any thread, such as the event loop that has just read an answer.
    func releaseNow(_ outcome: Outcome, started: ContinuousClock.Instant, snapshot: RateLimitSnapshot? = nil) {
        let woken = state.withLock { state in
            state.inFlight = max(0, state.inFlight - 1)
            let now = ContinuousClock.now
            switch outcome {
            case .success:
                if adaptive { state.limit = min(Double(ceiling), state.limit + 1 / state.limit) }
            case .rateLimited(let retryAfter):
                if adaptive, state.lastDecrease.map({ started > $0 }) ?? true {
                    state.limit = max(1, (state.limit / 2).rounded(.down))
                    state.lastDecrease = now
                }
                Self.pause(&state, until: now + (retryAfter ?? .milliseconds(100)))
            case .failure:
                break
            }
            if let snapshot { Self.apply(snapshot, to: &state, now: now) }
            var free = max(Int(state.limit) - state.inFlight, state.inFlight == 0 ? 1 : 0)
            var woken: [CheckedContinuation<Void, Never>] = []
            while free > 0, !state.waiters.isEmpty {
                woken.append(state.waiters.removeFirst())
                free -= 1
            }
            return woken
        }
        for continuation in woken { continuation.resume() }
    }

    private static func apply(_ snapshot: RateLimitSnapshot, to state: inout State, now: ContinuousClock.Instant) {
        if let limit = snapshot.requestsLimit, limit > 0, let remaining = snapshot.requestsRemaining {
            // Nearly spent: pace starts at the per-minute rate; plenty left: no pacing.
            state.paceInterval = remaining <= max(2, limit / 20) ? .seconds(60) / limit * 1.01 : nil
        }
        if let remaining = snapshot.requestsRemaining, remaining <= 0 {
            // One request's worth of refill: the window divided by the limit, at most the full reset.
            var wait = snapshot.requestsReset ?? .seconds(1)
            if let limit = snapshot.requestsLimit, limit > 0 { wait = min(wait, .seconds(60) / limit) }
            pause(&state, until: now + wait)
        }
        if let remaining = snapshot.tokensRemaining, remaining <= 0 {
            pause(&state, until: now + min(snapshot.tokensReset ?? .seconds(1), .seconds(1)))
        }
    }

    private static func pause(_ state: inout State, until instant: ContinuousClock.Instant) {
        if let current = state.pausedUntil, current >= instant { return }
        state.pausedUntil = instant
    }
}
