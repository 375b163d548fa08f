import Foundation

/// Runs work items with bounded concurrency and commits every finished candidate to the journal.
///
/// Generation runs at most `concurrency` calls at a time; verification runs in its own pool of
/// `verificationConcurrency`, so a slow sandbox never holds a generation slot. Each record is committed
/// to the ``RunJournal`` as soon as it is finished. Dispatching stops when `shouldStop` says so
/// (Ctrl-C) or when the budget would be passed; in-flight work is allowed to finish.
public struct Runner: Sendable {
    /// Why a run ended.
    public enum Ending: String, Sendable {
        case completed
        case interrupted
        case budgetReached = "budget_reached"
    }

    /// Most generation calls in flight.
    ///
    /// A few more generations than this are started (see ``prefetch``): they build their request and wait in the
    /// provider client's limiter, which admits `concurrency` calls.
    public var concurrency: Int
    /// Most verifications in flight.
    public var verificationConcurrency: Int
    /// Where finished candidates go.
    public var journal: RunJournal
    /// Stop dispatching once spent plus in-flight estimate would pass this.
    public var budgetUSD: Double?
    /// Already spent before this process started (resumed runs).
    public var alreadySpentUSD: Double
    /// Cost expected per candidate before any has finished.
    public var estimatedCostPerCandidate: Double
    /// Produces a candidate.
    public var generate: @Sendable (WorkItem) async -> GeneratedCandidate
    /// Verifies a candidate and builds its row; `nil` leaves it uncommitted (retried on resume).
    public var verify: @Sendable (WorkItem, GeneratedCandidate) async -> ResultRecord?
    /// Polled before each dispatch: true stops dispatching.
    public var shouldStop: @Sendable () -> Bool
    /// Called after each finished candidate.
    public var onProgress: @Sendable (RunProgress) -> Void

    /// Generations started beyond `concurrency`, waiting for a call slot: one per eight slots, at least one.
    public var prefetch: Int { max(1, concurrency / 8) }

    /// Creates a runner.
    public init(
        concurrency: Int,
        verificationConcurrency: Int,
        journal: RunJournal,
        budgetUSD: Double? = nil,
        alreadySpentUSD: Double = 0,
        estimatedCostPerCandidate: Double = 0,
        generate: @escaping @Sendable (WorkItem) async -> GeneratedCandidate,
        verify: @escaping @Sendable (WorkItem, GeneratedCandidate) async -> ResultRecord?,
        shouldStop: @escaping @Sendable () -> Bool = { false },
        onProgress: @escaping @Sendable (RunProgress) -> Void = { _ in }
    ) {
        self.concurrency = max(1, concurrency)
        self.verificationConcurrency = max(1, verificationConcurrency)
        self.journal = journal
        self.budgetUSD = budgetUSD
        self.alreadySpentUSD = alreadySpentUSD
        self.estimatedCostPerCandidate = estimatedCostPerCandidate
        self.generate = generate
        self.verify = verify
        self.shouldStop = shouldStop
        self.onProgress = onProgress
    }

    private enum Event: Sendable {
        case generated(WorkItem, GeneratedCandidate)
        case verified(ResultRecord?)
    }

    /// Runs `items` (those not yet in the journal) and returns why it ended.
    ///
    /// - Throws: ``RunError`` when the journal cannot be written; nothing else stops a run.
    public func run(_ items: [WorkItem]) async throws(RunError) -> Ending {
        let start = ContinuousClock.now
        var progress = RunProgress(total: items.count)
        let semaphore = AsyncSemaphore(value: verificationConcurrency)
        // Bounds memory: generated candidates waiting for a verifier never exceed this.
        let backlogLimit = max(verificationConcurrency * 4, concurrency)
        // A freed call slot is taken at once by a request already built and waiting in the client's limiter,
        // rather than after the last answer is stored and the runner has started another generation.
        let started = concurrency + prefetch
        var journalError: RunError?
        var ending = Ending.completed
        await withTaskGroup(of: Event.self) { group in
            var next = 0
            var generating = 0
            var awaitingVerification = 0
            var spent = alreadySpentUSD
            var finished = 0
            var dropped = 0

            func perCandidateEstimate() -> Double {
                finished > 0 ? (spent - alreadySpentUSD) / Double(finished) : estimatedCostPerCandidate
            }

            func dispatch() {
                while next < items.count, generating < started, awaitingVerification < backlogLimit {
                    if journalError != nil { return }
                    if shouldStop() {
                        ending = .interrupted
                        return
                    }
                    if let budget = budgetUSD, spent + Double(generating + 1) * perCandidateEstimate() > budget {
                        ending = .budgetReached
                        return
                    }
                    let item = items[next]
                    next += 1
                    generating += 1
                    // Generation outranks verification: a paid answer is stored, and the next request sent,
                    // before the executor's few threads go back to verifying.
                    group.addTask(priority: .high) { .generated(item, await generate(item)) }
                }
            }

            dispatch()
            while let event = await group.next() {
                switch event {
                case .generated(let item, let candidate):
                    generating -= 1
                    awaitingVerification += 1
                    spent += candidate.costUSD ?? 0
                    // The freed generation slot is filled first: a task added earlier starts earlier, and the
                    // next request should not wait behind this candidate's verification.
                    dispatch()
                    group.addTask(executorPreference: VerificationExecutor.shared, priority: .low) {
                        await semaphore.wait()
                        let record = await verify(item, candidate)
                        semaphore.signal()
                        return .verified(record)
                    }
                case .verified(let verified):
                    awaitingVerification -= 1
                    // A nil record belongs to a run stopping on a fatal error: left for the resume.
                    guard let record = verified else {
                        dropped += 1
                        break
                    }
                    finished += 1
                    do throws(RunError) {
                        try journal.commit(record)
                    } catch {
                        journalError = error
                    }
                    progress.done += 1
                    if record.isVerified { progress.verified += 1 }
                    if record.error != nil { progress.errors += 1 }
                    progress.costUSD = spent - alreadySpentUSD
                    progress.inFlight = generating
                    progress.elapsedSeconds = (ContinuousClock.now - start).seconds
                    onProgress(progress)
                }
                dispatch()
            }
            // Everything was dispatched; candidates left unsaved (a stop while they waited) make it an interruption.
            if next == items.count { ending = dropped > 0 ? .interrupted : .completed }
        }
        if let journalError { throw journalError }
        return ending
    }
}

extension Duration {
    /// The duration in seconds as a floating-point number.
    var seconds: Double {
        let parts = components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}
