/// Which models a generator's provider serves, and what sampling parameters they accept.
///
/// Used by validation so that a temperature sweep never silently runs at the default temperature.
enum ProviderRules {
    /// True when `model` is one the generator's official API serves.
    static func belongs(_ model: String, to generator: ExperimentConfig.Generator) -> Bool {
        let id = model.lowercased()
        switch generator {
        case .claude:
            return id.hasPrefix("claude-")
        case .openai:
            let prefixes = ["gpt-", "o1", "o3", "o4", "chatgpt-", "codex-", "computer-use-"]
            return prefixes.contains { id.hasPrefix($0) }
        case .replay:
            return true
        }
    }

    /// The temperatures the provider accepts.
    static func temperatureRange(for generator: ExperimentConfig.Generator) -> ClosedRange<Double> {
        generator == .claude ? 0...1 : 0...2
    }

    /// Whether `model` accepts a non-default temperature; `nil` when bon does not know the model.
    static func acceptsTemperature(_ model: String) -> Bool? {
        let id = model.lowercased()
        if id.hasPrefix("claude-") {
            // Models released after Opus 4.6 reject temperature/top_p/top_k with a 400.
            let rejecting = [
                "claude-opus-4-7", "claude-opus-4-8", "claude-sonnet-5", "claude-opus-5", "claude-fable-5",
                "claude-mythos-5", "claude-haiku-5",
            ]
            if rejecting.contains(where: { id.hasPrefix($0) }) { return false }
            let accepting = ["claude-sonnet-4", "claude-opus-4", "claude-haiku-4", "claude-3"]
            if accepting.contains(where: { id.hasPrefix($0) }) { return true }
            return nil
        }
        // OpenAI reasoning models accept only the default temperature 1.
        if id.hasPrefix("o1") || id.hasPrefix("o3") || id.hasPrefix("o4") || id.hasPrefix("gpt-5") { return false }
        if id.hasPrefix("gpt-4") || id.hasPrefix("gpt-3.5") || id.hasPrefix("chatgpt-") { return true }
        return nil
    }
}
