extension ModelCapabilities {
    /// The sampling parameters a client sends for `request`, by wire name, for the result metadata.
    ///
    /// A parameter the model does not accept is absent, so the metadata records what was actually sent
    /// (a temperature left out means the provider's default applied).
    ///
    /// - Throws: ``LLMError/Code/invalidRequest`` when the request asks for a temperature the model cannot honour.
    public func sentParameters(for request: ChatRequest) throws(LLMError) -> [String: String] {
        var sent: [String: String] = [:]
        let tokenField =
            switch provider {
            case .anthropic: "max_tokens"
            case .openAI: usesMaxCompletionTokens ? "max_completion_tokens" : "max_tokens"
            }
        sent[tokenField] = String(request.maxTokens)
        if let temperature = try temperatureToSend(request.temperature, model: request.model) {
            sent["temperature"] = String(temperature)
        }
        if let seed = request.seed, supportsSeed { sent["seed"] = String(seed) }
        if !request.stop.isEmpty, supportsStop {
            sent[provider == .anthropic ? "stop_sequences" : "stop"] = request.stop.joined(separator: "\u{1F}")
        }
        return sent
    }
}
