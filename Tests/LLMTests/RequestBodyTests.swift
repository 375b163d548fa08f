import TestSupport
import Testing

@testable import LLM

/// The request bodies the clients send are written without a top-level dictionary; cache and cassette keys
/// hash them, so they must stay byte for byte the bodies' `jsonBytes()`.
@Suite struct RequestBodyTests {
    static let request = ChatRequest(
        model: "claude-sonnet-4-5-20250929",
        system: "Be brief.",
        messages: [
            .user("What is 6 × 7? Put the answer in \\boxed{}."),
            ChatMessage(
                role: .assistant,
                content: "Let me check.",
                toolCalls: [ToolCall(id: "call_1", name: "calc", arguments: #"{"expr":"6*7"}"#)]
            ),
            ChatMessage(role: .tool, content: "42", toolCallID: "call_1"),
        ],
        temperature: 0.7,
        maxTokens: 512,
        stop: ["</answer>"],
        tools: [
            ToolDefinition(
                name: "calc",
                description: "Evaluates an expression.",
                parameters: .object(["type": .string("object")])
            )
        ],
        seed: 7
    )

    @Test func anthropicBodyIsPinned() throws {
        let bytes = try AnthropicWire.bodyBytes(
            for: Self.request,
            capabilities: ModelCapabilities(provider: .anthropic),
            promptCaching: true,
            stream: true
        )
        #expect(
            String(decoding: bytes, as: UTF8.self)
                == #"{"max_tokens":512,"messages":[{"content":"What is 6 × 7? Put the answer in \\boxed{}.","role":"user"},{"content":[{"text":"Let me check.","type":"text"},{"id":"call_1","input":{"expr":"6*7"},"name":"calc","type":"tool_use"}],"role":"assistant"},{"content":[{"content":"42","tool_use_id":"call_1","type":"tool_result"}],"role":"user"}],"model":"claude-sonnet-4-5-20250929","stop_sequences":["</answer>"],"stream":true,"system":[{"cache_control":{"type":"ephemeral"},"text":"Be brief.","type":"text"}],"temperature":0.7,"tools":[{"cache_control":{"type":"ephemeral"},"description":"Evaluates an expression.","input_schema":{"type":"object"},"name":"calc"}]}"#
        )
    }

    @Test func openAIBodyIsPinned() throws {
        var request = Self.request
        request.model = "gpt-4o-mini"
        let bytes = try OpenAIWire.bodyBytes(
            for: request,
            capabilities: ModelCapabilities(provider: .openAI),
            n: 2,
            stream: true
        )
        #expect(
            String(decoding: bytes, as: UTF8.self)
                == #"{"max_tokens":512,"messages":[{"content":"Be brief.","role":"system"},{"content":"What is 6 × 7? Put the answer in \\boxed{}.","role":"user"},{"content":"Let me check.","role":"assistant","tool_calls":[{"function":{"arguments":"{\"expr\":\"6*7\"}","name":"calc"},"id":"call_1","type":"function"}]},{"content":"42","role":"tool","tool_call_id":"call_1"}],"model":"gpt-4o-mini","n":2,"seed":7,"stop":["</answer>"],"stream":true,"stream_options":{"include_usage":true},"temperature":0.7,"tools":[{"function":{"description":"Evaluates an expression.","name":"calc","parameters":{"type":"object"}},"type":"function"}]}"#
        )
    }

    /// Random requests and capabilities: the bytes written from the members equal the dictionary body's.
    @Test(arguments: 0..<3) func randomBodiesEqualTheDictionaryBodies(seed: UInt64) throws {
        var generator = SplitMix64(seed: seed &+ 0xB0D1)
        func below(_ bound: Int) -> Int { Int(generator.next() % UInt64(bound)) }
        func text() -> String {
            let alphabet = Array("aZ 09_é😀\"\\\n\t/<>{}")
            return String((0..<below(10)).map { _ in alphabet[below(alphabet.count)] })
        }
        func flag() -> Bool { below(2) == 0 }
        for _ in 0..<150 {
            let roles: [ChatMessage.Role] = [.system, .user, .assistant, .tool]
            let messages = (0..<below(6)).map { _ in
                let role = roles[below(roles.count)]
                return ChatMessage(
                    role: role,
                    content: text(),
                    toolCalls: role == .assistant && flag()
                        ? [ToolCall(id: text(), name: text(), arguments: flag() ? #"{"x":[1,2.5,null]}"# : text())]
                        : [],
                    toolCallID: role == .tool ? text() : nil
                )
            }
            let request = ChatRequest(
                model: flag() ? "gpt-4o-mini" : "claude-x",
                system: flag() ? text() : nil,
                messages: messages,
                temperature: flag() ? Double(below(21)) / 10 : nil,
                maxTokens: below(5000),
                stop: flag() ? (0..<below(6)).map { _ in text() } : [],
                tools: flag()
                    ? (0..<1 + below(3)).map { _ in
                        ToolDefinition(
                            name: text(),
                            description: text(),
                            parameters: .object(["type": .string("object")])
                        )
                    }
                    : [],
                seed: flag() ? below(1000) : nil,
                responseSchema: flag()
                    ? .object(["type": .string("object"), "required": .array([.string(text())])]) : nil
            )
            let anthropic = ModelCapabilities(
                provider: .anthropic,
                temperatureRange: 0...2,
                supportsStop: flag(),
                supportsPromptCaching: flag()
            )
            let caching = flag()
            let stream = flag()
            #expect(
                try AnthropicWire.bodyBytes(
                    for: request,
                    capabilities: anthropic,
                    promptCaching: caching,
                    stream: stream
                )
                    == AnthropicWire.body(for: request, capabilities: anthropic, promptCaching: caching, stream: stream)
                    .jsonBytes()
            )
            let openAI = ModelCapabilities(
                provider: .openAI,
                usesMaxCompletionTokens: flag(),
                supportsSeed: flag(),
                supportsStop: flag()
            )
            let n = 1 + below(3)
            #expect(
                try OpenAIWire.bodyBytes(for: request, capabilities: openAI, n: n, stream: stream)
                    == OpenAIWire.body(for: request, capabilities: openAI, n: n, stream: stream).jsonBytes()
            )
        }
    }
}
