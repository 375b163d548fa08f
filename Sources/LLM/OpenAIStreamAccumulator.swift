import Foundation

/// Builds the choices of one OpenAI chat completion from its SSE chunks (until `data: [DONE]`).
struct OpenAIStreamAccumulator {
    struct Partial {
        var content = ""
        var refusal: String?
        var calls: [Int: (id: String, name: String, arguments: String)] = [:]
        var finishReason: String?
    }

    private(set) var choices: [Int: Partial] = [:]
    private(set) var usage: OpenAIWire.UsageBody?
    private(set) var model: String?
    private(set) var finished = false
    private let decoder = JSONDecoder()

    /// Applies one event; throws the failure an `{"error": …}` chunk carries or a malformed chunk.
    mutating func apply(_ event: ServerSentEvent) throws(LLMError) {
        if event.data.hasPrefix("[DONE]") {
            finished = true
            return
        }
        guard !event.data.isEmpty else { return }
        let chunk: OpenAIWire.Completion
        do {
            chunk = try decoder.decode(OpenAIWire.Completion.self, from: Data(event.data.utf8))
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
            let index = choice.index ?? 0
            var partial = choices[index] ?? Partial()
            if let delta = choice.delta {
                partial.content += delta.content ?? ""
                if let refusal = delta.refusal { partial.refusal = (partial.refusal ?? "") + refusal }
                for call in delta.toolCalls ?? [] {
                    let position = call.index ?? partial.calls.count
                    var current = partial.calls[position] ?? ("", "", "")
                    if let id = call.id { current.id = id }
                    if let name = call.function?.name { current.name += name }
                    current.arguments += call.function?.arguments ?? ""
                    partial.calls[position] = current
                }
            }
            if let reason = choice.finishReason { partial.finishReason = reason }
            choices[index] = partial
        }
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
