@testable import LLM

/// One Anthropic stream event whole, for the tests that compare ``JSONScanner``'s reading of the wire types
/// with `JSONDecoder`'s (the client reads an event's members straight into its accumulator instead).
extension AnthropicWire {
    struct Event: Decodable, Equatable {
        var type: String
        var message: Message?
        var index: Int?
        var contentBlock: Block?
        var delta: Delta?
        var usage: UsageBody?
        var error: ErrorBody?

        enum CodingKeys: String, CodingKey {
            case type, message, index, delta, usage, error
            case contentBlock = "content_block"
        }
    }
}

extension AnthropicWire.Event {
    /// Reads one event with the wire types' scanning initialisers; an event without a `type` is malformed.
    static func parse(_ bytes: [UInt8]) throws(JSONScanner.Failure) -> Self {
        try JSONScanner.parse(bytes) { scanner throws(JSONScanner.Failure) in
            var event = Self(type: "")
            var type: String?
            try scanner.readObject { scanner, key throws(JSONScanner.Failure) in
                switch key {
                case "type": type = try scanner.readString()
                case "message": event.message = try scanner.readOptional(AnthropicWire.Message.init(scanning:))
                case "index": event.index = try scanner.readInt()
                case "content_block":
                    event.contentBlock = try scanner.readOptional(AnthropicWire.Block.init(scanning:))
                case "delta": event.delta = try scanner.readOptional(AnthropicWire.Delta.init(scanning:))
                case "usage": event.usage = try scanner.readOptional(AnthropicWire.UsageBody.init(scanning:))
                case "error": event.error = try scanner.readOptional(AnthropicWire.ErrorBody.init(scanning:))
                default: try scanner.skipValue()
                }
            }
            guard let type else { throw JSONScanner.Failure(message: "an event without a type", offset: 0) }
            event.type = type
            return event
        }
    }
}
