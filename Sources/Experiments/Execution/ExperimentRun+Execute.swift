import Datasets
import Foundation
import LLM
import ToolSimulation
import Verification

extension ExperimentRun {
    /// Generates and verifies the remaining work, then writes the result file from the journal.
    ///
    /// - Parameters:
    ///   - prepared: what ``prepare()`` returned.
    ///   - shouldStop: polled before each dispatch; true stops dispatching (Ctrl-C), in-flight work finishes.
    ///   - onProgress: called after each finished candidate.
    ///   - onBatch: batch mode only: called when a provider batch is submitted or its status changes.
    /// - Returns: the summary of every row in the result file.
    /// - Throws: ``RunError`` when no client can be made, a fatal provider error stops the run, or the
    ///   journal or result file cannot be written.
    public func execute(
        _ prepared: Prepared,
        shouldStop: @escaping @Sendable () -> Bool = { false },
        onProgress: @escaping @Sendable (RunProgress) -> Void = { _ in },
        onBatch: @escaping @Sendable (BatchProgress) -> Void = { _ in }
    ) async throws(RunError) -> RunSummary {
        let start = ContinuousClock.now
        let fatal = FatalSignal()
        let batch = config.batch
        // After Ctrl-C (or a fatal error) a request waiting for a slot or for its next attempt is given up and
        // left for the resume: only what is already sent is waited for. Batches keep running either way.
        let stopping: @Sendable () -> Bool = { !batch && (shouldStop() || fatal.current != nil) }
        let client = try makeGenerator(journal: prepared.journal, stopRetrying: stopping) { provider throws(RunError) in
            guard batch else { return provider }
            return try batchingClient(provider, journal: prepared.journal, fatal: fatal, shouldStop: shouldStop) {
                onBatch($0)
            }
        }
        let helperClient = MeteredClient(inner: client)
        let codeVerifier = config.splits.contains("code") ? try await makeCodeVerifier() : nil
        var personaScorer: PersonaScorer?
        if let persona = config.persona,
            let markers = try? PersonaMarkers.load(forPersonaAt: URL(fileURLWithPath: persona))
        {
            personaScorer = PersonaScorer(markers: markers)
        }
        // A batch run stopped by Ctrl-C cancels the calls still waiting for batches; candidates finished
        // after that are left for --collect rather than saved with a cancellation error.
        let abandoned: @Sendable () -> Bool = { batch && shouldStop() }
        let pipeline = CandidatePipeline(
            config: config,
            personaText: prepared.personaText,
            client: client,
            judge: LLMJudge(client: helperClient, model: config.effectiveJudgeModel),
            agent: ToolCallingAgent(
                client: client,
                mockClient: helperClient,
                mockModel: config.mockModel ?? config.effectiveJudgeModel,
                maxTurns: config.maxTurns
            ),
            codeVerifier: codeVerifier,
            personaScorer: personaScorer,
            refusalCheck: config.refusalLLMCheck
                ? RefusalLLMCheck(client: helperClient, model: config.effectiveJudgeModel) : nil,
            fatal: fatal,
            abandoned: abandoned,
            choiceGroups: config.useN
                ? ChoiceGroups(client: client, planned: prepared.planned, remaining: prepared.remaining) : nil
        )
        let alreadySpent = try prepared.journal.totalCost()
        let perCandidate = (prepared.estimatedCostUSD ?? 0) / Double(max(1, prepared.remaining.count))
        let runner = Runner(
            // Batch mode hands the whole work list to the batching client at once; it gathers the calls.
            concurrency: batch ? max(1, prepared.remaining.count) : config.concurrency,
            verificationConcurrency: settings.verificationConcurrency,
            journal: prepared.journal,
            budgetUSD: config.budgetUSD,
            alreadySpentUSD: alreadySpent,
            estimatedCostPerCandidate: perCandidate,
            generate: { await pipeline.generate($0) },
            verify: { await pipeline.verify($0, $1) },
            shouldStop: { shouldStop() || fatal.current != nil },
            onProgress: { progress in
                var progress = progress
                let calls = client.statistics
                (progress.retries, progress.rateLimited) = (calls.retries, calls.rateLimitedResponses)
                onProgress(progress)
            }
        )
        RefusalDetector.prepare()
        // While the first requests are out, not after their answers are in.
        async let warmedUp: Void = withTaskExecutorPreference(VerificationExecutor.shared) {
            CandidateAssessor.warmUp(splits: config.splits, personaScorer: personaScorer)
        }
        let ending = try await runner.run(prepared.remaining)
        await warmedUp
        // The shared cache gets this run's answers (and those of its killed earlier processes) from the journal.
        if config.generator != .replay && !settings.noCache {
            try? ResponseCache(path: ResponseCache.defaultPath(environment: settings.environment))
                .absorb(journalAt: prepared.journal.path)
        }
        var summary = try writeResults(prepared, ending: fatal.current == nil ? ending.rawValue : "stopped_on_error")
        summary.wallSeconds = (ContinuousClock.now - start).seconds
        summary.calls = client.statistics
        if let message = fatal.current {
            throw RunError(
                .provider,
                "stopped: \(message). The \(summary.rows) finished candidates are saved in \(config.output); "
                    + "fix the problem and re-run the same command to continue"
            )
        }
        return summary
    }

