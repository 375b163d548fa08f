public import Foundation

/// Makes provider clients from a provider family, a model and the environment, as the SDKs do.
///
/// ```swift
/// let client = try LLMClients.make(provider: .anthropic, model: "claude-sonnet-4-5-20250929")
/// let reply = try await client.complete(ChatRequest(model: "claude-sonnet-4-5-20250929", messages: [.user("Hi")]))
/// ```
public enum LLMClients {
    /// A client for `provider`, reading the key and base URL from `environment`.
    ///
    /// The base URL is `baseURL` (a config's `base_url`) if given, else `configuration.baseURL`, else
    /// `ANTHROPIC_BASE_URL` (the host alone) / `OPENAI_BASE_URL` (including `/v1`), else the official
    /// endpoint. The key is `configuration.apiKey`, else `ANTHROPIC_API_KEY` / `OPENAI_API_KEY`; it is
    /// required for the official endpoints and optional for other servers.
    ///
    /// - Throws: ``LLMError/Code/authentication`` when the official endpoint has no key;
    ///   ``LLMError/Code/invalidRequest`` for a base URL that is not http(s), or a model the catalog
    ///   places in the other provider family.
    public static func make(
        provider: LLMProvider,
        model: String,
        baseURL: String? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        configuration: LLMClientConfiguration = LLMClientConfiguration()
    ) throws(LLMError) -> any LLMClient {
        var configuration = configuration
        let resolvedBase =
            nonEmpty(baseURL) ?? nonEmpty(configuration.baseURL) ?? nonEmpty(environment[provider.baseURLVariable])
        configuration.baseURL = resolvedBase
        if configuration.apiKey == nil, let key = nonEmpty(environment[provider.apiKeyVariable]) {
            configuration.apiKey = APIKey(key)
        }
        let official = resolvedBase == nil || resolvedBase?.contains(officialHost(provider)) == true
        if configuration.apiKey == nil, official {
            throw LLMError(
                .authentication,
                "\(provider.apiKeyVariable) is not set; export it (or point \(provider.baseURLVariable) / base_url "
                    + "at a server that needs no key) to use \(provider.displayName) model \(model)"
            )
        }
        if let family = configuration.catalog.provider(for: model), family != provider, official {
            throw LLMError(
                .invalidRequest,
                "model \(model) is a \(family.displayName) model, but the generator is \(provider.displayName); "
                    + "change `generator` or `model`"
            )
        }
        switch provider {
        case .anthropic:
            let client = try AnthropicClient(configuration: configuration)
            client.warmUp(model: model)
            return client
        case .openAI:
            let client = try OpenAIClient(configuration: configuration)
            client.warmUp(model: model)
            return client
        }
    }

    private static func officialHost(_ provider: LLMProvider) -> String {
        switch provider {
        case .anthropic: "api.anthropic.com"
        case .openAI: "api.openai.com"
        }
    }

    private static func nonEmpty(_ text: String?) -> String? {
        guard let text, !text.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        return text
    }
}
