import Synchronization

/// The first error that must stop the whole run (a bad key, an unknown model), shared by all tasks.
final class FatalSignal: Sendable {
    private let message = Mutex<String?>(nil)

    /// Records `text` unless an earlier fatal error is already recorded.
    func raise(_ text: String) {
        message.withLock { if $0 == nil { $0 = text } }
    }

    /// The recorded error, if any.
    var current: String? { message.withLock { $0 } }
}
