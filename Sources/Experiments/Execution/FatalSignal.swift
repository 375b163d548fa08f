import LLM
import Synchronization

/// The first error that must stop the whole run (a bad key, an unknown model), shared by all tasks.
///
/// A rejected request (HTTP 400, 413, 422) usually concerns that request alone (a prompt over the context
/// window, a content filter), so it is a `generation_error` row; stopping would leave a run that can never
/// finish. It stops the run only while nothing has been accepted: three rejections before any answer point
/// at the config. Likewise an unreachable server stops the run when no answer ever came from it.
final class FatalSignal: Sendable {
    private struct State {
        var message: String?
        var answered = false
        var rejections = 0
    }

    /// Rejections before any answer that stop the run.
    static let rejectionsBeforeStopping = 3

    private let state = Mutex(State())

    /// Records `text` unless an earlier fatal error is already recorded.
    func raise(_ text: String) {
        state.withLock { if $0.message == nil { $0.message = text } }
    }

    /// The recorded error, if any.
    var current: String? { state.withLock { $0.message } }

    /// Notes that a provider answered: from now on rejections and unreachable servers concern single requests.
    func noteAnswer() {
        state.withLock { $0.answered = true }
    }

    /// Records `error` as the run's fatal error when it dooms every request; returns whether it does.
    @discardableResult
    func consider(_ error: LLMError) -> Bool {
        state.withLock { state in
            var fatal = false
            var message = error.message
            switch error.code {
            case .authentication:
                fatal = true
            case .invalidRequest where error.status == nil || error.status == 404:
                // Checked before sending (an unsupported parameter), or an unknown model or endpoint.
                fatal = true
            case .invalidRequest where !state.answered:
                state.rejections += 1
                fatal = state.rejections >= Self.rejectionsBeforeStopping
                message +=
                    " (\(state.rejections) requests rejected and none answered: the config, not one query, is at fault)"
            case .unreachable:
                fatal = !state.answered
            default:
                break
            }
            if fatal, state.message == nil { state.message = message }
            return fatal
        }
    }
}
