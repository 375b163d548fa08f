/// A provider family: which wire protocol a client speaks.
public enum LLMProvider: String, Sendable, Hashable, Codable, CaseIterable {
    /// Anthropic Messages (`POST /v1/messages`).
    case anthropic
    /// OpenAI Chat Completions (`POST /v1/chat/completions`), also any OpenAI-compatible server.
    case openAI = "openai"

    /// The provider for a config's `generator` value (`claude`, `anthropic`, `openai`, `openai-compatible`).
    public init?(generator: String) {
        switch generator.lowercased() {
        case "claude", "anthropic": self = .anthropic
        case "openai", "openai-compatible", "openai_compatible": self = .openAI
        default: return nil
        }
    }

    /// A name for messages: `Anthropic` or `OpenAI`.
    public var displayName: String {
        switch self {
        case .anthropic: "Anthropic"
        case .openAI: "OpenAI"
        }
    }

    /// The environment variable holding the API key.
    public var apiKeyVariable: String {
        switch self {
        case .anthropic: "ANTHROPIC_API_KEY"
        case .openAI: "OPENAI_API_KEY"
        }
    }

    /// The environment variable holding the base URL.
    public var baseURLVariable: String {
        switch self {
        case .anthropic: "ANTHROPIC_BASE_URL"
        case .openAI: "OPENAI_BASE_URL"
        }
    }

    /// The official base URL, as the SDKs spell it (OpenAI's includes `/v1`, Anthropic's is the host alone).
    public var defaultBaseURL: String {
        switch self {
        case .anthropic: "https://api.anthropic.com"
        case .openAI: "https://api.openai.com/v1"
        }
    }
}
