/// Builds one Anthropic message from its SSE events (`message_start` … `message_stop`).
struct AnthropicStreamAccumulator {
    private(set) var message = AnthropicWire.Message()
    private var blocks: [Int: AnthropicWire.Block] = [:]
    private var partialJSON: [Int: String] = [:]
    private(set) var finished = false

    /// Applies one event; throws the failure an `error` event carries or a malformed event.
    mutating func apply(_ event: ServerSentEvent) throws(LLMError) {
        guard !event.bytes.isEmpty else { return }
        let decoded: AnthropicWire.Event
        do {
            decoded = try AnthropicWire.Event.parse(event.bytes)
        } catch {
            throw LLMError(.malformedResponse, "Anthropic sent a stream event that is not valid JSON")
        }
        switch decoded.type {
        case "message_start":
            if let start = decoded.message { message = start }
        case "content_block_start":
            if let index = decoded.index, let block = decoded.contentBlock { blocks[index] = block }
        case "content_block_delta":
            guard let index = decoded.index, let delta = decoded.delta else { return }
            // In place: copying a block out and back would copy its text on every event (quadratic).
            if blocks[index] == nil { blocks[index] = AnthropicWire.Block(type: "text") }
            switch delta.type {
            case "text_delta": blocks[index]?.text.append(delta.text ?? "")
            case "input_json_delta": partialJSON[index, default: ""] += delta.partialJSON ?? ""
            case "thinking_delta": blocks[index]?.thinking.append(delta.thinking ?? "")
            case "signature_delta": blocks[index]?.signature.append(delta.signature ?? "")
            default: break
            }
        case "content_block_stop":
            guard let index = decoded.index, let json = partialJSON.removeValue(forKey: index) else { return }
            if !json.isEmpty {
                guard
                    let input = try? JSONScanner.parse(
                        Array(json.utf8),
                        { scanner throws(JSONScanner.Failure) in
                            try scanner.readValue()
                        }
                    )
                else {
                    throw LLMError(.malformedResponse, "Anthropic streamed tool input that is not valid JSON")
                }
                blocks[index]?.input = input
            }
        case "message_delta":
            if let reason = decoded.delta?.stopReason { message.stopReason = reason }
            if let usage = decoded.usage {
                var merged = message.usage ?? AnthropicWire.UsageBody()
                merged.outputTokens = usage.outputTokens ?? merged.outputTokens
                merged.inputTokens = usage.inputTokens ?? merged.inputTokens
                merged.cacheReadInputTokens = usage.cacheReadInputTokens ?? merged.cacheReadInputTokens
                merged.cacheCreationInputTokens = usage.cacheCreationInputTokens ?? merged.cacheCreationInputTokens
                message.usage = merged
            }
        case "message_stop":
            finished = true
        case "error":
            let type = decoded.error?.type ?? "error"
            let text = decoded.error?.message ?? "stream error"
            let code: LLMError.Code =
                switch type {
                case "overloaded_error", "api_error", "timeout_error": .serverError
                case "rate_limit_error": .rateLimited
                case "authentication_error", "permission_error", "billing_error": .authentication
                default: .invalidRequest
                }
            throw LLMError(code, "Anthropic stream failed after HTTP 200 (\(type)): \(text.prefix(300))")
        default:
            break
        }
    }

    /// The message with its content blocks in index order.
    var result: AnthropicWire.Message {
        var finished = message
        finished.content = blocks.keys.sorted().compactMap { blocks[$0] }
        return finished
    }
}