    /// The generator client: replay, or a provider client (passed through `wrapProvider`, which batch mode
    /// uses) answering first from the run's journal (which keeps every answer on arrival, even with
    /// `--no-cache`), then from the shared cache, wrapped in the recorder.
    ///
    /// `journal` is `nil` outside a run (`bon reverify`'s judge): answers then go to the shared cache only.
    func makeGenerator(
        journal: RunJournal?,
        stopRetrying: @escaping @Sendable () -> Bool = { false },
        wrapProvider: (any LLMClient) throws(RunError) -> any LLMClient = { $0 }
    ) throws(RunError) -> any LLMClient {
        var client: any LLMClient
        switch config.generator {
        case .replay:
            guard let cassette = config.cassette else {
                throw RunError(.cassette, "the replay generator needs `cassette:`")
            }
            client = try ReplayClient(path: cassette)
            if config.batch {
                throw RunError(.provider, "the replay generator has no batch API; run without --batch / `batch: true`")
            }
        case .claude, .openai:
            let provider: LLMProvider = config.generator == .claude ? .anthropic : .openAI
            client = try wrapProvider(try makeProviderClient(stopRetrying: stopRetrying))
            let identity = "\(provider.rawValue)@\(config.baseURL ?? "default")"
            // The journal first: it keeps every answer of this run on arrival, even with `--no-cache`.
            var stores: [any ResponseStore] = journal.map { [$0] } ?? []
            if !settings.noCache {
                stores.append(
                    try ResponseCache(
                        path: ResponseCache.defaultPath(environment: settings.environment),
                        deferringWrites: journal != nil
                    )
                )
            }
            if !stores.isEmpty { client = CachingClient(wrapping: client, stores: stores, provider: identity) }
        }
        if let record = settings.recordPath {
            client = try RecordingClient(wrapping: client, path: record)
        }
        return client
    }

    /// The provider client of the config's generator (claude or openai), without cache or recorder.
    func makeProviderClient(
        stopRetrying: @escaping @Sendable () -> Bool = { false }
    ) throws(RunError) -> any LLMClient {
        let provider: LLMProvider = config.generator == .openai ? .openAI : .anthropic
        var configuration = LLMClientConfiguration(stopRetrying: stopRetrying)
        configuration.maxConcurrency = config.concurrency
        configuration.catalog = Self.catalog(for: config)
        configuration.requestTimeout = .seconds(config.requestTimeoutSeconds)
        do {
            return try LLMClients.make(
                provider: provider,
                model: config.model,
                baseURL: config.baseURL,
                environment: settings.environment,
                configuration: configuration
            )
        } catch {
            throw RunError(.provider, error.message)
        }
    }

    /// Writes the result file from the journal and returns its summary.
    func writeResults(_ prepared: Prepared, ending: String) throws(RunError) -> RunSummary {
        var summary = RunSummary()
        let totalCost = try prepared.journal.totalCost()
        var metadata = ResultMetadata.make(
            config: config,
            prepared: prepared,
            toolVersion: settings.toolVersion,
            totalCostUSD: totalCost
        )
        metadata["run_status"] = ending
        metadata["batch"] = String(config.batch)
        let batches = try prepared.journal.batches()
        if !batches.isEmpty { metadata["batch_ids"] = batches.map(\.id).joined(separator: ",") }
        if let shard = settings.shard {
            metadata["shard"] = "\(shard.index + 1)/\(shard.count)"
            metadata["planned_records"] = String(prepared.planned.count)
            metadata["plan_total"] = String(prepared.selection.queries.count * config.numCandidates)
        }
        let planned = Set(prepared.planned.map(\.key))
        let written = try ResultFile.write(to: config.output, metadata: metadata) { emit in
            try prepared.journal.forEachRecord { record in
                guard planned.contains(CandidateKey(queryID: record.queryID, candidateIndex: record.candidateIndex))
                else { return }
                summary.add(record)
                try emit(record)
            }
        }
        summary.finish()
        summary.rows = written
        summary.outputPath = config.output
        summary.ending = ending
        return summary
    }
}
