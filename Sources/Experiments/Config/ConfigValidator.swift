import Foundation
import LLM

/// Semantic checks on a merged config; each problem points at the file line or flag that set the value.
struct ConfigValidator {
    let file: String
    let origins: [String: ConfigLoader.Origin]

    func validate(_ config: ExperimentConfig, into problems: inout [ConfigProblem]) {
        func report(_ key: String, _ message: String) {
            let origin = origins[key]
            if let flag = origin?.flag {
                problems.append(ConfigProblem(file: flag, line: nil, key: key, message: message))
            } else {
                problems.append(
                    ConfigProblem(
                        file: file,
                        line: origin?.line,
                        column: origin?.column,
                        key: key,
                        message: message
                    )
                )
            }
        }
        if config.numCandidates < 1 { report("num_candidates", "must be at least 1, got \(config.numCandidates)") }
        if config.numCandidates > 10_000 {
            report("num_candidates", "must be at most 10000, got \(config.numCandidates)")
        }
        if config.maxTokens < 1 { report("max_tokens", "must be at least 1, got \(config.maxTokens)") }
        if config.maxTokens > 1_000_000 { report("max_tokens", "must be at most 1000000, got \(config.maxTokens)") }
        if config.concurrency < 1 { report("concurrency", "must be at least 1, got \(config.concurrency)") }
        if config.concurrency > 4096 { report("concurrency", "must be at most 4096, got \(config.concurrency)") }
        if config.maxQueries < 1 { report("max_queries", "must be at least 1, got \(config.maxQueries)") }
        if config.seed < 0 { report("seed", "must be 0 or more, got \(config.seed)") }
        if config.maxTurns < 1 || config.maxTurns > 64 {
            report("max_turns", "must be between 1 and 64, got \(config.maxTurns)")
        }
        if config.requestTimeoutSeconds <= 0 {
            report("request_timeout_seconds", "must be more than 0, got \(config.requestTimeoutSeconds)")
        }
        if let budget = config.budgetUSD, budget <= 0 { report("budget_usd", "must be more than 0, got \(budget)") }
        if config.batchPollSeconds <= 0 {
            report("batch_poll_seconds", "must be more than 0, got \(config.batchPollSeconds)")
        }
        if config.useN && config.generator != .openai {
            report("use_n", "`n` is an OpenAI-compatible parameter; use_n needs generator openai")
        } else if config.useN && config.batch {
            report("use_n", "batch mode sends one request per candidate; remove use_n or batch")
        }
        if config.batch && config.generator == .replay {
            report(
                "batch",
                "the replay generator answers from its cassette and has no batch API; "
                    + "batch mode needs generator claude (Message Batches) or openai (Batch API)"
            )
        }
        validateSplits(config, report: report)
        validateModel(config, report: report)
        validatePaths(config, report: report)
        if let baseURL = config.baseURL {
            let url = URL(string: baseURL)
            if url?.scheme.map({ ["http", "https"].contains($0.lowercased()) }) != true || url?.host == nil {
                report("base_url", "\"\(baseURL)\" is not an http(s) URL, e.g. http://localhost:8000/v1")
            }
        }
        if config.model.trimmingCharacters(in: .whitespaces).isEmpty { report("model", "is empty; name a model") }
        if config.dataset.trimmingCharacters(in: .whitespaces).isEmpty { report("dataset", "is empty; name a dataset") }
    }

    private func validateSplits(_ config: ExperimentConfig, report: (String, String) -> Void) {
        var seen: Set<String> = []
        for split in config.splits {
            if !ExperimentDefaults.knownSplits.contains(split) {
                let hint =
                    KeySuggestion.nearest(to: split, in: ExperimentDefaults.knownSplits)
                    .map { "did you mean `\($0)`? " } ?? ""
                report(
                    "splits",
                    "unknown split \"\(split)\"; \(hint)known splits: \(ExperimentDefaults.knownSplits.joined(separator: ", "))"
                )
            } else if !seen.insert(split).inserted {
                report("splits", "split \"\(split)\" is listed twice")
            }
        }
    }

    private func validateModel(_ config: ExperimentConfig, report: (String, String) -> Void) {
        guard config.generator != .replay else {
            if let temperature = config.temperature, !(0...2).contains(temperature) {
                report("temperature", "\(temperature) is outside 0–2, the widest range any provider accepts")
            }
            return
        }
        // The same catalog the run sends with (built-in table plus `model_capabilities`), so validation and
        // the request never disagree about what a model accepts.
        let provider: LLMProvider = config.generator == .claude ? .anthropic : .openAI
        let catalog = ExperimentRun.catalog(for: config)
        if let temperature = config.temperature,
            let problem = catalog.temperatureProblem(temperature, model: config.model, provider: provider)
        {
            report("temperature", problem + ", so that a temperature sweep is never silently wrong")
        }
        if config.baseURL == nil, catalog.provider(for: config.model) != provider {
            let family = config.generator == .claude ? "`claude-…`" : "`gpt-…`, `o1…`, `o3…`, `o4…`"
            report(
                "model",
                "\"\(config.model)\" is not an \(provider.displayName) model (expected \(family)); "
                    + "set `generator` to match, or `base_url` for a compatible server"
            )
        }
    }

    private func validatePaths(_ config: ExperimentConfig, report: (String, String) -> Void) {
        let files = FileManager.default
        if let persona = config.persona {
            var isDirectory: ObjCBool = false
            if !files.fileExists(atPath: persona, isDirectory: &isDirectory) {
                report("persona", "persona file not found: \(persona)")
            } else if isDirectory.boolValue {
                report("persona", "\(persona) is a folder; name the persona's .txt file")
            }
        }
        if !config.output.hasSuffix(".parquet") {
            report("output", "\"\(config.output)\" must end in `.parquet`")
        } else {
            var isDirectory: ObjCBool = false
            if files.fileExists(atPath: config.output, isDirectory: &isDirectory), isDirectory.boolValue {
                report("output", "\(config.output) is a folder")
            }
        }
        if config.dataset.hasPrefix("/") {
            if !files.fileExists(atPath: config.dataset) {
                report("dataset", "local dataset not found: \(config.dataset)")
            }
        } else if !Self.isHubID(config.dataset) {
            report("dataset", "\"\(config.dataset)\" is neither a Hub id like `owner/name` nor an existing local path")
        }
        if config.generator == .replay {
            if let cassette = config.cassette {
                if !files.fileExists(atPath: cassette) { report("cassette", "cassette not found: \(cassette)") }
            } else {
                report("generator", "the replay generator needs `cassette:` naming the recorded answers")
            }
        }
    }

    static func isHubID(_ text: String) -> Bool {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return false }
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-_."))
        return parts.allSatisfy { !$0.isEmpty && $0.unicodeScalars.allSatisfy(allowed.contains) }
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
