/// Anthropic Messages wire types (the parts the client reads) and request encoding.
enum AnthropicWire {
    struct Message: Decodable, Equatable {
        var id: String?
        var model: String?
        var content: [Block]?
        var stopReason: String?
        var usage: UsageBody?

        enum CodingKeys: String, CodingKey {
            case id, model, content, usage
            case stopReason = "stop_reason"
        }
    }

    struct Block: Decodable, Equatable {
        var type: String
        var text: String?
        var id: String?
        var name: String?
        var input: JSONValue?
        var thinking: String?
        var signature: String?
        var data: String?
    }

    struct UsageBody: Decodable, Equatable {
        var inputTokens: Int?
        var outputTokens: Int?
        var cacheCreationInputTokens: Int?
        var cacheReadInputTokens: Int?

        enum CodingKeys: String, CodingKey {
            case inputTokens = "input_tokens"
            case outputTokens = "output_tokens"
            case cacheCreationInputTokens = "cache_creation_input_tokens"
            case cacheReadInputTokens = "cache_read_input_tokens"
        }
    }

    struct Delta: Decodable, Equatable {
        var type: String?
        var text: String?
        var partialJSON: String?
        var thinking: String?
        var signature: String?
        var stopReason: String?

        enum CodingKeys: String, CodingKey {
            case type, text, thinking, signature
            case partialJSON = "partial_json"
            case stopReason = "stop_reason"
        }
    }

    struct ErrorBody: Decodable, Equatable {
        var type: String?
        var message: String?
    }

    /// The request body for `request`, sending only what `capabilities` accepts.
    static func body(
        for request: ChatRequest,
        capabilities: ModelCapabilities,
        promptCaching: Bool,
        stream: Bool
    ) throws(LLMError) -> JSONValue {
        let members = try bodyMembers(
            for: request,
            capabilities: capabilities,
            promptCaching: promptCaching,
            stream: stream
        )
        return .object(Dictionary(uniqueKeysWithValues: members))
    }

    /// The body's JSON bytes, as ``body(for:capabilities:promptCaching:stream:)``'s `jsonBytes()` are,
    /// written without building its top-level dictionary.
    static func bodyBytes(
        for request: ChatRequest,
        capabilities: ModelCapabilities,
        promptCaching: Bool,
        stream: Bool
    ) throws(LLMError) -> [UInt8] {
        let members = try bodyMembers(
            for: request,
            capabilities: capabilities,
            promptCaching: promptCaching,
            stream: stream
        )
        return JSONValue.objectBytes(members)
    }

    /// The body's top-level members (distinct keys).
    static func bodyMembers(
        for request: ChatRequest,
        capabilities: ModelCapabilities,
        promptCaching: Bool,
        stream: Bool
    ) throws(LLMError) -> [(key: String, value: JSONValue)] {
        var body: [(key: String, value: JSONValue)] = [
            ("model", .string(request.model)),
            ("max_tokens", .number(Double(request.maxTokens))),
        ]
        body.reserveCapacity(9)
        let cache = promptCaching && capabilities.supportsPromptCaching
        // Used only when caching: not built (a dictionary) for every other request.
        let ephemeral: JSONValue = cache ? .object(["type": .string("ephemeral")]) : .null
        let systemParts = ([request.system] + request.messages.filter { $0.role == .system }.map(\.content))
            .compactMap { $0 }.filter { !$0.isEmpty }
        if !systemParts.isEmpty {
            let text = systemParts.joined(separator: "\n\n")
            if cache {
                body.append(
                    (
                        "system",
                        .array([.object(["type": .string("text"), "text": .string(text), "cache_control": ephemeral])])
                    )
                )
            } else {
                body.append(("system", .string(text)))
            }
        }
        body.append(("messages", .array(messages(request.messages))))
        if let temperature = try capabilities.temperatureToSend(request.temperature, model: request.model) {
            body.append(("temperature", .number(temperature)))
        }
        if !request.stop.isEmpty, capabilities.supportsStop {
            body.append(("stop_sequences", .array(request.stop.map(JSONValue.string))))
        }
        if !request.tools.isEmpty {
            var tools: [JSONValue] = request.tools.map { tool in
                .object([
                    "name": .string(tool.name),
                    "description": .string(tool.description),
                    "input_schema": tool.parameters,
                ])
            }
            if cache, case .object(var last) = tools[tools.count - 1] {
                last["cache_control"] = ephemeral
                tools[tools.count - 1] = .object(last)
            }
            body.append(("tools", .array(tools)))
        }
        if let schema = request.responseSchema {
            body.append(
                ("output_config", .object(["format": .object(["type": .string("json_schema"), "schema": schema])]))
            )
        }
        if stream { body.append(("stream", .bool(true))) }
        return body
    }

