import Foundation

extension ExperimentConfig {
    /// The resolved config as YAML, every key in reference order; stored in the result metadata.
    public var resolvedYAML: String {
        var lines: [String] = []
        func add(_ key: String, _ value: String?) { lines.append("\(key): \(value ?? "null")") }
        add("dataset", Self.quote(dataset))
        add("splits", "[" + splits.map(Self.quote).joined(separator: ", ") + "]")
        add("streaming", String(streaming))
        add("max_queries", String(maxQueries))
        add("model", Self.quote(model))
        add("num_candidates", String(numCandidates))
        add("temperature", temperature.map { String($0) })
        add("max_tokens", String(maxTokens))
        add("persona", persona.map(Self.quote))
        add("concurrency", String(concurrency))
        add("output", Self.quote(output))
        add("generator", generator.rawValue)
        add("structured_output", String(structuredOutput))
        add("llm_judge_fallback", String(llmJudgeFallback))
        add("notes", Self.quote(notes))
        add("base_url", baseURL.map(Self.quote))
        add("judge_model", Self.quote(effectiveJudgeModel))
        add("mock_model", mockModel.map(Self.quote))
        add("seed", String(seed))
        add("budget_usd", budgetUSD.map { String($0) })
        add("cassette", cassette.map(Self.quote))
        add("max_turns", String(maxTurns))
        add("refusal_llm_check", String(refusalLLMCheck))
        add("persona_judge", String(personaJudge))
        add("request_timeout_seconds", String(requestTimeoutSeconds))
        add("batch", String(batch))
        add("batch_poll_seconds", String(batchPollSeconds))
        if useN { add("use_n", "true") }
        if !prices.isEmpty {
            lines.append("prices:")
            for (model, price) in prices.sorted(by: { $0.key < $1.key }) {
                var fields = ["input: \(price.input)", "output: \(price.output)"]
                if let read = price.cacheRead { fields.append("cache_read: \(read)") }
                if let write = price.cacheWrite { fields.append("cache_write: \(write)") }
                lines.append("  \(Self.quote(model)): {\(fields.joined(separator: ", "))}")
            }
        }
        if let capabilities = modelCapabilities {
            var fields: [String] = []
            if let temperature = capabilities.temperature { fields.append("temperature: \(temperature)") }
            if let tokens = capabilities.maxCompletionTokens { fields.append("max_completion_tokens: \(tokens)") }
            lines.append("model_capabilities: {\(fields.joined(separator: ", "))}")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A double-quoted YAML scalar with JSON escaping (JSON strings are valid YAML).
    static func quote(_ text: String) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        let data = (try? encoder.encode(text)) ?? Data("\"\"".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    /// The parts of the config that decide which rows a run produces; resuming needs them unchanged.
    ///
    /// Concurrency, budget, output path, notes and batch mode may change between a run and its resume (a run
    /// started live may be finished in batch mode, and the other way round).
    public var identityHashInput: String {
        var copy = self
        copy.concurrency = 0
        copy.budgetUSD = nil
        copy.notes = ""
        copy.output = ""
        copy.configFile = ""
        copy.requestTimeoutSeconds = 0
        // Batch keys are left out entirely, so journals written before they existed still resume.
        let lines = copy.resolvedYAML.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.filter { !$0.hasPrefix("batch:") && !$0.hasPrefix("batch_poll_seconds:") }
            .joined(separator: "\n")
    }
}
