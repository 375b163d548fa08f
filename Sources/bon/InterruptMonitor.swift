import Dispatch
import Foundation
import Synchronization

/// Ctrl-C handling for `bon run`: the first stops dispatching and lets in-flight work finish; the second
/// exits at once with status 3 (the journal is intact either way).
enum InterruptMonitor {
    private static let count = Atomic<Int>(0)
    // The signal sources must outlive `start()`; they are created once and only read afterwards.
    nonisolated(unsafe) private static var sources: [any DispatchSourceSignal] = []

    /// Installs the SIGINT and SIGTERM handlers.
    static func start() {
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                let seen = count.add(1, ordering: .relaxed).newValue
                if seen >= 2 {
                    Terminal.error("\nbon: stopped at once; re-run the same command to resume from the journal")
                    exit(3)
                }
                Terminal.error(
                    "\nbon: stopping — finishing in-flight candidates, then writing results (Ctrl-C again to quit now)"
                )
            }
            source.resume()
            sources.append(source)
        }
    }

    /// True once the user asked to stop.
    static var stopRequested: Bool { count.load(ordering: .relaxed) > 0 }
}
