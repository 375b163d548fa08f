/// A scripted answer of ``FakeLLMServer``: text, tool calls, optional thinking, optional usage.
package struct FakeReply: Sendable, Hashable {
    /// The answer text.
    package var text: String
    /// Tool calls the model makes, in order.
    package var toolCalls: [FakeToolCall]
    /// Anthropic: a thinking block sent before the text (with a signature), to be sent back whole.
    package var thinking: String?
    /// The stop or finish reason; `nil` picks the natural one (`end_turn`/`stop`, or `tool_use`/`tool_calls`).
    package var finishReason: String?
    /// Token counts to report; `nil` computes them from the texts (one token per 4 bytes, at least 1).
    package var usage: FakeUsage?

    /// Creates a reply.
    package init(
        text: String = "",
        toolCalls: [FakeToolCall] = [],
        thinking: String? = nil,
        finishReason: String? = nil,
        usage: FakeUsage? = nil
    ) {
        self.text = text
        self.toolCalls = toolCalls
        self.thinking = thinking
        self.finishReason = finishReason
        self.usage = usage
    }

    /// A plain text reply.
    package static func text(_ text: String) -> FakeReply { FakeReply(text: text) }

    /// A reply that calls one tool with `arguments` (a JSON object text).
    package static func toolCall(_ name: String, arguments: String, id: String? = nil, text: String = "") -> FakeReply {
        FakeReply(text: text, toolCalls: [FakeToolCall(id: id, name: name, arguments: arguments)])
    }
}

/// A tool call in a ``FakeReply``.
package struct FakeToolCall: Sendable, Hashable {
    /// The call id; `nil` generates `toolu_…` / `call_…` ids.
    package var id: String?
    /// The tool name.
    package var name: String
    /// The arguments as JSON object text.
    package var arguments: String

    /// Creates a tool call.
    package init(id: String? = nil, name: String, arguments: String) {
        self.id = id
        self.name = name
        self.arguments = arguments
    }
}

/// Token counts a ``FakeReply`` reports (normalised: `input` excludes cache reads and writes).
package struct FakeUsage: Sendable, Hashable {
    /// Plain input tokens.
    package var input: Int
    /// Output tokens.
    package var output: Int
    /// Input tokens read from the cache.
    package var cacheRead: Int
    /// Input tokens written to the cache.
    package var cacheWrite: Int

    /// Creates usage.
    package init(input: Int, output: Int, cacheRead: Int = 0, cacheWrite: Int = 0) {
        self.input = input
        self.output = output
        self.cacheRead = cacheRead
        self.cacheWrite = cacheWrite
    }

    /// The fake tokenizer: one token per 4 bytes, at least 1 for non-empty text.
    package static func tokens(_ text: String) -> Int {
        text.isEmpty ? 0 : max(1, (text.utf8.count + 3) / 4)
    }
}
