import LLM
import TestSupport

/// Clients pointed at a fake server, with test-friendly timings.
enum Fixture {
    static let key = "sk-test-PLANTED-0123456789abcdef-SECRET"

    static func configuration(
        _ server: FakeLLMServer,
        _ provider: LLMProvider,
        streaming: Bool = true,
        concurrency: Int = 16,
        readTimeout: Duration = .seconds(20)
    ) -> LLMClientConfiguration {
        LLMClientConfiguration(
            baseURL: provider == .anthropic ? server.anthropicBaseURL : server.openAIBaseURL,
            apiKey: APIKey(key),
            streaming: streaming,
            retry: RetryPolicy(
                maxRetries: 8,
                initialBackoff: .milliseconds(2),
                maximumBackoff: .milliseconds(20)
            ),
            maxConcurrency: concurrency,
            readTimeout: readTimeout
        )
    }

    static func client(
        _ server: FakeLLMServer,
        _ provider: LLMProvider,
        streaming: Bool = true,
        concurrency: Int = 16,
        readTimeout: Duration = .seconds(20)
    ) throws -> any LLMClient {
        let configuration = configuration(
            server,
            provider,
            streaming: streaming,
            concurrency: concurrency,
            readTimeout: readTimeout
        )
        return switch provider {
        case .anthropic: try AnthropicClient(configuration: configuration)
        case .openAI: try OpenAIClient(configuration: configuration)
        }
    }

    static func model(_ provider: LLMProvider) -> String {
        provider == .anthropic ? "claude-sonnet-4-5-20250929" : "gpt-4o-mini"
    }

    /// Every provider × streaming combination.
    static let modes: [(LLMProvider, Bool)] = [
        (.anthropic, true), (.anthropic, false), (.openAI, true), (.openAI, false),
    ]
}
