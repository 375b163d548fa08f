public import Datasets
import Foundation
import LLM
import ToolSimulation
import Verification

/// A whole `bon run`: select the queries, plan the work, generate and verify every candidate with the
/// journal as the source of truth, and write the result file.
///
/// ```swift
/// let run = ExperimentRun(config: config, settings: settings)
/// let prepared = try await run.prepare()
/// let summary = try await run.execute(prepared, shouldStop: { interrupted }, onProgress: { print($0.done) })
/// ```
public struct ExperimentRun: Sendable {
    /// The resolved config.
    public let config: ExperimentConfig
    /// Journal, cache and recording settings.
    public let settings: RunSettings

    /// Creates a run.
    public init(config: ExperimentConfig, settings: RunSettings) {
        self.config = config
        self.settings = settings
    }

    /// A run ready to execute: the queries, the work still to do and the journal.
    public struct Prepared: Sendable {
        /// The selected queries, in order.
        public var selection: QuerySelection
        /// Every planned work item (queries × candidates, after sharding).
        public var planned: [WorkItem]
        /// Items not yet in the journal.
        public var remaining: [WorkItem]
        /// The journal.
        public var journal: RunJournal
        /// The persona's text, if any.
        public var personaText: String?
        /// The config's identity hash.
        public var configHash: String
        /// The run's id (kept across resumes).
        public var runID: String
        /// The plan's figures: what is left and what it should cost, as a run's header prints them.
        public var estimate: Estimate
        /// Held until the run is over, so that no other process writes the journal meanwhile.
        let lock: JournalLock

        /// The estimated cost of the remaining work, when the model's price is known.
        public var estimatedCostUSD: Double? { estimate.costUSD }
    }

    /// How much of the plan is left and what it should cost: what `--dry-run` and a run's header print.
    public struct Estimate: Sendable {
        /// The selected queries, with what was skipped.
        public var selection: QuerySelection
        /// Planned candidates (queries × N, after sharding).
        public var planned: Int
        /// Candidates not yet in the journal.
        public var remaining: Int
        /// The estimated cost of the remaining ones, when the model's price is known.
        public var costUSD: Double?
        /// What the estimate's token counts come from.
        public var basis: String
        /// Lines about the journal a run would meet.
        public var notes: [String]
    }

    /// The journal's path for an output path.
    public static func journalPath(forOutput output: String) -> String {
        let base = output.hasSuffix(".parquet") ? String(output.dropLast(".parquet".count)) : output
        return base + ".journal.sqlite"
    }

    /// Loads queries, opens the journal and works out what is left to do.
    ///
    /// - Throws: ``RunError`` when the dataset or the persona cannot be read, the provider client cannot be made
    ///   (no key, a bad base URL), or the journal belongs to a different config or is in use by another run.
    public func prepare() async throws(RunError) -> Prepared {
        let (personaText, selection, planned) = try await loadWork()
        // A missing key or a bad base URL is reported before the journal is created or an old one deleted.
        if config.generator != .replay { _ = try makeProviderClient() }
        let journalPath = Self.journalPath(forOutput: config.output)
        let lock = try JournalLock(journalPath: journalPath)
        if settings.overwrite {
            // What the old journal paid for stays in the shared cache, so starting over costs nothing twice.
            if config.generator != .replay && !settings.noCache {
                try? ResponseCache(path: ResponseCache.defaultPath(environment: settings.environment))
                    .absorb(journalAt: journalPath)
            }
            for path in [journalPath, journalPath + "-wal", journalPath + "-shm", config.output] {
                try? FileManager.default.removeItem(atPath: path)
            }
        } else if settings.resume && !FileManager.default.fileExists(atPath: journalPath) {
            throw RunError(.journal, "--resume: there is no journal to resume at \(journalPath); run without --resume")
        }
        let journal = try RunJournal(path: journalPath)
        let configHash = RequestKey.sha256Hex(config.identityHashInput)
        if let existing = try journal.meta("config_sha256"), existing != configHash {
            throw RunError(
                .configChanged,
                "the journal \(journalPath) belongs to a different config (its hash \(existing.prefix(12)) ≠ "
                    + "\(configHash.prefix(12))); re-run with --overwrite to start over, or use another --output"
            )
        }
        try journal.setMeta("config_sha256", configHash)
        let runID = try journal.meta("run_id") ?? UUID().uuidString.lowercased()
        try journal.setMeta("run_id", runID)
        let remaining = try remainingWork(planned, journal: journal)
        return Prepared(
            selection: selection,
            planned: planned,
            remaining: remaining,
            journal: journal,
            personaText: personaText,
            configHash: configHash,
            runID: runID,
            estimate: try estimate(selection, planned, remaining, journal: journal, personaText: personaText),
            lock: lock
        )
    }

