import Foundation
import Hummingbird

extension FakeLLMServer {
    /// The 200 answer for a plan, streamed or whole, with any body-level fault applied.
    func render(_ plan: Plan) -> Response {
        let request = plan.request
        let events: [String]
        let whole: String
        switch request.api {
        case .anthropic:
            events = anthropicEvents(plan)
            whole = anthropicMessage(plan)
        case .openAI:
            events = openAIEvents(plan)
            whole = openAICompletion(plan)
        }
        var headers = plan.headers
        headers.append((request.api == .anthropic ? "request-id" : "x-request-id", "req_fake_\(plan.id)"))
        switch plan.fault {
        case .errorInOKBody:
            let error =
                request.api == .anthropic
                ? #"{"type":"error","error":{"type":"api_error","message":"upstream model failed"}}"#
                : #"{"error":{"message":"upstream model failed","type":"server_error"}}"#
            return response(status: 200, contentType: "application/json", headers: headers, body: [error])
        case .htmlPage:
            let page = "<html>\n<body><h1>502 Bad Gateway</h1></body>\n</html>\n"
            return response(status: 200, contentType: "text/html; charset=utf-8", headers: headers, body: [page])
        default:
            break
        }
        if !request.stream {
            switch plan.fault {
            case .malformedJSON:
                return response(
                    status: 200,
                    contentType: "application/json",
                    headers: headers,
                    body: [String(whole.prefix(whole.count / 2))]
                )
            case .dropMidStream, .truncatedStream, .midStreamError:
                let half = String(whole.prefix(whole.count / 2))
                return response(
                    status: 200,
                    contentType: "application/json",
                    headers: headers,
                    body: [half],
                    drop: true
                )
            default:
                return response(status: 200, contentType: "application/json", headers: headers, body: [whole])
            }
        }
        var chunks = plan.omitsFinalEvent ? events.dropLast() : events
        var drop = false
        let cut = max(1, chunks.count / 2)
        switch plan.fault {
        case .dropMidStream:
            chunks = Array(chunks.prefix(cut))
            drop = true
        case .truncatedStream:
            chunks = Array(chunks.prefix(cut))
        case .malformedJSON:
            chunks =
                Array(chunks.prefix(cut)) + [
                    request.api == .anthropic
                        ? "event: content_block_delta\ndata: {\"type\":\n\n" : "data: {\"id\":\n\n"
                ]
        case .midStreamError:
            let error =
                request.api == .anthropic
                ? "event: error\ndata: {\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}\n\n"
                : "data: {\"error\":{\"message\":\"The server had an error while processing your request.\",\"type\":\"server_error\",\"param\":null,\"code\":null}}\n\n"
            chunks = Array(chunks.prefix(cut)) + [error]
        default:
            break
        }
        return response(status: 200, contentType: "text/event-stream", headers: headers, body: chunks, drop: drop)
    }

    // MARK: Anthropic

    private func anthropicBlocks(_ reply: FakeReply, id: String) -> [[String: Any]] {
        var blocks: [[String: Any]] = []
        if let thinking = reply.thinking {
            blocks.append(["type": "thinking", "thinking": thinking, "signature": "sig_\(id)"])
        }
        if !reply.text.isEmpty || reply.toolCalls.isEmpty {
            blocks.append(["type": "text", "text": reply.text])
        }
        for (index, call) in reply.toolCalls.enumerated() {
            let input = (try? JSONSerialization.jsonObject(with: Data(call.arguments.utf8))) ?? [String: Any]()
            blocks.append([
                "type": "tool_use", "id": call.id ?? "toolu_\(id)_\(index)", "name": call.name, "input": input,
            ])
        }
        return blocks
    }

    private func anthropicStop(_ reply: FakeReply) -> String {
        reply.finishReason ?? (reply.toolCalls.isEmpty ? "end_turn" : "tool_use")
    }

    private func anthropicUsage(_ usage: FakeUsage, output: Int) -> [String: Any] {
        [
            "input_tokens": usage.input, "output_tokens": output,
            "cache_creation_input_tokens": usage.cacheWrite, "cache_read_input_tokens": usage.cacheRead,
            "service_tier": "standard",
        ]
    }

