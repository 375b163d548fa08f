import Foundation

/// The threads candidates are verified on, apart from Swift's cooperative pool.
///
/// Verification is CPU work (math, refusal patterns, persona scoring) that a cooperative thread runs to the end
/// once it starts; on the pool it would hold back an answer that has just arrived, and a run killed in that
/// moment pays for the answer twice. Here the kernel shares the cores instead: a thread woken by an answer
/// preempts a verifier that has run for a while. (Not a lower nice value: the sandboxed programs of the code
/// verifier are spawned from these threads and would inherit it, and time out on a busy machine.)
final class VerificationExecutor: TaskExecutor, @unchecked Sendable {
    /// One thread per core.
    static let shared = VerificationExecutor(threads: ProcessInfo.processInfo.activeProcessorCount)

    private let condition = NSCondition()
    /// Jobs not yet started, oldest first; guarded by `condition`.
    private var jobs: [UnownedJob] = []
    private var head = 0

    init(threads: Int) {
        for index in 0..<max(1, threads) {
            let thread = Thread { [self] in work() }
            thread.name = "bon-verify-\(index)"
            thread.start()
        }
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        condition.lock()
        jobs.append(job)
        condition.signal()
        condition.unlock()
    }

    private func work() {
        while true {
            condition.lock()
            while head == jobs.count { condition.wait() }
            let job = jobs[head]
            head += 1
            if head == jobs.count {
                jobs.removeAll(keepingCapacity: true)
                head = 0
            }
            condition.unlock()
            job.runSynchronously(on: asUnownedTaskExecutor())
        }
    }
}
