public import LLM

/// Everything one tool-calling episode produced: the turns, the final answer, what it cost, and how it ended.
///
/// A failed model call is a value here (``error``), never a throw: the turns before it are kept.
public struct AgentOutcome: Sendable, Hashable {
    /// The turns this episode added after the request's own messages: assistant turns (with their tool
    /// calls), one tool turn per call, and the final assistant turn.
    public var newMessages: [ChatMessage]
    /// The whole conversation: the request's messages followed by ``newMessages`` (the system prompt is not
    /// included; it is the request's `system`).
    public var messages: [ChatMessage]
    /// The final assistant text (the last assistant turn's text, even when the turn limit cut the episode).
    public var finalText: String
    /// The result of every tool call, in call order.
    public var toolResults: [ToolResult]
    /// How many model calls were made.
    public var turns: Int
    /// True when the model was still calling tools when the turn limit was reached.
    public var hitTurnLimit: Bool
    /// Token counts of the generator's calls, summed.
    public var usage: Usage
    /// Token counts of the LLM tool mock's calls, summed (cache hits are free).
    public var mockUsage: Usage
    /// Cost of the generator's calls, summed; `nil` when any call's price was unknown.
    public var costUSD: Double?
    /// Cost of the LLM tool mock's calls, summed; `nil` when unknown.
    public var mockCostUSD: Double?
    /// Wall time of the generator's calls, summed, in milliseconds.
    public var latencyMs: Double
    /// The last response's finish reason (`turn_limit` when the limit cut the episode, `error` on failure).
    public var finishReason: String
    /// The model that answered, as the provider reported it.
    public var model: String
    /// Why the episode stopped early, when a model call failed after the client's retries.
    public var error: LLMError?
    /// Failures of the LLM tool mock (the calls got generic results instead).
    public var mockErrors: [LLMError]

    /// True when the episode ended with a final answer and no error.
    public var isComplete: Bool { error == nil && !hitTurnLimit }
}
