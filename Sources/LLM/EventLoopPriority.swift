import AsyncHTTPClient
import Glibc
import NIOCore

/// Gives the event loops that read provider answers a higher scheduling priority, where the process may.
///
/// An answer is at risk from the moment the server has sent it until the event loop has stored it (see
/// ``AnswerArrival``): a run killed in between pays for it again. On a busy machine (verifiers, the sandbox, a local
/// server) a woken event loop can wait milliseconds for a core; with a lower nice value it preempts them. Only the
/// event loops are raised: they do little CPU work, and no thread or process they start inherits it. Without the privilege
/// (`CAP_SYS_NICE`, or an `RLIMIT_NICE` that allows it) the nice value stays as it was.
enum EventLoopPriority {
    /// The nice value asked for.
    ///
    /// In debug builds under a local server, -5 gave about half the gain of -10, and -20 no more than -10.
    static let nice: Int32 = -10

    /// Raises each loop of the process-wide group that the HTTP clients use; the first call does it.
    static func raiseSharedLoops() { _ = raised }

    private static let raised: Void = {
        for loop in HTTPClient.defaultEventLoopGroup.makeIterator() {
            loop.execute { raiseCurrentThread() }
        }
    }()

    /// Lowers the calling thread's nice value to ``nice`` unless it is already that low.
    ///
    /// Linux keeps a nice value per thread, so the rest of the process is untouched, and threads or processes
    /// started from this thread begin at nice 0 again (`SCHED_RESET_ON_FORK`): a dispatch worker created while
    /// an event loop resumes a task, or a program spawned from it, is not raised. A refusal (no privilege) is not
    /// an error.
    static func raiseCurrentThread() {
        errno = 0
        let current = getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0)
        guard errno == 0, current > nice else { return }
        var parameter = sched_param(sched_priority: 0)
        guard sched_setscheduler(0, SCHED_OTHER | resetOnFork, &parameter) == 0 else { return }
        _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, nice)
    }

    /// `SCHED_RESET_ON_FORK` from `<sched.h>`, which Glibc's module leaves out (it needs `_GNU_SOURCE`).
    private static let resetOnFork: Int32 = 0x4000_0000
}
