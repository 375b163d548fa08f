import LLM
import Synchronization

/// Adds up what the judge and other helper calls cost while one candidate is being verified.
///
/// A ``MeteredClient`` reports every answer's cost to the meter bound in the current task, so the cost of
/// a candidate's row includes its judge calls without threading a counter through every API.
final class CostMeter: Sendable {
    @TaskLocal static var current: CostMeter?

    private let state = Mutex<(cost: Double, unknown: Bool, cancelled: Bool)>((0, false, false))

    func add(_ cost: Double?) {
        state.withLock { state in
            if let cost { state.cost += cost } else { state.unknown = true }
        }
    }

    /// Notes that a helper call was cancelled (the run is stopping), so the row must not be saved.
    func noteCancellation() {
        state.withLock { $0.cancelled = true }
    }

    /// Whether a helper call was cancelled.
    var sawCancellation: Bool {
        state.withLock { $0.cancelled }
    }

    /// Total so far, or `nil` when some call's price was unknown.
    var total: Double? {
        state.withLock { $0.unknown ? nil : $0.cost }
    }
}

/// An ``LLMClient`` that reports each answer's cost to ``CostMeter/current``.
struct MeteredClient: LLMClient {
    let inner: any LLMClient

    func complete(_ request: ChatRequest) async throws(LLMError) -> ChatResponse {
        do {
            let response = try await inner.complete(request)
            CostMeter.current?.add(response.costUSD)
            return response
        } catch {
            if error.code == .cancelled { CostMeter.current?.noteCancellation() }
            throw error
        }
    }
}
