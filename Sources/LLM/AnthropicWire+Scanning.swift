/// Reading the Anthropic wire types with ``JSONScanner`` (stream events and whole messages): the same
/// members as their `Decodable` conformances, which batch result lines still use.
extension AnthropicWire.Event {
    /// Reads one stream event; an event without a `type` is malformed.
    init(scanning scanner: inout JSONScanner) throws(JSONScanner.Failure) {
        var type: String?
        var value = try scanner.readObject(into: Self(type: "")) { value, scanner, key throws(JSONScanner.Failure) in
            switch key {
            case "type": type = try scanner.readString()
            case "message": value.message = try scanner.readOptional(AnthropicWire.Message.init(scanning:))
            case "index": value.index = try scanner.readInt()
            case "content_block": value.contentBlock = try scanner.readOptional(AnthropicWire.Block.init(scanning:))
            case "delta": value.delta = try scanner.readOptional(AnthropicWire.Delta.init(scanning:))
            case "usage": value.usage = try scanner.readOptional(AnthropicWire.UsageBody.init(scanning:))
            case "error": value.error = try scanner.readOptional(AnthropicWire.ErrorBody.init(scanning:))
            default: try scanner.skipValue()
            }
        }
        guard let type else { throw JSONScanner.Failure(message: "an event without a type", offset: 0) }
        value.type = type
        self = value
    }

    /// Parses a whole document as an event.
    static func parse(_ bytes: [UInt8]) throws(JSONScanner.Failure) -> Self {
        try JSONScanner.parse(bytes, Self.init(scanning:))
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
    init(scanning scanner: inout JSONScanner) throws(JSONScanner.Failure) {
        self = try scanner.readObject(into: Self()) { value, scanner, key throws(JSONScanner.Failure) in
            switch key {
            case "type": value.type = try scanner.readString()
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
