/// Reading the Anthropic wire types with ``JSONScanner`` (the parts of stream events and whole messages):
/// the same members as their `Decodable` conformances, which batch result lines still use.
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
            case "type": value.type = try scanner.readString(as: { Self.knownType($0) ?? $0.text })
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
