/// Reading the OpenAI wire types with ``JSONScanner`` (stream chunks and whole completions): the same
/// members as their `Decodable` conformances, which batch result lines still use.
extension OpenAIWire.Completion {
    /// Reads a completion (or one stream chunk).
    init(scanning scanner: inout JSONScanner) throws(JSONScanner.Failure) {
        self = try scanner.readObject(into: Self()) { value, scanner, key throws(JSONScanner.Failure) in
            switch key {
            case "model": value.model = try scanner.readString()
            case "choices":
                value.choices = try scanner.readOptional { scanner throws(JSONScanner.Failure) in
                    try scanner.readArray(of: OpenAIWire.Choice.init(scanning:))
                }
            case "usage": value.usage = try scanner.readOptional(OpenAIWire.UsageBody.init(scanning:))
            case "error": value.error = try scanner.readOptional(OpenAIWire.ErrorBody.init(scanning:))
            default: try scanner.skipValue()
            }
        }
    }

    /// Parses a whole document as a completion.
    static func parse(_ bytes: [UInt8]) throws(JSONScanner.Failure) -> Self {
        try JSONScanner.parse(bytes, Self.init(scanning:))
    }

    /// Parses a whole document in `buffer` as a completion (one stream chunk).
    static func parse(_ buffer: UnsafeBufferPointer<UInt8>) throws(JSONScanner.Failure) -> Self {
        try JSONScanner.parse(buffer, Self.init(scanning:))
    }
}

extension OpenAIWire.Choice {
    init(scanning scanner: inout JSONScanner) throws(JSONScanner.Failure) {
        self = try scanner.readObject(into: Self()) { value, scanner, key throws(JSONScanner.Failure) in
            switch key {
            case "index": value.index = try scanner.readInt()
            case "message": value.message = try scanner.readOptional(OpenAIWire.MessageBody.init(scanning:))
            case "delta": value.delta = try scanner.readOptional(OpenAIWire.MessageBody.init(scanning:))
            case "finish_reason": value.finishReason = try scanner.readString()
            default: try scanner.skipValue()
            }
        }
    }
}

extension OpenAIWire.MessageBody {
    init(scanning scanner: inout JSONScanner) throws(JSONScanner.Failure) {
        self = try scanner.readObject(into: Self()) { value, scanner, key throws(JSONScanner.Failure) in
            switch key {
            case "content": value.content = try scanner.readString()
            case "refusal": value.refusal = try scanner.readString()
            case "tool_calls":
                value.toolCalls = try scanner.readOptional {
                    scanner throws(JSONScanner.Failure) in
                    try scanner.readArray(of: OpenAIWire.ToolCallBody.init(scanning:))
                }
            default: try scanner.skipValue()
            }
        }
    }
}

extension OpenAIWire.ToolCallBody {
    init(scanning scanner: inout JSONScanner) throws(JSONScanner.Failure) {
        self = try scanner.readObject(into: Self()) { value, scanner, key throws(JSONScanner.Failure) in
            switch key {
            case "index": value.index = try scanner.readInt()
            case "id": value.id = try scanner.readString()
            case "function": value.function = try scanner.readOptional(OpenAIWire.FunctionBody.init(scanning:))
            default: try scanner.skipValue()
            }
        }
    }
}

extension OpenAIWire.FunctionBody {
    init(scanning scanner: inout JSONScanner) throws(JSONScanner.Failure) {
        self = try scanner.readObject(into: Self()) { value, scanner, key throws(JSONScanner.Failure) in
            switch key {
            case "name": value.name = try scanner.readString()
            case "arguments": value.arguments = try scanner.readString()
            default: try scanner.skipValue()
            }
        }
    }
}

extension OpenAIWire.UsageBody {
    init(scanning scanner: inout JSONScanner) throws(JSONScanner.Failure) {
        self = try scanner.readObject(into: Self()) { value, scanner, key throws(JSONScanner.Failure) in
            switch key {
            case "prompt_tokens": value.promptTokens = try scanner.readInt()
            case "completion_tokens": value.completionTokens = try scanner.readInt()
            case "prompt_tokens_details":
                value.promptTokensDetails = try scanner.readOptional(OpenAIWire.PromptDetails.init(scanning:))
            default: try scanner.skipValue()
            }
        }
    }
}

extension OpenAIWire.PromptDetails {
    init(scanning scanner: inout JSONScanner) throws(JSONScanner.Failure) {
        self = try scanner.readObject(into: Self()) { value, scanner, key throws(JSONScanner.Failure) in
            switch key {
            case "cached_tokens": value.cachedTokens = try scanner.readInt()
            case "cache_write_tokens": value.cacheWriteTokens = try scanner.readInt()
            default: try scanner.skipValue()
            }
        }
    }
}

extension OpenAIWire.ErrorBody {
    init(scanning scanner: inout JSONScanner) throws(JSONScanner.Failure) {
        self = try scanner.readObject(into: Self()) { value, scanner, key throws(JSONScanner.Failure) in
            switch key {
            case "message": value.message = try scanner.readString()
            case "type": value.type = try scanner.readString()
            default: try scanner.skipValue()
            }
        }
    }
}