    /// The conversation as Anthropic turns: tool results become `tool_result` blocks in a user turn,
    /// assistant turns carry `tool_use` blocks (or their thinking blocks whole), same-role turns merge.
    static func messages(_ messages: [ChatMessage]) -> [JSONValue] {
        var turns: [(role: String, blocks: [JSONValue])] = []
        for message in messages {
            let role: String
            var blocks: [JSONValue] = []
            switch message.role {
            case .system:
                continue
            case .user:
                role = "user"
                if !message.content.isEmpty { blocks.append(textBlock(message.content)) }
            case .tool:
                role = "user"
                blocks.append(
                    .object([
                        "type": .string("tool_result"),
                        "tool_use_id": .string(message.toolCallID ?? ""),
                        "content": .string(message.content),
                    ])
                )
            case .assistant:
                role = "assistant"
                if let opaque = message.opaqueContent, let value = try? JSONValue(parsing: opaque),
                    let original = value.arrayValue
                {
                    blocks = original
                } else {
                    if !message.content.isEmpty { blocks.append(textBlock(message.content)) }
                    for call in message.toolCalls {
                        let input = (try? JSONValue(parsing: call.arguments)) ?? .object([:])
                        blocks.append(
                            .object([
                                "type": .string("tool_use"), "id": .string(call.id), "name": .string(call.name),
                                "input": input.objectValue != nil ? input : .object([:]),
                            ])
                        )
                    }
                }
            }
            if let last = turns.last, last.role == role {
                turns[turns.count - 1].blocks += blocks
            } else {
                turns.append((role, blocks))
            }
        }
        return turns.map { turn in
            if turn.blocks.count == 1, let text = turn.blocks[0]["text"], turn.blocks[0]["type"] == .string("text") {
                return .object(["role": .string(turn.role), "content": text])
            }
            return .object(["role": .string(turn.role), "content": .array(turn.blocks)])
        }
    }

    private static func textBlock(_ text: String) -> JSONValue {
        .object(["type": .string("text"), "text": .string(text)])
    }

    /// The provider-neutral assistant turn for a finished message's content blocks.
    static func assistantMessage(_ blocks: [Block]) -> ChatMessage {
        var text = ""
        var calls: [ToolCall] = []
        var hasThinking = false
        for block in blocks {
            switch block.type {
            case "text": text += block.text ?? ""
            case "tool_use":
                calls.append(
                    ToolCall(
                        id: block.id ?? "",
                        name: block.name ?? "",
                        arguments: (block.input ?? .object([:])).jsonString()
                    )
                )
            case "thinking", "redacted_thinking": hasThinking = true
            default: break
            }
        }
        var message = ChatMessage.assistant(text, toolCalls: calls)
        if hasThinking {
            message.opaqueContent = JSONValue.array(blocks.map(blockJSON)).jsonString()
        }
        return message
    }

    private static func blockJSON(_ block: Block) -> JSONValue {
        var object: [String: JSONValue] = ["type": .string(block.type)]
        switch block.type {
        case "text": object["text"] = .string(block.text ?? "")
        case "tool_use":
            object["id"] = .string(block.id ?? "")
            object["name"] = .string(block.name ?? "")
            object["input"] = block.input ?? .object([:])
        case "thinking":
            object["thinking"] = .string(block.thinking ?? "")
            object["signature"] = .string(block.signature ?? "")
        case "redacted_thinking": object["data"] = .string(block.data ?? "")
        default: break
        }
        return .object(object)
    }

    /// Provider usage → our ``Usage`` (input excludes cache reads and writes, as Anthropic reports it).
    static func usage(_ body: UsageBody?) -> Usage {
        Usage(
            inputTokens: body?.inputTokens ?? 0,
            outputTokens: body?.outputTokens ?? 0,
            cacheReadTokens: body?.cacheReadInputTokens ?? 0,
            cacheWriteTokens: body?.cacheCreationInputTokens ?? 0
        )
    }
}
