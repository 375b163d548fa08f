/// What a run will do: how many queries and candidates, with which model, persona and output.
public struct RunPlan: Sendable, CustomStringConvertible {
    /// The resolved config.
    public var config: ExperimentConfig
    /// Queries that will be asked (the selection, or `max_queries` before the dataset is read).
    public var queryCount: Int

    /// A plan for `config`, counting `max_queries` queries until the selection is known.
    public init(config: ExperimentConfig, queryCount: Int? = nil) {
        self.config = config
        self.queryCount = queryCount ?? config.maxQueries
    }

    /// Candidate generations planned: queries × N.
    public var generations: Int { queryCount * config.numCandidates }

    public var description: String {
        let persona = config.persona ?? "none (baseline)"
        let temperature = config.temperature.map { String($0) } ?? "provider default"
        let lines = [
            "plan      \(config.name)",
            "config    \(config.configFile)",
            "dataset   \(config.dataset)  splits: \(config.splits.joined(separator: ","))"
                + "  streaming: \(config.streaming)",
            "queries   \(queryCount) × \(config.numCandidates) candidates = \(generations) generations",
            "model     \(config.model) via \(config.generator.rawValue)"
                + (config.baseURL.map { " at \($0)" } ?? "")
                + "  temperature: \(temperature)  max_tokens: \(config.maxTokens)",
            "persona   \(persona)",
            "judge     \(config.effectiveJudgeModel)  llm_judge_fallback: \(config.llmJudgeFallback)",
            config.batch
                ? "calls     ≥ \(generations) API calls in provider batches at batch prices (half), polled every "
                    + "\(RunPlan.seconds(config.batchPollSeconds))s; judge, tool-mock calls and each tool turn are "
                    + "further batch rounds"
                : "calls     ≥ \(generations) API calls (plus judge and tool-mock calls as needed)"
                    + "  concurrency: \(config.concurrency)",
            "output    \(config.output)",
        ]
        return lines.joined(separator: "\n")
    }

    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