    /// The persona's text, the selected queries and every planned work item (after sharding).
    private func loadWork() async throws(RunError) -> (String?, QuerySelection, [WorkItem]) {
        var personaText: String?
        if let persona = config.persona {
            guard let data = FileManager.default.contents(atPath: persona) else {
                throw RunError(.output, "cannot read the persona file \(persona)")
            }
            personaText = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let selection: QuerySelection
        do {
            selection = try await QueryLoader(environment: settings.environment).load(
                dataset: config.dataset,
                splits: config.splits,
                maxQueries: config.maxQueries,
                seed: config.seed,
                streaming: config.streaming
            )
        } catch {
            throw RunError(.dataset, "\(error)")
        }
        var planned: [WorkItem] = []
        for query in selection.queries {
            for index in 0..<config.numCandidates { planned.append(WorkItem(query: query, candidateIndex: index)) }
        }
        if let shard = settings.shard {
            planned = planned.filter { Shard.owns($0.key, index: shard.index, count: shard.count) }
        }
        return (personaText, selection, planned)
    }

    /// What a run of this config would do, for `--dry-run`: nothing is written, created or deleted.
    ///
    /// An existing journal is read (unless `--overwrite` would delete it) for what is done and for the token
    /// means of the estimate; one made by a different config is noted rather than refused.
    public func plan() async throws(RunError) -> Estimate {
        let (personaText, selection, planned) = try await loadWork()
        let journalPath = Self.journalPath(forOutput: config.output)
        var notes: [String] = []
        var remaining = planned
        // The journal a run would continue: one it would delete or refuse gives neither progress nor means.
        var journal: RunJournal?
        if FileManager.default.fileExists(atPath: journalPath) {
            let existing = try RunJournal(path: journalPath)
            if settings.overwrite {
                notes.append(
                    "--overwrite would delete the journal's \(try existing.count()) finished candidates (their "
                        + "answers stay in the shared cache)"
                )
            } else if let hash = try existing.meta("config_sha256"),
                hash != RequestKey.sha256Hex(config.identityHashInput)
            {
                notes.append(
                    "the journal \(journalPath) belongs to a different config: a run needs --overwrite (or another "
                        + "--output); counted as a fresh start"
                )
            } else {
                journal = existing
                remaining = try remainingWork(planned, journal: existing)
            }
        }
        return try estimate(selection, planned, remaining, journal: journal, personaText: personaText, notes: notes)
    }

    /// The figures of a plan: the cost of `remaining` from `journal`'s token means where it has any.
    private func estimate(
        _ selection: QuerySelection,
        _ planned: [WorkItem],
        _ remaining: [WorkItem],
        journal: RunJournal?,
        personaText: String?,
        notes: [String] = []
    ) throws(RunError) -> Estimate {
        let means = remaining.isEmpty ? [:] : try journal?.meanTokensBySplit() ?? [:]
        return Estimate(
            selection: selection,
            planned: planned.count,
            remaining: remaining.count,
            costUSD: estimateCost(remaining, personaText: personaText, means: means),
            basis: Self.estimateBasis(remaining, means: means, maxTokens: config.maxTokens),
            notes: notes
        )
    }

    /// The items of `planned` not yet committed to `journal` (error rows too, with `--retry-errors`).
    private func remainingWork(_ planned: [WorkItem], journal: RunJournal) throws(RunError) -> [WorkItem] {
        var done = try journal.completedKeys()
        if settings.retryErrors { done.subtract(try journal.erroredKeys()) }
        return planned.filter { !done.contains($0.key) }
    }

    /// The cost of `items`: where this run has finished candidates of the same split, their mean input and
    /// output tokens; elsewhere the prompt's characters / 4 (persona included) and half of `max_tokens`.
    func estimateCost(_ items: [WorkItem], personaText: String?, means: [String: TokenMeans] = [:]) -> Double? {
        let catalog = Self.catalog(for: config)
        var inputTokens = 0.0
        var outputTokens = 0.0
        for item in items {
            if let mean = means[item.query.split] {
                inputTokens += mean.input
                outputTokens += mean.output
            } else {
                let characters = item.query.messages.reduce(0) { $0 + $1.content.count } + (personaText?.count ?? 0)
                inputTokens += Double(characters / 4 + 20)
                outputTokens += Double(max(1, config.maxTokens / 2))
            }
        }
        return catalog.cost(
            of: Usage(inputTokens: Int(inputTokens.rounded()), outputTokens: Int(outputTokens.rounded())),
            model: config.model,
            batch: config.batch
        )
    }

    /// Says where the estimate's tokens come from: `tokens: math from 40 finished candidates (mean 312 out);
    /// code from the prompts and max_tokens / 2`.
    static func estimateBasis(_ items: [WorkItem], means: [String: TokenMeans], maxTokens: Int) -> String {
        var splits: [String] = []
        for item in items where !splits.contains(item.query.split) { splits.append(item.query.split) }
        let measured = splits.compactMap { split in
            means[split].map { "\(split) from \($0.candidates) finished (mean \(Int($0.output.rounded())) out)" }
        }
        let guessed = splits.filter { means[$0] == nil }
        var parts = measured
        if !guessed.isEmpty {
            let which = measured.isEmpty ? "" : guessed.joined(separator: ", ") + " "
            parts.append("\(which)from the prompts and max_tokens / 2 (\(max(1, maxTokens / 2)) out)")
        }
        return parts.isEmpty ? "" : "tokens: " + parts.joined(separator: "; ")
    }

    /// The model catalog with the config's `prices` and `model_capabilities` overrides applied.
    static func catalog(for config: ExperimentConfig) -> ModelCatalog {
        var catalog = ModelCatalog.standard
        for (model, price) in config.prices {
            catalog.priceOverrides[model] = ModelPrice(
                input: price.input,
                output: price.output,
                cacheWrite: price.cacheWrite ?? price.input,
                cacheRead: price.cacheRead ?? price.input,
                batchInput: price.input / 2,
                batchOutput: price.output / 2
            )
        }
        if let override = config.modelCapabilities {
            let provider: LLMProvider = config.generator == .openai ? .openAI : .anthropic
            var capabilities = catalog.capabilities(for: config.model, provider: provider)
            if let temperature = override.temperature { capabilities.acceptsTemperature = temperature }
            if let tokens = override.maxCompletionTokens { capabilities.usesMaxCompletionTokens = tokens }
            catalog.capabilityOverrides[config.model] = capabilities
        }
        return catalog
    }
}
