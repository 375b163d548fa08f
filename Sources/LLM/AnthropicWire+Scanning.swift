/// Reading the Anthropic wire types with ``JSONScanner`` (stream events and whole messages): the same
/// members as their `Decodable` conformances, which batch result lines still use.
extension AnthropicWire.Event {
    /// Reads one stream event; an event without a `type` is malformed.
    ///
    /// Members go to locals, not to a copy of the event passed through `readObject(into:)`: the event,
    /// with a whole message and block inline, is large enough for those copies to cost more than the rest.
    init(scanning scanner: inout JSONScanner) throws(JSONScanner.Failure) {
        var type: String?
        var message: AnthropicWire.Message?
        var index: Int?
        var contentBlock: AnthropicWire.Block?
        var delta: AnthropicWire.Delta?
        var usage: AnthropicWire.UsageBody?
        var error: AnthropicWire.ErrorBody?
        try scanner.readObject { scanner, key throws(JSONScanner.Failure) in
            switch key {
            case "type": type = try scanner.readString(literals: Self.knownType)
            case "message": message = try scanner.readOptional(AnthropicWire.Message.init(scanning:))
            case "index": index = try scanner.readInt()
            case "content_block": contentBlock = try scanner.readOptional(AnthropicWire.Block.init(scanning:))
            case "delta": delta = try scanner.readOptional(AnthropicWire.Delta.init(scanning:))
            case "usage": usage = try scanner.readOptional(AnthropicWire.UsageBody.init(scanning:))
            case "error": error = try scanner.readOptional(AnthropicWire.ErrorBody.init(scanning:))
            default: try scanner.skipValue()
            }
        }
        guard let type else { throw JSONScanner.Failure(message: "an event without a type", offset: 0) }
        self.init(
            type: type,
            message: message,
            index: index,
            contentBlock: contentBlock,
            delta: delta,
            usage: usage,
            error: error
        )
    }

    /// Parses a whole document as an event.
    static func parse(_ bytes: [UInt8]) throws(JSONScanner.Failure) -> Self {
        try JSONScanner.parse(bytes, Self.init(scanning:))
    }

    /// Parses a whole document in `buffer` as an event.
    static func parse(_ buffer: UnsafeBufferPointer<UInt8>) throws(JSONScanner.Failure) -> Self {
        try JSONScanner.parse(buffer, Self.init(scanning:))
    }

    /// An event type Anthropic sends, as a literal: reading it allocates nothing (most are longer than a
    /// small string).
    static func knownType(_ key: JSONScanner.Key) -> String? {
        switch key {
        case "content_block_delta": "content_block_delta"
        case "content_block_start": "content_block_start"
        case "content_block_stop": "content_block_stop"
        case "message_start": "message_start"
        case "message_delta": "message_delta"
        case "message_stop": "message_stop"
        case "ping": "ping"
        case "error": "error"
        default: nil
        }
    }
}

extension AnthropicWire.Message {
    init(scanning scanner: inout JSONScanner) throws(JSONScanner.Failure) {
        self = try scanner.readObject(into: Self()) { value, scanner, key throws(JSONScanner.Failure) in
            switch key {
            case "id": value.id = try scanner.readString()
            case "model": value.model = try scanner.readString()
            case "content":
                value.content = try scanner.readOptional { scanner throws(JSONScanner.Failure) in
                    try scanner.readArray(of: AnthropicWire.Block.init(scanning:))
                }
            case "stop_reason": value.stopReason = try scanner.readString()
            case "usage": value.usage = try scanner.readOptional(AnthropicWire.UsageBody.init(scanning:))
            default: try scanner.skipValue()
            }
        }
    }

    /// Parses a whole document as a message.
    static func parse(_ bytes: [UInt8]) throws(JSONScanner.Failure) -> Self {
        try JSONScanner.parse(bytes, Self.init(scanning:))
    }
}

extension AnthropicWire.Block {
    /// Reads a content block; a block without a `type` is malformed.
    init(scanning scanner: inout JSONScanner) throws(JSONScanner.Failure) {
        var type: String?
        var value = try scanner.readObject(into: Self(type: "")) { value, scanner, key throws(JSONScanner.Failure) in
            switch key {
            case "type": type = try scanner.readString()
            case "text": value.text = try scanner.readString()
            case "id": value.id = try scanner.readString()
            case "name": value.name = try scanner.readString()
            case "input":
                value.input = try scanner.readOptional { scanner throws(JSONScanner.Failure) in
                    try scanner.readValue()
                }
            case "thinking": value.thinking = try scanner.readString()
            case "signature": value.signature = try scanner.readString()
            case "data": value.data = try scanner.readString()
            default: try scanner.skipValue()
            }
        }
        guard let type else { throw JSONScanner.Failure(message: "a content block without a type", offset: 0) }
        value.type = type
        self = value
    }
}

extension AnthropicWire.UsageBody {
    init(scanning scanner: inout JSONScanner) throws(JSONScanner.Failure) {
        self = try scanner.readObject(into: Self()) { value, scanner, key throws(JSONScanner.Failure) in
            switch key {
            case "input_tokens": value.inputTokens = try scanner.readInt()
            case "output_tokens": value.outputTokens = try scanner.readInt()
            case "cache_creation_input_tokens": value.cacheCreationInputTokens = try scanner.readInt()
            case "cache_read_input_tokens": value.cacheReadInputTokens = try scanner.readInt()
            default: try scanner.skipValue()
            }
        }
    }
}

extension AnthropicWire.Delta {
    /// A delta type Anthropic sends, as a literal: reading it allocates nothing.
    static func knownType(_ key: JSONScanner.Key) -> String? {
        switch key {
        case "text_delta": "text_delta"
        case "input_json_delta": "input_json_delta"
        case "thinking_delta": "thinking_delta"
        case "signature_delta": "signature_delta"
        default: nil
        }
    }

    init(scanning scanner: inout JSONScanner) throws(JSONScanner.Failure) {
        self = try scanner.readObject(into: Self()) { value, scanner, key throws(JSONScanner.Failure) in
            switch key {
            case "type": value.type = try scanner.readString(literals: Self.knownType)
            case "text": value.text = try scanner.readString()
            case "partial_json": value.partialJSON = try scanner.readString()
            case "thinking": value.thinking = try scanner.readString()
            case "signature": value.signature = try scanner.readString()
            case "stop_reason": value.stopReason = try scanner.readString()
            default: try scanner.skipValue()
            }
        }
    }
}

extension AnthropicWire.ErrorBody {
    init(scanning scanner: inout JSONScanner) throws(JSONScanner.Failure) {
        self = try scanner.readObject(into: Self()) { value, scanner, key throws(JSONScanner.Failure) in
            switch key {
            case "type": value.type = try scanner.readString()
            case "message": value.message = try scanner.readString()
            default: try scanner.skipValue()
            }
        }
    }
}
