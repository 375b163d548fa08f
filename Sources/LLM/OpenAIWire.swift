/// OpenAI Chat Completions wire types (the parts the client reads) and request encoding.
enum OpenAIWire {
    struct Completion: Decodable, Equatable {
        var model: String?
        var choices: [Choice]?
        var usage: UsageBody?
        var error: ErrorBody?
    }

    struct Choice: Decodable, Equatable {
        var index: Int?
        var message: MessageBody?
        var delta: MessageBody?
        var finishReason: String?

        enum CodingKeys: String, CodingKey {
            case index, message, delta
            case finishReason = "finish_reason"
        }
    }

    struct MessageBody: Decodable, Equatable {
        var content: String?
        var refusal: String?
        var toolCalls: [ToolCallBody]?

        enum CodingKeys: String, CodingKey {
            case content, refusal
            case toolCalls = "tool_calls"
        }
    }

    struct ToolCallBody: Decodable, Equatable {
        var index: Int?
        var id: String?
        var function: FunctionBody?
    }

    struct FunctionBody: Decodable, Equatable {
        var name: String?
        var arguments: String?
    }

    struct UsageBody: Decodable, Equatable {
        var promptTokens: Int?
        var completionTokens: Int?
        var promptTokensDetails: PromptDetails?

        enum CodingKeys: String, CodingKey {
            case promptTokens = "prompt_tokens"
            case completionTokens = "completion_tokens"
            case promptTokensDetails = "prompt_tokens_details"
        }
    }

    struct PromptDetails: Decodable, Equatable {
        var cachedTokens: Int?
        var cacheWriteTokens: Int?

        enum CodingKeys: String, CodingKey {
            case cachedTokens = "cached_tokens"
            case cacheWriteTokens = "cache_write_tokens"
        }
    }

    struct ErrorBody: Decodable, Equatable {
        var message: String?
        var type: String?
    }

    /// The request body for `request` asking for `n` choices, sending only what `capabilities` accepts.
    static func body(
        for request: ChatRequest,
        capabilities: ModelCapabilities,
        n: Int,
        stream: Bool
    ) throws(LLMError) -> JSONValue {
        .object(
            Dictionary(
                uniqueKeysWithValues: try bodyMembers(for: request, capabilities: capabilities, n: n, stream: stream)
            )
        )
    }

    /// The body's JSON bytes, as ``body(for:capabilities:n:stream:)``'s `jsonBytes()` are, written without
    /// building its top-level dictionary.
    static func bodyBytes(
        for request: ChatRequest,
        capabilities: ModelCapabilities,
        n: Int,
        stream: Bool
    ) throws(LLMError) -> [UInt8] {
        let members = try bodyMembers(for: request, capabilities: capabilities, n: n, stream: stream)
        return JSONValue.objectBytes(members)
    }

    /// The body's top-level members (distinct keys).
    static func bodyMembers(
        for request: ChatRequest,
        capabilities: ModelCapabilities,
        n: Int,
        stream: Bool
    ) throws(LLMError) -> [(key: String, value: JSONValue)] {
        var body: [(key: String, value: JSONValue)] = [
            ("model", .string(request.model)),
            ("messages", .array(messages(system: request.system, request.messages))),
            (
                capabilities.usesMaxCompletionTokens ? "max_completion_tokens" : "max_tokens",
                .number(Double(request.maxTokens))
            ),
        ]
        body.reserveCapacity(11)
        if let temperature = try capabilities.temperatureToSend(request.temperature, model: request.model) {
            body.append(("temperature", .number(temperature)))
        }
        if !request.stop.isEmpty, capabilities.supportsStop {
            body.append(("stop", .array(request.stop.prefix(4).map(JSONValue.string))))
        }
        if let seed = request.seed, capabilities.supportsSeed { body.append(("seed", .number(Double(seed)))) }
        if n > 1 { body.append(("n", .number(Double(n)))) }
        if !request.tools.isEmpty {
            let tools: [JSONValue] = request.tools.map { tool in
                .object([
                    "type": .string("function"),
                    "function": .object([
                        "name": .string(tool.name),
                        "description": .string(tool.description),
                        "parameters": tool.parameters,
                    ]),
                ])
            }
            body.append(("tools", .array(tools)))
        }
        if let schema = request.responseSchema {
            let format: JSONValue = .object([
                "type": .string("json_schema"),
                "json_schema": .object(["name": .string("response"), "schema": schema, "strict": .bool(true)]),
            ])
            body.append(("response_format", format))
        }
        if stream {
            body.append(("stream", .bool(true)))
            body.append(("stream_options", .object(["include_usage": .bool(true)])))
        }
        return body
    }

    /// The conversation as OpenAI messages: the persona first as `system`, tool results as `tool` turns.
    static func messages(system: String?, _ messages: [ChatMessage]) -> [JSONValue] {
        var result: [JSONValue] = []
        if let system, !system.isEmpty {
            result.append(.object(["role": .string("system"), "content": .string(system)]))
        }
        for message in messages {
            switch message.role {
            case .system, .user:
                result.append(.object(["role": .string(message.role.rawValue), "content": .string(message.content)]))
            case .tool:
                result.append(
                    .object([
                        "role": .string("tool"),
                        "tool_call_id": .string(message.toolCallID ?? ""),
                        "content": .string(message.content),
                    ])
                )
            case .assistant:
                var object: [String: JSONValue] = [
                    "role": .string("assistant"),
                    "content": message.content.isEmpty && !message.toolCalls.isEmpty ? .null : .string(message.content),
                ]
                if !message.toolCalls.isEmpty {
                    object["tool_calls"] = .array(
                        message.toolCalls.map { call in
                            .object([
                                "id": .string(call.id),
                                "type": .string("function"),
                                "function": .object(["name": .string(call.name), "arguments": .string(call.arguments)]),
                            ])
                        }
                    )
                }
                result.append(.object(object))
            }
        }
        return result
    }

    /// Provider usage → our ``Usage``: `prompt_tokens` includes cached tokens, so they are taken out.
    static func usage(_ body: UsageBody?) -> Usage {
        let cached = body?.promptTokensDetails?.cachedTokens ?? 0
        let written = body?.promptTokensDetails?.cacheWriteTokens ?? 0
        return Usage(
            inputTokens: max(0, (body?.promptTokens ?? 0) - cached - written),
            outputTokens: body?.completionTokens ?? 0,
            cacheReadTokens: cached,
            cacheWriteTokens: written
        )
    }

    /// Splits one response's usage over `count` choices: input to the first, output evenly (remainder
    /// to the first ones), so the parts add up to the server's figures exactly.
    static func split(_ usage: Usage, count: Int) -> [Usage] {
        guard count > 1 else { return [usage] }
        return (0..<count).map { index in
            let share = usage.outputTokens / count + (index < usage.outputTokens % count ? 1 : 0)
            return index == 0
                ? Usage(
                    inputTokens: usage.inputTokens,
                    outputTokens: share,
                    cacheReadTokens: usage.cacheReadTokens,
                    cacheWriteTokens: usage.cacheWriteTokens
                )
                : Usage(outputTokens: share)
        }
    }

    /// The assistant turn of one choice (a refusal's text stands in for missing content).
    static func assistantMessage(_ body: MessageBody?) -> ChatMessage {
        let calls = (body?.toolCalls ?? []).map { call in
            ToolCall(id: call.id ?? "", name: call.function?.name ?? "", arguments: call.function?.arguments ?? "")
        }
        return ChatMessage.assistant(body?.content ?? body?.refusal ?? "", toolCalls: calls)
    }
}
