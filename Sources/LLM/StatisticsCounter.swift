import Synchronization

/// Thread-safe counters behind ``LLMClientStatistics``.
final class StatisticsCounter: Sendable {
    private let state = Mutex(LLMClientStatistics())

    var snapshot: LLMClientStatistics { state.withLock { $0 } }

    func update(_ change: (inout LLMClientStatistics) -> Void) {
        state.withLock { change(&$0) }
    }
}
