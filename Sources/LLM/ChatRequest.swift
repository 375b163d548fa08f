/// One request for a completion, in a provider-neutral form.
///
/// A client sends only the parameters its model accepts (see the LLM module's capability table);
/// ``candidateIndex`` identifies which of the N candidates this request is for, so caches and
/// replays never collapse N candidates into one.
public struct ChatRequest: Sendable, Hashable, Codable {
    /// The model id, as the provider names it.
    public var model: String
    /// The system prompt (the persona), sent in each provider's own place.
    public var system: String?
    /// The conversation so far.
    public var messages: [ChatMessage]
    /// Sampling temperature; `nil` leaves the provider's default.
    public var temperature: Double?
    /// Upper bound on generated tokens.
    public var maxTokens: Int
    /// Stop sequences.
    public var stop: [String]
    /// Tools the model may call.
    public var tools: [ToolDefinition]
    /// A per-candidate seed, sent where the provider has one.
    public var seed: Int?
    /// When set, the reply must be a JSON object matching this schema (structured output).
    public var responseSchema: JSONValue?
    /// Which candidate (0 … N−1) this request produces.
    public var candidateIndex: Int

    /// Creates a request.
    public init(
        model: String,
        system: String? = nil,
        messages: [ChatMessage],
        temperature: Double? = nil,
        maxTokens: Int = 1024,
        stop: [String] = [],
        tools: [ToolDefinition] = [],
        seed: Int? = nil,
        responseSchema: JSONValue? = nil,
        candidateIndex: Int = 0
    ) {
        self.model = model
        self.system = system
        self.messages = messages
        self.temperature = temperature
        self.maxTokens = maxTokens
        self.stop = stop
        self.tools = tools
        self.seed = seed
        self.responseSchema = responseSchema
        self.candidateIndex = candidateIndex
    }
}

/// Token counts of one response, as the provider reported them.
public struct Usage: Sendable, Hashable, Codable {
    /// Input tokens billed at the normal input price (excluding cache reads and writes).
    public var inputTokens: Int
    /// Output tokens.
    public var outputTokens: Int
    /// Input tokens read from the provider's prompt cache.
    public var cacheReadTokens: Int
    /// Input tokens written to the provider's prompt cache.
    public var cacheWriteTokens: Int

    /// Creates a usage record.
    public init(inputTokens: Int = 0, outputTokens: Int = 0, cacheReadTokens: Int = 0, cacheWriteTokens: Int = 0) {
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
        self.cacheReadTokens = cacheReadTokens
        self.cacheWriteTokens = cacheWriteTokens
    }
}

/// One completion: the assistant's turn plus what it cost.
public struct ChatResponse: Sendable, Hashable, Codable {
    /// The assistant turn (text, tool calls, opaque thinking blocks).
    public var message: ChatMessage
    /// The provider's stop or finish reason (`stop`, `length`, `end_turn`, `tool_use`, …).
    public var finishReason: String
    /// Token counts.
    public var usage: Usage
    /// The model that answered, as the provider reported it.
    public var model: String
    /// Cost in US dollars, or `nil` when the model's price is unknown.
    public var costUSD: Double?
    /// Wall time of the request, including retries, in milliseconds.
    public var latencyMs: Double

    /// Creates a response.
    public init(
        message: ChatMessage,
        finishReason: String,
        usage: Usage,
        model: String,
        costUSD: Double?,
        latencyMs: Double
    ) {
        self.message = message
        self.finishReason = finishReason
        self.usage = usage
        self.model = model
        self.costUSD = costUSD
        self.latencyMs = latencyMs
    }

    /// The text of the assistant turn.
    public var text: String { message.content }
}

/// Something that answers chat requests: a provider's HTTP client, or a replay of recorded answers.
///
/// This is the seam between the run engine and the providers.
public protocol LLMClient: Sendable {
    /// Sends one request and returns the completion, after the client's own retries.
    ///
    /// - Throws: ``LLMError`` when the request could not be completed.
    func complete(_ request: ChatRequest) async throws(LLMError) -> ChatResponse
}
