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
