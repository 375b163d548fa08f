internal import Crypto
internal import Foundation

/// Turns one Nemotron-format row into a ``Query``, or says why it cannot.
///
/// Reads the v1/v2 shape (`uuid`, `messages[{role, content, tool_calls}]`, `metadata` as a JSON string) and
/// the Llama-Nemotron shape (`input` as a message list or a string, `output`, `system_prompt`). The dataset's
/// system turns are dropped (the persona replaces them); the prompt is every turn up to the last user turn
/// before the first tool activity; the reference is read from the assistant turns after it.
struct NemotronNormalizer: Sendable {
    /// A row that could not be normalised, with the reason counted in the selection.
    struct Skip: Error, Equatable {
        var reason: String
    }

    /// The verification family a split belongs to, which decides what the reference is.
    enum Kind: Equatable {
        case math, code, toolCalling, other

        init(split: String) {
            switch split.lowercased() {
            case "math": self = .math
            case "code": self = .code
            case "tool_calling", "tool", "tools", "tool_use", "function_calling": self = .toolCalling
            default: self = .other
            }
        }
    }

    private struct Turn {
        var role: String
        var content: String
        var toolCalls: [RowValue]
    }

    /// Normalises `row` read from `source` as a member of `split`.
    func normalize(_ row: [String: RowValue], split: String, source: Query.Source) -> Result<Query, Skip> {
        let turns: [Turn]
        switch Self.turns(of: row) {
        case .success(let value): turns = value
        case .failure(let skip): return .failure(skip)
        }
        let conversation = turns.filter { $0.role != "system" && $0.role != "developer" }
        let firstTool = conversation.firstIndex { $0.role == "tool" || !$0.toolCalls.isEmpty } ?? conversation.count
        guard let lastUser = conversation[..<firstTool].lastIndex(where: { $0.role == "user" }) else {
            return .failure(Skip(reason: "no user turn"))
        }
        let prompt = conversation[...lastUser].map {
            Query.Message(
                role: $0.role,
                content: $0.role == "assistant" ? AnswerText.strippingThink($0.content) : $0.content
            )
        }
        let promptText = prompt[prompt.count - 1].content.trimmingWhitespace()
        if promptText.isEmpty || promptText == "-" {
            return .failure(Skip(reason: "empty prompt (blank upstream)"))
        }
        let answerTurns = conversation[(lastUser + 1)...]
        let finalAnswer = answerTurns.last { $0.role == "assistant" && $0.toolCalls.isEmpty }
        let referenceResponse = finalAnswer.map { AnswerText.strippingThink($0.content) }
        var query = Query(
            id: Self.id(of: row, prompt: prompt),
            split: split,
            messages: prompt,
            referenceResponse: referenceResponse,
            source: source
        )
        switch Kind(split: split) {
        case .math:
            guard let final = finalAnswer,
                let boxed = AnswerText.lastBoxed(AnswerText.strippingThink(final.content))
                    ?? AnswerText.lastBoxed(final.content)
            else { return .failure(Skip(reason: "math answer has no \\boxed{}")) }
            query.groundTruth = boxed
        case .code:
            query.referenceSolution = referenceResponse.flatMap(AnswerText.referenceProgram)?.code
        case .toolCalling:
            guard let tools = Self.tools(of: row), !tools.isEmpty else {
                return .failure(Skip(reason: "no tools in metadata"))
            }
            query.toolsJSON = RowValue.list(tools).jsonText
            let calls = answerTurns.flatMap(\.toolCalls).compactMap(Self.expectedCall)
            if !calls.isEmpty { query.groundTruth = RowValue.list(calls).jsonText }
        case .other:
            break
        }
        return .success(query)
    }

    // MARK: - Reading the row

    private static func turns(of row: [String: RowValue]) -> Result<[Turn], Skip> {
        if let messages = row["messages"]?.list ?? row["conversations"]?.list {
            let turns = messages.compactMap(turn)
            return turns.isEmpty ? .failure(Skip(reason: "no messages")) : .success(turns)
        }
        if let input = row["input"] {
            var turns: [Turn]
            if let list = input.list {
                turns = list.compactMap(turn)
            } else if let text = input.string {
                turns = llamaTurns(text)
            } else {
                return .failure(Skip(reason: "unreadable input"))
            }
            if let output = row["output"]?.string {
                turns.append(Turn(role: "assistant", content: output, toolCalls: []))
            }
            return turns.isEmpty ? .failure(Skip(reason: "no messages")) : .success(turns)
        }
        for key in ["prompt", "problem", "question"] {
            if let text = row[key]?.string {
                var turns = [Turn(role: "user", content: text, toolCalls: [])]
                if let answer = row["response"]?.string ?? row["solution"]?.string ?? row["answer"]?.string {
                    turns.append(Turn(role: "assistant", content: answer, toolCalls: []))
                }
                return .success(turns)
            }
        }
        return .failure(Skip(reason: "no messages column"))
    }