    func anthropicMessage(_ plan: Plan) -> String {
        let reply = plan.replies.first ?? FakeReply(text: "partial")
        return Self.json([
            "id": "msg_fake_\(plan.id)", "type": "message", "role": "assistant", "model": plan.request.model,
            "content": anthropicBlocks(reply, id: plan.id), "stop_reason": anthropicStop(reply),
            "stop_sequence": NSNull(), "usage": anthropicUsage(plan.usage, output: plan.usage.output),
        ])
    }

    private func anthropicEvents(_ plan: Plan) -> [String] {
        let reply = plan.replies.first ?? FakeReply(text: "partial answer text")
        func event(_ name: String, _ data: [String: Any]) -> String {
            "event: \(name)\ndata: \(Self.json(data))\n\n"
        }
        var events = [
            event(
                "message_start",
                [
                    "type": "message_start",
                    "message": [
                        "id": "msg_fake_\(plan.id)", "type": "message", "role": "assistant",
                        "model": plan.request.model,
                        "content": [Any](), "stop_reason": NSNull(), "stop_sequence": NSNull(),
                        "usage": anthropicUsage(plan.usage, output: 1),
                    ] as [String: Any],
                ]
            )
        ]
        for (index, block) in anthropicBlocks(reply, id: plan.id).enumerated() {
            let type = block["type"] as? String ?? "text"
            var start = block
            switch type {
            case "text": start["text"] = ""
            case "thinking":
                start["thinking"] = ""
                start["signature"] = ""
            default: start["input"] = [String: Any]()
            }
            events.append(
                event("content_block_start", ["type": "content_block_start", "index": index, "content_block": start])
            )
            if index == 0 { events.append("event: ping\ndata: {\"type\": \"ping\"}\n\n") }
            func delta(_ payload: [String: Any]) {
                events.append(
                    event("content_block_delta", ["type": "content_block_delta", "index": index, "delta": payload])
                )
            }
            switch type {
            case "text":
                for piece in Self.pieces(block["text"] as? String ?? "") {
                    delta(["type": "text_delta", "text": piece])
                }
            case "thinking":
                for piece in Self.pieces(block["thinking"] as? String ?? "") {
                    delta(["type": "thinking_delta", "thinking": piece])
                }
                delta(["type": "signature_delta", "signature": block["signature"] as? String ?? ""])
            default:
                let input = Self.json(block["input"] ?? [String: Any]())
                delta(["type": "input_json_delta", "partial_json": ""])
                for piece in Self.pieces(input, size: 7) { delta(["type": "input_json_delta", "partial_json": piece]) }
            }
            events.append(event("content_block_stop", ["type": "content_block_stop", "index": index]))
        }
        events.append(
            event(
                "message_delta",
                [
                    "type": "message_delta",
                    "delta": ["stop_reason": anthropicStop(reply), "stop_sequence": NSNull()] as [String: Any],
                    "usage": ["output_tokens": plan.usage.output],
                ]
            )
        )
        events.append(event("message_stop", ["type": "message_stop"]))
        return events
    }

    // MARK: OpenAI

    private func openAIFinish(_ reply: FakeReply) -> String {
        reply.finishReason ?? (reply.toolCalls.isEmpty ? "stop" : "tool_calls")
    }

    private func openAIUsage(_ usage: FakeUsage) -> [String: Any] {
        var details: [String: Any] = ["cached_tokens": usage.cacheRead, "audio_tokens": 0]
        if usage.cacheWrite > 0 { details["cache_write_tokens"] = usage.cacheWrite }
        let prompt = usage.input + usage.cacheRead + usage.cacheWrite
        return [
            "prompt_tokens": prompt, "completion_tokens": usage.output, "total_tokens": prompt + usage.output,
            "prompt_tokens_details": details,
            "completion_tokens_details": ["reasoning_tokens": 0, "audio_tokens": 0] as [String: Any],
        ]
    }

