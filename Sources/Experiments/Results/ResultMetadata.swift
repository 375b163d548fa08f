import Datasets
import Foundation
import LLM

/// The result file's footer metadata: DESIGN.md's keys, all strings, and never a key or token.
enum ResultMetadata {
    static func make(
        config: ExperimentConfig,
        prepared: ExperimentRun.Prepared,
        toolVersion: String,
        totalCostUSD: Double
    ) -> [String: String] {
        let git = GitState.read(for: config.configFile)
        let yaml = config.resolvedYAML
        var metadata: [String: String] = [
            "generated_at": ISO8601DateFormatter().string(from: Date()),
            "model": config.model,
            "num_candidates": String(config.numCandidates),
            "temperature": config.temperature.map { String($0) } ?? "default",
            "splits": config.splits.joined(separator: ","),
            "config_file": relative(config.configFile, to: config.repositoryRoot),
            "notes": config.notes,
            "dataset": config.dataset,
            "generator": config.generator.rawValue,
            "max_tokens": String(config.maxTokens),
            "max_queries": String(config.maxQueries),
            "queries": String(prepared.selection.queries.count),
            "judge_model": config.effectiveJudgeModel,
            "structured_output": String(config.structuredOutput),
            "llm_judge_fallback": String(config.llmJudgeFallback),
            "seed": String(config.seed),
            "config_yaml": yaml,
            "config_sha256": RequestKey.sha256Hex(yaml),
            "config_identity_sha256": prepared.configHash,
            "bon_version": toolVersion,
            "run_id": prepared.runID,
            "total_cost_usd": String(format: "%.6f", totalCostUSD),
            "persona": config.persona.map { relative($0, to: config.repositoryRoot) } ?? "none",
        ]
        if let persona = config.persona, let data = FileManager.default.contents(atPath: persona) {
            metadata["persona_sha256"] = RequestKey.sha256Hex(data)
        }
        if let baseURL = config.baseURL { metadata["base_url"] = baseURL }
        metadata["sent_parameters"] = sentParameters(config)
        if let commit = git.commit { metadata["git_commit"] = commit }
        if let dirty = git.configDirty { metadata["git_dirty"] = String(dirty) }
        let sources = prepared.selection.sources.map { source in
            "\(source.split): \(source.dataset)\(source.revision.map { "@\($0)" } ?? "") "
                + "[\(source.filesRead.joined(separator: ", "))]"
        }
        metadata["dataset_sources"] = sources.joined(separator: "; ")
        if !prepared.selection.notices.isEmpty {
            metadata["dataset_notices"] = prepared.selection.notices.joined(separator: "; ")
        }
        return metadata
    }

    /// What the provider client actually sends (a temperature the model ignores is left out), as JSON.
    private static func sentParameters(_ config: ExperimentConfig) -> String {
        let provider: LLMProvider = config.generator == .openai ? .openAI : .anthropic
        let catalog = ExperimentRun.catalog(for: config)
        let capabilities = catalog.capabilities(for: config.model, provider: provider)
        let request = ChatRequest(
            model: config.model,
            messages: [],
            temperature: config.temperature,
            maxTokens: config.maxTokens,
            seed: config.seed * 1000
        )
        let sent = (try? capabilities.sentParameters(for: request)) ?? [:]
        var object = sent.mapValues { JSONValue.string($0) }
        if object["seed"] != nil { object["seed"] = .string("\(config.seed * 1000) + candidate index") }
        return JSONValue.object(object).jsonString()
    }

    private static func relative(_ path: String, to root: String) -> String {
        guard !root.isEmpty, path.hasPrefix(root + "/") else { return path }
        return String(path.dropFirst(root.count + 1))
    }
}
