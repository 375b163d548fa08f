public import Foundation
import Yams

/// Loads an experiment config: built-in defaults < the YAML file < CLI flags, then validates it.
///
/// Validation reports every problem at once, each naming the file, line and key, so a user fixes a
/// config in one pass.
///
/// ```swift
/// let config = try ConfigLoader().load(path: "experiments/marvin/claude_100x8.yaml", overrides: flags)
/// ```
public struct ConfigLoader: Sendable {
    /// Where relative CLI-flag paths are resolved.
    public var workingDirectory: String

    /// Creates a loader resolving flag paths against `workingDirectory` (default: the process's).
    public init(workingDirectory: String = FileManager.default.currentDirectoryPath) {
        self.workingDirectory = workingDirectory
    }

    /// Loads, merges and validates the config at `path`.
    ///
    /// - Throws: ``ConfigError`` listing every problem found.
    public func load(
        path: String,
        overrides: ConfigOverrides = ConfigOverrides()
    ) throws(ConfigError)
        -> ExperimentConfig
    {
        let absolute = RepositoryRoot.resolve(path, against: workingDirectory)
        let display = path
        guard let data = FileManager.default.contents(atPath: absolute) else {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory)
            let message = exists && isDirectory.boolValue ? "is a folder, not a config file" : "no such file"
            throw ConfigError(problems: [ConfigProblem(file: display, line: nil, key: nil, message: message)])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigError(problems: [
                ConfigProblem(file: display, line: nil, key: nil, message: "is not UTF-8 text")
            ])
        }
        var parser = ConfigFileParser(file: display, text: text)
        let values = parser.parse()
        var problems = parser.problems
        var config = ExperimentConfig()
        config.configFile = absolute
        config.repositoryRoot = RepositoryRoot.find(forConfigAt: absolute)
        var origins: [String: Origin] = [:]
        apply(values, to: &config, origins: &origins)
        applyOverrides(overrides, to: &config, origins: &origins, problems: &problems)
        if config.output.isEmpty {
            let folder = URL(fileURLWithPath: absolute).deletingLastPathComponent()
            config.output = folder.appendingPathComponent("results/\(config.name).parquet").path
        }
        if values.isEmpty == false || problems.isEmpty {
            ConfigValidator(file: display, origins: origins).validate(config, into: &problems)
        }
        guard problems.isEmpty else {
            throw ConfigError(
                problems: problems.sorted { ($0.line ?? .max, $0.column ?? 0) < ($1.line ?? .max, $1.column ?? 0) }
            )
        }
        return config
    }

    /// The config a result file was written with, read back from its `config_yaml` metadata.
    ///
    /// Paths stay as the run resolved them and nothing is validated: files the config names (dataset,
    /// persona, cassette) may have moved since, and the caller decides what to do without them.
    public func stored(yaml: String) -> ExperimentConfig {
        var parser = ConfigFileParser(file: "config_yaml", text: yaml)
        let values = parser.parse()
        var config = ExperimentConfig()
        var origins: [String: Origin] = [:]
        apply(values, to: &config, origins: &origins)
        return config
    }

    /// Where a merged value came from, so a validation problem can point at it.
    struct Origin {
        var line: Int?
        var column: Int?
        var flag: String?
    }

    private func apply(
        _ values: [String: ConfigFileParser.Located],
        to config: inout ExperimentConfig,
        origins: inout [String: Origin]
    ) {
        let root = config.repositoryRoot
        for (key, located) in values {
            origins[key] = Origin(line: located.line, column: located.column)
            let value = located.value
            switch key {
            case "dataset":
                if case .string(let text) = value { config.dataset = Self.datasetPath(text, root: root) }
            case "splits": if case .list(let list) = value { config.splits = list }
            case "streaming": if case .bool(let flag) = value { config.streaming = flag }
            case "max_queries": if case .int(let number) = value { config.maxQueries = number }
            case "model": if case .string(let text) = value { config.model = text }
            case "num_candidates": if case .int(let number) = value { config.numCandidates = number }
            case "temperature": if case .number(let number) = value { config.temperature = number }
            case "max_tokens": if case .int(let number) = value { config.maxTokens = number }
            case "persona":
                if case .string(let text) = value { config.persona = RepositoryRoot.resolve(text, against: root) }
            case "concurrency": if case .int(let number) = value { config.concurrency = number }
            case "output":
                if case .string(let text) = value { config.output = RepositoryRoot.resolve(text, against: root) }
            case "generator":
                if case .string(let text) = value, let generator = ExperimentConfig.Generator(rawValue: text) {
                    config.generator = generator
                }
            case "structured_output": if case .bool(let flag) = value { config.structuredOutput = flag }
            case "llm_judge_fallback": if case .bool(let flag) = value { config.llmJudgeFallback = flag }
            case "notes": if case .string(let text) = value { config.notes = text }
            case "base_url": if case .string(let text) = value { config.baseURL = text }
            case "judge_model": if case .string(let text) = value { config.judgeModel = text }
            case "mock_model": if case .string(let text) = value { config.mockModel = text }
            case "seed": if case .int(let number) = value { config.seed = number }
            case "budget_usd": if case .number(let number) = value { config.budgetUSD = number }
            case "cassette":
                if case .string(let text) = value { config.cassette = RepositoryRoot.resolve(text, against: root) }
            case "max_turns": if case .int(let number) = value { config.maxTurns = number }
            case "refusal_llm_check": if case .bool(let flag) = value { config.refusalLLMCheck = flag }
            case "persona_judge": if case .bool(let flag) = value { config.personaJudge = flag }
            case "request_timeout_seconds":
                if case .number(let number) = value { config.requestTimeoutSeconds = number }
            case "prices": if case .prices(let prices) = value { config.prices = prices }
            case "model_capabilities":
                if case .capabilities(let capabilities) = value { config.modelCapabilities = capabilities }
            case "batch": if case .bool(let flag) = value { config.batch = flag }
            case "use_n": if case .bool(let flag) = value { config.useN = flag }
            case "batch_poll_seconds": if case .number(let number) = value { config.batchPollSeconds = number }
            default: break
            }
        }
    }

    /// A dataset value that names a local file or folder becomes an absolute path; a Hub id stays.
    static func datasetPath(_ text: String, root: String) -> String {
        let looksLocal =
            text.hasPrefix("/") || text.hasPrefix(".") || text.hasPrefix("~")
            || text.hasSuffix(".parquet") || text.hasSuffix(".jsonl") || text.hasSuffix(".json")
        let resolved = RepositoryRoot.resolve(text, against: root)
        if looksLocal || FileManager.default.fileExists(atPath: resolved) { return resolved }
        return text
    }

    private func applyOverrides(
        _ flags: ConfigOverrides,
        to config: inout ExperimentConfig,
        origins: inout [String: Origin],
        problems: inout [ConfigProblem]
    ) {
        func mark(_ key: String, _ flag: String) { origins[key] = Origin(flag: flag) }
        let cwd = workingDirectory
        if let value = flags.dataset {
            config.dataset = Self.datasetPath(value, root: cwd)
            mark("dataset", "--dataset")
        }
        if let value = flags.splits { config.splits = value; mark("splits", "--splits") }
        if let value = flags.streaming { config.streaming = value; mark("streaming", "--streaming") }
        if let value = flags.maxQueries { config.maxQueries = value; mark("max_queries", "--max-queries") }
        if let value = flags.model { config.model = value; mark("model", "--model") }
        if let value = flags.numCandidates { config.numCandidates = value; mark("num_candidates", "--num-candidates") }
        if let value = flags.temperature { config.temperature = value; mark("temperature", "--temperature") }
        if let value = flags.maxTokens { config.maxTokens = value; mark("max_tokens", "--max-tokens") }
        if let value = flags.persona {
            config.persona = RepositoryRoot.resolve(value, against: cwd)
            mark("persona", "--persona")
        }
        if let value = flags.concurrency { config.concurrency = value; mark("concurrency", "--concurrency") }
        if let value = flags.output {
            config.output = RepositoryRoot.resolve(value, against: cwd)
            mark("output", "--output")
        }
        if let value = flags.generator {
            mark("generator", "--generator")
            if let generator = ExperimentConfig.Generator(rawValue: value) {
                config.generator = generator
            } else {
                problems.append(
                    ConfigProblem(
                        file: "--generator",
                        line: nil,
                        key: "generator",
                        message: "unknown generator \"\(value)\"; use claude, openai or replay"
                    )
                )
            }
        }
        if let value = flags.structuredOutput {
            config.structuredOutput = value; mark("structured_output", "--structured-output")
        }
        if let value = flags.llmJudgeFallback {
            config.llmJudgeFallback = value; mark("llm_judge_fallback", "--llm-judge-fallback")
        }
        if let value = flags.notes { config.notes = value; mark("notes", "--notes") }
        if let value = flags.baseURL { config.baseURL = value; mark("base_url", "--base-url") }
        if let value = flags.judgeModel { config.judgeModel = value; mark("judge_model", "--judge-model") }
        if let value = flags.seed { config.seed = value; mark("seed", "--seed") }
        if let value = flags.budgetUSD { config.budgetUSD = value; mark("budget_usd", "--budget") }
        if let value = flags.cassette {
            config.cassette = RepositoryRoot.resolve(value, against: cwd)
            mark("cassette", "--cassette")
        }
        if let value = flags.maxTurns { config.maxTurns = value; mark("max_turns", "--max-turns") }
        if let value = flags.batch { config.batch = value; mark("batch", flags.batchFlag ?? "--batch") }
        if let value = flags.useN { config.useN = value; mark("use_n", "--use-n") }
        if let value = flags.batchPollSeconds {
            config.batchPollSeconds = value; mark("batch_poll_seconds", "--batch-poll-seconds")
        }
    }
}
