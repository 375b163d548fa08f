package import Foundation

/// Which wire protocol a request to ``FakeLLMServer`` used.
package enum FakeAPI: String, Sendable, Hashable {
    /// `POST /v1/messages`.
    case anthropic
    /// `POST /v1/chat/completions`.
    case openAI
}

/// One request ``FakeLLMServer`` received, with the parts tests and responders look at.
package struct FakeLLMRequest: Sendable {
    /// A conversation turn as the wire carried it.
    package struct Turn: Sendable, Hashable {
        /// `user`, `assistant`, `system`, `developer` or `tool`.
        package var role: String
        /// The text of the turn (text blocks joined; for tool results the result text).
        package var text: String
        /// Names of the tools called in this turn.
        package var toolCallNames: [String]
        /// Ids of the tool calls this turn answers.
        package var toolResultIDs: [String]
        /// Content block types in order (Anthropic), such as `thinking`, `text` and `tool_use`.
        package var blockTypes: [String]
    }

    /// The protocol.
    package var api: FakeAPI
    /// Header values by lowercase name.
    package var headers: [String: String]
    /// The raw body text.
    package var bodyText: String
    /// The `model` field.
    package var model: String
    /// The system prompt (Anthropic `system`, OpenAI `system`/`developer` messages), joined.
    package var system: String?
    /// The turns after the system prompt.
    package var turns: [Turn]
    /// `stream: true`.
    package var stream: Bool
    /// OpenAI `stream_options.include_usage`.
    package var includeUsage: Bool
    /// OpenAI `n` (1 when absent).
    package var n: Int
    /// `temperature`, when sent.
    package var temperature: Double?
    /// `max_tokens` or `max_completion_tokens`, when sent.
    package var maxTokens: Int?
    /// The tool names offered.
    package var toolNames: [String]
    /// Whether any `cache_control` breakpoint was sent (Anthropic).
    package var cacheControl: Bool
    /// The text of the cacheable prefix (system text, plus tool definitions) used for cache accounting.
    package var cachePrefix: String
    /// The top-level body keys.
    package var bodyKeys: Set<String>

    /// The last user turn's text (empty when none).
    package var lastUserText: String {
        turns.last { $0.role == "user" }?.text ?? ""
    }

    /// All prompt text (system and turns) for the fake tokenizer.
    package var promptText: String {
        ([system ?? ""] + turns.map(\.text)).joined(separator: "\n")
    }

    /// Parses a body; `nil` when it is not a JSON object.
    package init?(api: FakeAPI, headers: [String: String], body: Data) {
        guard let object = (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] else { return nil }
        self.api = api
        self.headers = headers
        bodyText = String(decoding: body, as: UTF8.self)
        bodyKeys = Set(object.keys)
        model = object["model"] as? String ?? ""
        stream = object["stream"] as? Bool ?? false
        includeUsage = (object["stream_options"] as? [String: Any])?["include_usage"] as? Bool ?? false
        n = (object["n"] as? NSNumber)?.intValue ?? 1
        temperature = (object["temperature"] as? NSNumber)?.doubleValue
        maxTokens = ((object["max_tokens"] ?? object["max_completion_tokens"]) as? NSNumber)?.intValue
        let tools = object["tools"] as? [[String: Any]] ?? []
        toolNames = tools.compactMap {
            ($0["name"] as? String) ?? (($0["function"] as? [String: Any])?["name"] as? String)
        }
        var cache = tools.contains { $0["cache_control"] != nil } || object["cache_control"] != nil
        var systemTexts: [String] = []
        if let text = object["system"] as? String {
            systemTexts.append(text)
        } else if let blocks = object["system"] as? [[String: Any]] {
            for block in blocks {
                systemTexts.append(block["text"] as? String ?? "")
                if block["cache_control"] != nil { cache = true }
            }
        }
        var turns: [Turn] = []
        for message in object["messages"] as? [[String: Any]] ?? [] {
            let role = message["role"] as? String ?? ""
            var turn = Turn(role: role, text: "", toolCallNames: [], toolResultIDs: [], blockTypes: [])
            if let text = message["content"] as? String {
                turn.text = text
            } else if let blocks = message["content"] as? [[String: Any]] {
                var texts: [String] = []
                for block in blocks {
                    let type = block["type"] as? String ?? ""
                    turn.blockTypes.append(type)
                    if block["cache_control"] != nil { cache = true }
                    switch type {
                    case "text": texts.append(block["text"] as? String ?? "")
                    case "tool_use": turn.toolCallNames.append(block["name"] as? String ?? "")
                    case "tool_result":
                        turn.toolResultIDs.append(block["tool_use_id"] as? String ?? "")
                        if let text = block["content"] as? String { texts.append(text) }
                    default: break
                    }
                }
                turn.text = texts.joined(separator: "\n")
            }
            for call in message["tool_calls"] as? [[String: Any]] ?? [] {
                turn.toolCallNames.append((call["function"] as? [String: Any])?["name"] as? String ?? "")
            }
            if let id = message["tool_call_id"] as? String { turn.toolResultIDs.append(id) }
            if role == "system" || role == "developer", api == .openAI {
                systemTexts.append(turn.text)
            } else {
                turns.append(turn)
            }
        }
        self.turns = turns
        system = systemTexts.isEmpty ? nil : systemTexts.joined(separator: "\n\n")
        cacheControl = cache
        let toolText = tools.isEmpty ? "" : String(describing: tools.map { $0["name"] as? String ?? "" })
        cachePrefix = (system ?? "") + toolText
    }
}