    private static func turn(_ value: RowValue) -> Turn? {
        guard let role = value["role"]?.string ?? value["from"]?.string else { return nil }
        let content = value["content"]?.string ?? value["value"]?.string ?? ""
        let calls = value["tool_calls"]?.list ?? []
        return Turn(role: normalizedRole(role), content: content, toolCalls: calls)
    }

    private static func normalizedRole(_ role: String) -> String {
        switch role.lowercased() {
        case "human": "user"
        case "gpt", "model": "assistant"
        case "function", "ipython": "tool"
        default: role.lowercased()
        }
    }

    /// An `input` stored as one string: Llama-3 header tokens if present, else one user turn.
    private static func llamaTurns(_ text: String) -> [Turn] {
        guard text.contains("<|start_header_id|>") else {
            return [Turn(role: "user", content: text, toolCalls: [])]
        }
        var turns: [Turn] = []
        for part in text.components(separatedBy: "<|start_header_id|>").dropFirst() {
            guard let end = part.range(of: "<|end_header_id|>") else { continue }
            let role = String(part[..<end.lowerBound]).trimmingWhitespace()
            var content = String(part[end.upperBound...])
            if let eot = content.range(of: "<|eot_id|>") { content = String(content[..<eot.lowerBound]) }
            turns.append(Turn(role: normalizedRole(role), content: content.trimmingWhitespace(), toolCalls: []))
        }
        return turns
    }

    /// The row's tools as `{name, description, parameters}` objects, from `metadata` (a JSON string or an
    /// object) or a `tools` column; OpenAI's `{type: function, function: {…}}` wrapping is removed.
    private static func tools(of row: [String: RowValue]) -> [RowValue]? {
        var candidates: [RowValue] = []
        for key in ["metadata", "tools"] {
            guard let value = row[key] else { continue }
            if let text = value.string, let parsed = try? RowValue(json: Data(text.utf8)) {
                candidates.append(parsed)
            } else {
                candidates.append(value)
            }
        }
        for candidate in candidates {
            let list = candidate["tools"]?.list ?? candidate.list
            guard let list else { continue }
            let tools = list.compactMap { tool -> RowValue? in
                let function = tool["function"]?.object ?? tool.object
                guard let function, let name = function["name"]?.string, !name.isEmpty else { return nil }
                return .object([
                    "name": .string(name),
                    "description": function["description"] ?? .string(""),
                    "parameters": function["parameters"] ?? .object(["type": .string("object")]),
                ])
            }
            if !tools.isEmpty { return tools }
        }
        return nil
    }

    /// A teacher call as `{name, arguments}` with the arguments parsed when they are a JSON string.
    private static func expectedCall(_ call: RowValue) -> RowValue? {
        let function = call["function"] ?? call
        guard let name = function["name"]?.string else { return nil }
        var arguments = function["arguments"] ?? .object([:])
        if let text = arguments.string, let parsed = try? RowValue(json: Data(text.utf8)) { arguments = parsed }
        return .object(["name": .string(name), "arguments": arguments])
    }

    /// The row's uuid, else `sha256:` and the first 32 hex digits of the prompt's hash.
    static func id(of row: [String: RowValue], prompt: [Query.Message]) -> String {
        for key in ["uuid", "id"] {
            if let text = row[key]?.string?.trimmingWhitespace(), !text.isEmpty { return text }
        }
        var hasher = SHA256()
        for message in prompt {
            hasher.update(data: Data(message.role.utf8))
            hasher.update(data: Data([0]))
            hasher.update(data: Data(message.content.utf8))
            hasher.update(data: Data([0]))
        }
        let hex = hasher.finalize().map { String(format: "%02x", $0) }.joined()
        return "sha256:" + hex.prefix(32)
    }
}
