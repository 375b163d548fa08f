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
        /// The estimated cost of the remaining work, when the model's price is known.
        public var estimatedCostUSD: Double?
    }

    /// The journal's path for an output path.
    public static func journalPath(forOutput output: String) -> String {
        let base = output.hasSuffix(".parquet") ? String(output.dropLast(".parquet".count)) : output
        return base + ".journal.sqlite"
    }

    /// Loads queries, opens the journal and works out what is left to do.
    ///
    /// - Throws: ``RunError`` when the dataset cannot be read, the persona cannot be read, or the journal
    ///   belongs to a different config.
    public func prepare() async throws(RunError) -> Prepared {
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
        let journalPath = Self.journalPath(forOutput: config.output)
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
        var done = try journal.completedKeys()
        if settings.retryErrors { done.subtract(try journal.keys(withVerdicts: RunJournal.errorVerdicts)) }
        let remaining = planned.filter { !done.contains($0.key) }
        let estimate = estimateCost(remaining, personaText: personaText)
        return Prepared(
            selection: selection,
            planned: planned,
            remaining: remaining,
            journal: journal,
            personaText: personaText,
            configHash: configHash,
            runID: runID,
            estimatedCostUSD: estimate
        )
    }

    /// Rough cost of `items`: prompt characters / 4 as input tokens, `max_tokens` × 0.5 as output tokens.
    func estimateCost(_ items: [WorkItem], personaText: String?) -> Double? {
        let catalog = Self.catalog(for: config)
        let inputTokens = items.reduce(0) { total, item in
            total + (item.query.messages.reduce(0) { $0 + $1.content.count } + (personaText?.count ?? 0)) / 4 + 20
        }
        let outputTokens = items.count * max(1, config.maxTokens / 2)
        return catalog.cost(
            of: Usage(inputTokens: inputTokens, outputTokens: outputTokens),
            model: config.model,
            batch: config.batch
        )
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
