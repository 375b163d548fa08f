/// Everything a provider client needs besides the requests themselves.
///
/// The defaults are what a run wants: streaming on, prompt caching and `n` on, SDK-like retries with a
/// larger budget for 429s, an adaptive concurrency limit with `maxConcurrency` as its ceiling.
public struct LLMClientConfiguration: Sendable {
    /// The base URL (`ANTHROPIC_BASE_URL` convention for Anthropic: the host alone; `OPENAI_BASE_URL`
    /// for OpenAI: including `/v1`); `nil` means the official endpoint.
    public var baseURL: String?
    /// The API key; `nil` sends no credential (local OpenAI-compatible servers).
    public var apiKey: APIKey?
    /// Stream responses (SSE) so that long answers never hit a read timeout.
    public var streaming: Bool
    /// Anthropic: put `cache_control` on the persona system prompt and the tool definitions.
    public var promptCaching: Bool
    /// OpenAI: ask for several candidates with `n` in one request when the model supports it.
    public var useN: Bool
    /// When to retry and how long to wait.
    public var retry: RetryPolicy
    /// The most requests in flight (a config's `concurrency`); the adaptive limit stays at or below it.
    public var maxConcurrency: Int
    /// Run the AIMD controller (false: a fixed limit of `maxConcurrency`).
    public var adaptiveRateLimiting: Bool
    /// Time allowed to open a connection.
    public var connectTimeout: Duration
    /// Time allowed between two reads of a response (idle timeout), not for the whole answer.
    public var readTimeout: Duration
    /// Time allowed for one attempt from start to the last byte.
    public var requestTimeout: Duration
    /// Model capabilities and prices (with a config's overrides).
    public var catalog: ModelCatalog
    /// Extra headers sent with every request, such as `anthropic-beta` or `OpenAI-Organization`.
    public var extraHeaders: [String: String]
    /// Polled before each attempt and during backoff; true ends the request with a `cancelled` error.
    ///
    /// A run being stopped sets it: a request not yet sent, or waiting to be tried again, is given up, while an
    /// attempt already sent is read to its end.
    public var stopRetrying: @Sendable () -> Bool

    /// Creates a configuration.
    public init(
        baseURL: String? = nil,
        apiKey: APIKey? = nil,
        streaming: Bool = true,
        promptCaching: Bool = true,
        useN: Bool = true,
        retry: RetryPolicy = .standard,
        maxConcurrency: Int = 64,
        adaptiveRateLimiting: Bool = true,
        connectTimeout: Duration = .seconds(10),
        readTimeout: Duration = .seconds(300),
        requestTimeout: Duration = .seconds(3600),
        catalog: ModelCatalog = .standard,
        extraHeaders: [String: String] = [:],
        stopRetrying: @escaping @Sendable () -> Bool = { false }
    ) {
        self.baseURL = baseURL
        self.apiKey = apiKey
        self.streaming = streaming
        self.promptCaching = promptCaching
        self.useN = useN
        self.retry = retry
        self.maxConcurrency = maxConcurrency
        self.adaptiveRateLimiting = adaptiveRateLimiting
        self.connectTimeout = connectTimeout
        self.readTimeout = readTimeout
        self.requestTimeout = requestTimeout
        self.catalog = catalog
        self.extraHeaders = extraHeaders
        self.stopRetrying = stopRetrying
    }
}
