/// Builds one Anthropic message from its SSE events (`message_start` … `message_stop`).
struct AnthropicStreamAccumulator {
    private(set) var message = AnthropicWire.Message()
    /// The content blocks by their `index` (a handful: a linear search beats hashing).
    private var blocks: [(index: Int, block: AnthropicWire.Block)] = []
    private var partialJSON: [Int: String] = [:]
    private(set) var finished = false

    /// Applies one event's data; throws the failure an `error` event carries or a malformed event.
    mutating func apply(_ data: UnsafeBufferPointer<UInt8>) throws(LLMError) {
        guard !data.isEmpty else { return }
        let decoded: AnthropicWire.Event
        do {
            decoded = try AnthropicWire.Event.parse(data)
        } catch {
            throw LLMError(.malformedResponse, "Anthropic sent a stream event that is not valid JSON")
        }
        switch decoded.type {
        case "message_start":
            if let start = decoded.message { message = start }
        case "content_block_start":
            if let index = decoded.index, let block = decoded.contentBlock {
                if let position = position(of: index) {
                    blocks[position].block = block
                } else {
                    blocks.append((index, block))
                }
            }
        case "content_block_delta":
            guard let index = decoded.index, let delta = decoded.delta else { return }
            // In place: copying a block out and back would copy its text on every event (quadratic).
            let position =
                position(of: index)
                ?? {
                    blocks.append((index, AnthropicWire.Block(type: "text")))
                    return blocks.count - 1
                }()
            switch delta.type {
            case "text_delta": blocks[position].block.text.append(delta.text ?? "")
            case "input_json_delta": partialJSON[index, default: ""] += delta.partialJSON ?? ""
            case "thinking_delta": blocks[position].block.thinking.append(delta.thinking ?? "")
            case "signature_delta": blocks[position].block.signature.append(delta.signature ?? "")
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
                if let position = position(of: index) { blocks[position].block.input = input }
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
        finished.content = blocks.sorted { $0.index < $1.index }.map(\.block)
        return finished
    }

    private func position(of index: Int) -> Int? {
        blocks.firstIndex { $0.index == index }
    }
}
