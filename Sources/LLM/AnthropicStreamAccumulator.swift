/// Builds one Anthropic message from its SSE events (`message_start` … `message_stop`).
struct AnthropicStreamAccumulator: EventAccumulator {
    private(set) var message = AnthropicWire.Message()
    /// The content blocks by their `index` (a handful: a linear search beats hashing).
    private var blocks: [(index: Int, block: AnthropicWire.Block)] = []
    private var partialJSON: [Int: String] = [:]
    private(set) var finished = false

    /// The event types acted on.
    private enum Kind {
        case messageStart, blockStart, blockDelta, blockStop, messageDelta, messageStop, error, other

        init(_ key: JSONScanner.Key) {
            self =
                switch key {
                case "content_block_delta": .blockDelta
                case "content_block_start": .blockStart
                case "content_block_stop": .blockStop
                case "message_start": .messageStart
                case "message_delta": .messageDelta
                case "message_stop": .messageStop
                case "error": .error
                default: .other
                }
        }
    }

    /// Applies one event's data; throws the failure an `error` event carries or a malformed event.
    mutating func apply(_ data: UnsafeBufferPointer<UInt8>) throws(LLMError) {
        if let (index, text) = Self.textDelta(data) {
            appendText(text, toBlock: index)
            return
        }
        try applyAnyEvent(data)
    }

    /// The index and text of a `content_block_delta` event carrying a `text_delta` whose members come in
    /// the order Anthropic sends them (most of a stream's events), read without the general member
    /// dispatch; `nil` for any other event or order, which ``applyAnyEvent(_:)`` reads to the same effect.
    static func textDelta(_ data: UnsafeBufferPointer<UInt8>) -> (index: Int, text: String)? {
        try? JSONScanner.parse(data) { scanner throws(JSONScanner.Failure) in
            guard try scanner.consume(#"{"type":"content_block_delta","index":"#),
                let index = try scanner.readInt(),
                try scanner.consume(#","delta":{"type":"text_delta","text":"#),
                let text = try scanner.readString(),
                try scanner.consume("}}")
            else { throw JSONScanner.Failure(message: "not a text delta in Anthropic's order", offset: 0) }
            return (index, text)
        }
    }

    /// Applies one event's data read member by member, whatever their order.
    mutating func applyAnyEvent(_ data: UnsafeBufferPointer<UInt8>) throws(LLMError) {
        guard !data.isEmpty else { return }
        var kind: Kind?
        var index: Int?
        var start: AnthropicWire.Message?
        var block: AnthropicWire.Block?
        var delta: AnthropicWire.Delta?
        var usage: AnthropicWire.UsageBody?
        var failure: AnthropicWire.ErrorBody?
        do {
            try JSONScanner.parse(data) { scanner throws(JSONScanner.Failure) in
                try scanner.readObject { scanner, key throws(JSONScanner.Failure) in
                    switch key {
                    case "type": kind = try scanner.readString(as: Kind.init)
                    case "message": start = try scanner.readOptional(AnthropicWire.Message.init(scanning:))
                    case "index": index = try scanner.readInt()
                    case "content_block": block = try scanner.readOptional(AnthropicWire.Block.init(scanning:))
                    case "delta": delta = try scanner.readOptional(AnthropicWire.Delta.init(scanning:))
                    case "usage": usage = try scanner.readOptional(AnthropicWire.UsageBody.init(scanning:))
                    case "error": failure = try scanner.readOptional(AnthropicWire.ErrorBody.init(scanning:))
                    default: try scanner.skipValue()
                    }
                }
            }
        } catch {
            throw LLMError(.malformedResponse, "Anthropic sent a stream event that is not valid JSON")
        }
        guard let kind else {
            throw LLMError(.malformedResponse, "Anthropic sent a stream event that is not valid JSON")
        }
        switch kind {
        case .messageStart:
            if let start { message = start }
        case .blockStart:
            if let index, let block {
                if let position = position(of: index) {
                    blocks[position].block = block
                } else {
                    blocks.append((index, block))
                }
            }
        case .blockDelta:
            guard let index, let delta else { return }
            if delta.type == "text_delta" {
                appendText(delta.text ?? "", toBlock: index)
                return
            }
            let position = position(creatingTextBlock: index)
            switch delta.type {
            case "input_json_delta": partialJSON[index, default: ""] += delta.partialJSON ?? ""
            case "thinking_delta": blocks[position].block.thinking.append(delta.thinking ?? "")
            case "signature_delta": blocks[position].block.signature.append(delta.signature ?? "")
            default: break
            }
        case .blockStop:
            guard let index, let json = partialJSON.removeValue(forKey: index) else { return }
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
        case .messageDelta:
            if let reason = delta?.stopReason { message.stopReason = reason }
            if let usage {
                var merged = message.usage ?? AnthropicWire.UsageBody()
                merged.outputTokens = usage.outputTokens ?? merged.outputTokens
                merged.inputTokens = usage.inputTokens ?? merged.inputTokens
                merged.cacheReadInputTokens = usage.cacheReadInputTokens ?? merged.cacheReadInputTokens
                merged.cacheCreationInputTokens = usage.cacheCreationInputTokens ?? merged.cacheCreationInputTokens
                message.usage = merged
            }
        case .messageStop:
            finished = true
        case .error:
            let type = failure?.type ?? "error"
            let text = failure?.message ?? "stream error"
            let code: LLMError.Code =
                switch type {
                case "overloaded_error", "api_error", "timeout_error": .serverError
                case "rate_limit_error": .rateLimited
                case "authentication_error", "permission_error", "billing_error": .authentication
                default: .invalidRequest
                }
            throw LLMError(code, "Anthropic stream failed after HTTP 200 (\(type)): \(text.prefix(300))")
        case .other:
            break
        }
    }

    /// The message with its content blocks in index order.
    var result: AnthropicWire.Message {
        var finished = message
        finished.content = blocks.sorted { $0.index < $1.index }.map(\.block)
        return finished
    }

    /// Appends a text delta to block `index` (a text block when none started).
    private mutating func appendText(_ text: String, toBlock index: Int) {
        // In place: copying a block out and back would copy its text on every event (quadratic).
        blocks[position(creatingTextBlock: index)].block.text.append(text)
    }

    /// The position of block `index`, appending an empty text block when none started.
    private mutating func position(creatingTextBlock index: Int) -> Int {
        if let position = position(of: index) { return position }
        blocks.append((index, AnthropicWire.Block(type: "text")))
        return blocks.count - 1
    }

    private func position(of index: Int) -> Int? {
        blocks.firstIndex { $0.index == index }
    }
}
