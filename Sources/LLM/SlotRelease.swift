import NIOHTTP1
import Synchronization

/// Gives one attempt's limiter slot back exactly once, from whichever thread learns first that the attempt is over.
///
/// The event loop gives it back as soon as a 2xx body has arrived whole, so the request waiting for the slot
/// starts while the answer is parsed and stored; the asking task gives it back after any other outcome. When
/// both do, the first wins, so an answer that then turns out malformed counts as a success for the AIMD
/// limit. That is harmless, since such answers are rare.
final class SlotRelease: Sendable {
    private let limiter: AdaptiveConcurrencyLimiter
    private let started: ContinuousClock.Instant
    private let released = Atomic<Bool>(false)

    init(limiter: AdaptiveConcurrencyLimiter, started: ContinuousClock.Instant) {
        self.limiter = limiter
        self.started = started
    }

    /// Gives the slot back with what the attempt saw (the outcome, and the response's rate-limit headers read
    /// from `headers`), unless it was given back already.
    func release(_ outcome: AdaptiveConcurrencyLimiter.Outcome, headers: HTTPHeaders?) {
        guard !released.exchange(true, ordering: .acquiringAndReleasing) else { return }
        limiter.releaseNow(outcome, started: started, snapshot: headers.flatMap(HTTPTransport.snapshot))
    }
}
