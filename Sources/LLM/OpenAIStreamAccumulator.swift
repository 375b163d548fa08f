/// Builds the choices of one OpenAI chat completion from its SSE chunks (until `data: [DONE]`).
struct OpenAIStreamAccumulator {
    struct Partial {
        var content = ""
        var refusal: String?
        var calls: [Int: PartialCall] = [:]
        var finishReason: String?
    }

    struct PartialCall {
        var id = ""
        var name = ""
        var arguments = ""

        mutating func apply(_ call: OpenAIWire.ToolCallBody) {
            if let id = call.id { self.id = id }
            if let name = call.function?.name { self.name += name }
            if let arguments = call.function?.arguments { self.arguments += arguments }
        }
    }

    private(set) var choices: [Int: Partial] = [:]
    private(set) var usage: OpenAIWire.UsageBody?
    private(set) var model: String?
    private(set) var finished = false

    /// Applies one event's data; throws the failure an `{"error": …}` chunk carries or a malformed chunk.
    mutating func apply(_ data: UnsafeBufferPointer<UInt8>) throws(LLMError) {
        if data.starts(with: "[DONE]".utf8) {
            finished = true
            return
        }
        guard !data.isEmpty else { return }
        let chunk: OpenAIWire.Completion
        do {
            chunk = try OpenAIWire.Completion.parse(data)
        } catch {
            throw LLMError(.malformedResponse, "OpenAI sent a stream chunk that is not valid JSON")
        }
        if let error = chunk.error {
            throw LLMError(
                .serverError,
                "OpenAI stream failed after HTTP 200 (\(error.type ?? "error")): \((error.message ?? "").prefix(300))"
            )
        }
        if let model = chunk.model { self.model = model }
        if let usage = chunk.usage { self.usage = usage }
        for choice in chunk.choices ?? [] {
            // In place: copying a partial out and back would copy its text on every chunk (quadratic).
            Self.apply(choice, to: &choices[choice.index ?? 0, default: Partial()])
        }
    }

    private static func apply(_ choice: OpenAIWire.Choice, to partial: inout Partial) {
        if let delta = choice.delta {
            if let content = delta.content { partial.content += content }
            if let refusal = delta.refusal { partial.refusal.append(refusal) }
            for call in delta.toolCalls ?? [] {
                let position = call.index ?? partial.calls.count
                partial.calls[position, default: PartialCall()].apply(call)
            }
        }
        if let reason = choice.finishReason { partial.finishReason = reason }
    }

    /// The finished choices in index order.
    var result: [(message: ChatMessage, finishReason: String)] {
        choices.keys.sorted().compactMap { index in
            guard let partial = choices[index] else { return nil }
            let calls = partial.calls.keys.sorted().compactMap { position in
                partial.calls[position].map { ToolCall(id: $0.id, name: $0.name, arguments: $0.arguments) }
            }
            let text = partial.content.isEmpty ? (partial.refusal ?? "") : partial.content
            return (ChatMessage.assistant(text, toolCalls: calls), partial.finishReason ?? "stop")
        }
    }
}