    private func openAIToolCalls(_ reply: FakeReply, id: String) -> [[String: Any]] {
        reply.toolCalls.enumerated().map { index, call in
            [
                "id": call.id ?? "call_\(id)_\(index)", "type": "function",
                "function": ["name": call.name, "arguments": call.arguments],
            ]
        }
    }

    func openAICompletion(_ plan: Plan) -> String {
        let replies = plan.replies.isEmpty ? [FakeReply(text: "partial")] : plan.replies
        let choices: [[String: Any]] = replies.enumerated().map { index, reply in
            var message: [String: Any] = [
                "role": "assistant", "content": reply.text.isEmpty && !reply.toolCalls.isEmpty ? NSNull() : reply.text,
                "refusal": NSNull(), "annotations": [Any](),
            ]
            if !reply.toolCalls.isEmpty { message["tool_calls"] = openAIToolCalls(reply, id: plan.id) }
            return ["index": index, "message": message, "logprobs": NSNull(), "finish_reason": openAIFinish(reply)]
        }
        return Self.json([
            "id": "chatcmpl-fake\(plan.id)", "object": "chat.completion", "created": 1_700_000_000,
            "model": plan.request.model, "choices": choices, "usage": openAIUsage(plan.usage),
            "service_tier": "default", "system_fingerprint": "fp_fake",
        ])
    }

    private func openAIEvents(_ plan: Plan) -> [String] {
        let replies = plan.replies.isEmpty ? [FakeReply(text: "partial answer text")] : plan.replies
        let includeUsage = plan.request.includeUsage
        func chunk(_ choices: [[String: Any]], usage: Any = NSNull()) -> String {
            let body: [String: Any] = [
                "id": "chatcmpl-fake\(plan.id)", "object": "chat.completion.chunk", "created": 1_700_000_000,
                "model": plan.request.model, "system_fingerprint": "fp_fake", "choices": choices,
                "usage": includeUsage ? usage : NSNull(),
            ]
            return "data: \(Self.json(body))\n\n"
        }
        func choice(_ index: Int, _ delta: [String: Any], finish: Any = NSNull()) -> [String: Any] {
            ["index": index, "delta": delta, "logprobs": NSNull(), "finish_reason": finish]
        }
        var perChoice: [[String]] = []
        for (index, reply) in replies.enumerated() {
            var events = [chunk([choice(index, ["role": "assistant", "content": ""])])]
            for piece in Self.pieces(reply.text) { events.append(chunk([choice(index, ["content": piece])])) }
            for (position, call) in openAIToolCalls(reply, id: plan.id).enumerated() {
                let function = call["function"] as? [String: Any] ?? [:]
                let first: [String: Any] = [
                    "index": position, "id": call["id"] ?? "", "type": "function",
                    "function": ["name": function["name"] ?? "", "arguments": ""],
                ]
                events.append(chunk([choice(index, ["tool_calls": [first]])]))
                for piece in Self.pieces(function["arguments"] as? String ?? "", size: 7) {
                    let more: [String: Any] = ["index": position, "function": ["arguments": piece]]
                    events.append(chunk([choice(index, ["tool_calls": [more]])]))
                }
            }
            events.append(chunk([choice(index, [:], finish: openAIFinish(reply))]))
            perChoice.append(events)
        }
        // Interleave the choices' chunks, as the API does for n > 1.
        var events: [String] = []
        var position = 0
        while perChoice.contains(where: { position < $0.count }) {
            for list in perChoice where position < list.count { events.append(list[position]) }
            position += 1
        }
        if includeUsage { events.append(chunk([], usage: openAIUsage(plan.usage))) }
        events.append("data: [DONE]\n\n")
        return events
    }

    /// `text` cut into pieces of `size` characters (at least one piece).
    static func pieces(_ text: String, size: Int = 16) -> [String] {
        guard !text.isEmpty else { return [] }
        var result: [String] = []
        var current = ""
        for character in text {
            current.append(character)
            if current.count >= size {
                result.append(current)
                current = ""
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }
}
