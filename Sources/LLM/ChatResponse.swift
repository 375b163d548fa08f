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
