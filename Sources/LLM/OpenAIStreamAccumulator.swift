/// Builds the choices of one OpenAI chat completion from its SSE chunks (until `data: [DONE]`).
struct OpenAIStreamAccumulator: EventAccumulator {
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

    /// The choices so far, by their `index` (usually one: a linear search beats hashing).
    private var choices: [(index: Int, partial: Partial)] = []
    private(set) var usage: OpenAIWire.UsageBody?
    private(set) var model: String?
    private(set) var finished = false

    /// Applies one event's data; throws the failure an `{"error": …}` chunk carries or a malformed chunk.
    ///
    /// Reads the chunk's members straight into the answer (as `OpenAIWire.Completion` reads them), without
    /// building the chunk first: a chunk is a few bytes of text in a larger envelope, read on every token.
    mutating func apply(_ data: UnsafeBufferPointer<UInt8>) throws(LLMError) {
        if data.first == UInt8(ascii: "["), data.starts(with: "[DONE]".utf8) {
            finished = true
            return
        }
        guard !data.isEmpty else { return }
        // The closures below capture locals, not `self`: capturing the accumulator costs more than the parse.
        var choices: [(index: Int, partial: Partial)] = []
        swap(&choices, &self.choices)
        defer { swap(&choices, &self.choices) }
        var model = self.model
        var usage: OpenAIWire.UsageBody?
        var failure: OpenAIWire.ErrorBody?
        do {
            try JSONScanner.parse(data) { scanner throws(JSONScanner.Failure) in
                try scanner.readObject { scanner, key throws(JSONScanner.Failure) in
                    switch key {
                    case "model": if let name = try scanner.readString(reusing: model) { model = name }
                    case "choices":
                        _ = try scanner.readOptional { scanner throws(JSONScanner.Failure) in
                            try scanner.readArray { scanner throws(JSONScanner.Failure) in
                                Self.apply(try OpenAIWire.Choice(scanning: &scanner), to: &choices)
                            }
                        }
                    case "usage": usage = try scanner.readOptional(OpenAIWire.UsageBody.init(scanning:))
                    case "error": failure = try scanner.readOptional(OpenAIWire.ErrorBody.init(scanning:))
                    default: try scanner.skipValue()
                    }
                }
            }
        } catch {
            throw LLMError(.malformedResponse, "OpenAI sent a stream chunk that is not valid JSON")
        }
        if let failure {
            throw LLMError(
                .serverError,
                "OpenAI stream failed after HTTP 200 (\(failure.type ?? "error")): \((failure.message ?? "").prefix(300))"
            )
        }
        self.model = model
        if let usage { self.usage = usage }
    }

    private static func apply(_ choice: OpenAIWire.Choice, to choices: inout [(index: Int, partial: Partial)]) {
        let index = choice.index ?? 0
        // In place: copying a partial out and back would copy its text on every chunk (quadratic).
        if let position = choices.firstIndex(where: { $0.index == index }) {
            apply(choice, to: &choices[position].partial)
        } else {
            choices.append((index, Partial()))
            apply(choice, to: &choices[choices.count - 1].partial)
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
        choices.sorted { $0.index < $1.index }.map { _, partial in
            let calls = partial.calls.keys.sorted().compactMap { position in
                partial.calls[position].map { ToolCall(id: $0.id, name: $0.name, arguments: $0.arguments) }
            }
            let text = partial.content.isEmpty ? (partial.refusal ?? "") : partial.content
            return (ChatMessage.assistant(text, toolCalls: calls), partial.finishReason ?? "stop")
        }
    }
}
