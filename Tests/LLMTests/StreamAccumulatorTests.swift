import TestSupport
import Testing

@testable import LLM

/// The accumulators read each event's members straight into the answer: text in order, tool calls and
/// their streamed arguments, usage and stop reasons, and a malformed event as a malformed response.
@Suite struct StreamAccumulatorTests {
    static func apply(_ events: [String], to accumulator: inout AnthropicStreamAccumulator) throws(LLMError) {
        for event in events {
            let bytes = Array(event.utf8)
            try bytes.withUnsafeBufferPointer { buffer throws(LLMError) in try accumulator.apply(buffer) }
        }
    }

    static func apply(_ chunks: [String], to accumulator: inout OpenAIStreamAccumulator) throws(LLMError) {
        for chunk in chunks {
            let bytes = Array(chunk.utf8)
            try bytes.withUnsafeBufferPointer { buffer throws(LLMError) in try accumulator.apply(buffer) }
        }
    }

    @Test func anthropicEventsBuildTheMessage() throws {
        var accumulator = AnthropicStreamAccumulator()
        try Self.apply(
            [
                #"{"type":"message_start","message":{"id":"m","model":"claude-x","content":[],"usage":{"input_tokens":9,"cache_read_input_tokens":4,"output_tokens":1}}}"#,
                #"{"type":"ping"}"#,
                #"{"index":0,"type":"content_block_start","content_block":{"type":"text","text":""}}"#,
                #"{"delta":{"text":"caf\u00e9 ","type":"text_delta"},"type":"content_block_delta","index":0}"#,
                #"{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"\"ok\""}}"#,
                #"{"type":"content_block_stop","index":0}"#,
                #"{"type":"content_block_start","index":1,"content_block":{"type":"tool_use","id":"t1","name":"get","input":{}}}"#,
                #"{"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta","partial_json":"{\"a\": "}}"#,
                #"{"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta","partial_json":"[1, 2]}"}}"#,
                #"{"type":"content_block_stop","index":1}"#,
                #"{"type":"message_delta","delta":{"stop_reason":"tool_use"},"usage":{"output_tokens":30}}"#,
            ],
            to: &accumulator
        )
        #expect(!accumulator.finished)
        try Self.apply([#"{"type":"message_stop"}"#], to: &accumulator)
        #expect(accumulator.finished)
        let message = accumulator.result
        #expect(message.model == "claude-x")
        #expect(message.stopReason == "tool_use")
        #expect(message.usage == AnthropicWire.UsageBody(inputTokens: 9, outputTokens: 30, cacheReadInputTokens: 4))
        #expect(message.content?.map(\.type) == ["text", "tool_use"])
        #expect(message.content?.first?.text == #"café "ok""#)
        #expect(message.content?.last?.input == .object(["a": .array([.number(1), .number(2)])]))
    }

    @Test(arguments: [
        (#"{"index":0}"#, LLMError.Code.malformedResponse),
        (#"{"type":null}"#, .malformedResponse),
        (#"{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"x"}"#, .malformedResponse),
        (#"{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}"#, .serverError),
        (#"{"type":"error","error":{"type":"rate_limit_error","message":"slow down"}}"#, .rateLimited),
    ])
    func anthropicBadEventsFail(event: String, code: LLMError.Code) {
        var accumulator = AnthropicStreamAccumulator()
        #expect(performing: { try Self.apply([event], to: &accumulator) }, throws: { ($0 as? LLMError)?.code == code })
    }

    /// Text deltas in the member order Anthropic sends take the fast path; any other shape or order does not.
    @Test(
        arguments: [
            (#"{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Hi "}}"#, 0, "Hi "),
            (
                #"{"type":"content_block_delta","index":12,"delta":{"type":"text_delta","text":"a\n\"b\" \u00e9"}} "#,
                12, "a\n\"b\" é"
            ),
            (#"{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":""}}"#, 0, ""),
            (#"{"delta":{"text":"Hi ","type":"text_delta"},"index":0,"type":"content_block_delta"}"#, nil, nil),
            (#"{"type":"content_block_delta","index":0,"delta":{"type":"thinking_delta","thinking":"x"}}"#, nil, nil),
            (#"{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"x","extra":1}}"#, nil, nil),
            (#"{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"x"}}}"#, nil, nil),
            (#"{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"x"}"#, nil, nil),
            (#"{"type":"content_block_delta","index":null,"delta":{"type":"text_delta","text":"x"}}"#, nil, nil),
            (#"{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":null}}"#, nil, nil),
            (#"{"type": "content_block_delta","index":0,"delta":{"type":"text_delta","text":"x"}}"#, nil, nil),
        ] as [(String, Int?, String?)]
    )
    func anthropicTextDeltaFastPath(event: String, index: Int?, text: String?) {
        let delta = Array(event.utf8).withUnsafeBufferPointer { AnthropicStreamAccumulator.textDelta($0) }
        #expect(delta?.index == index)
        #expect(delta?.text == text)
    }

    /// Whichever path reads an event, the message (or the failure) is the one the general parser makes.
    @Test(arguments: [
        #"{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Hi "}}"#,
        #"{"type":"content_block_delta","index":3,"delta":{"type":"text_delta","text":"new block"}}"#,
        #"{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"\ud83d\ude00\t"}}"#,
        #"{"delta":{"text":"sorted","type":"text_delta"},"index":0,"type":"content_block_delta"}"#,
        #"{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":null}}"#,
        #"{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"x"}"#,
        #"{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"\q"}}"#,
        #"{"type":"content_block_delta","index":1.5,"delta":{"type":"text_delta","text":"x"}}"#,
        #"{"type":"content_block_delta","index":0,"delta":{"type":"thinking_delta","thinking":"hm"}}"#,
        #"{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"x"}} trailing"#,
        "",
    ])
    func anthropicTextDeltaPathsAgree(event: String) throws {
        let start = [
            #"{"type":"message_start","message":{"id":"m","model":"claude-x","content":[],"usage":{"input_tokens":9}}}"#,
            #"{"type":"content_block_start","index":0,"content_block":{"type":"text","text":"So: "}}"#,
        ]
        var fast = AnthropicStreamAccumulator()
        var general = AnthropicStreamAccumulator()
        try Self.apply(start, to: &fast)
        try Self.apply(start, to: &general)
        let bytes = Array(event.utf8)
        func failure(_ apply: (UnsafeBufferPointer<UInt8>) throws(LLMError) -> Void) -> LLMError.Code? {
            do throws(LLMError) {
                try bytes.withUnsafeBufferPointer { buffer throws(LLMError) in try apply(buffer) }
                return nil
            } catch {
                return error.code
            }
        }
        #expect(
            failure { buffer throws(LLMError) in try fast.apply(buffer) }
                == failure { buffer throws(LLMError) in try general.applyAnyEvent(buffer) }
        )
        #expect(fast.result == general.result)
    }

    /// Random texts (escapes, control characters, multi-byte characters) written as the API writes them come
    /// back exactly, through the fast path, to the same message as the general parser's.
    @Test(arguments: 0..<3) func anthropicRandomTextDeltasMatchTheGeneralParser(seed: UInt64) throws {
        var generator = SplitMix64(seed: seed &+ 0x5EED)
        let alphabet = Array("aZ 09_.\"\\/\n\t\r\u{1}\u{1f}\u{7f}é€😀{}[]:,")
        var fast = AnthropicStreamAccumulator()
        var general = AnthropicStreamAccumulator()
        for _ in 0..<200 {
            let text = String(
                (0..<Int(generator.next() % 24)).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
            )
            let index = Int(generator.next() % 3)
            var event = Array(
                #"{"type":"content_block_delta","index":\#(index),"delta":{"type":"text_delta","text":"#.utf8
            )
            JSONValue.writeString(text, into: &event)
            event += Array("}}".utf8)
            let delta = event.withUnsafeBufferPointer { AnthropicStreamAccumulator.textDelta($0) }
            #expect(delta?.index == index)
            #expect(delta?.text == text)
            try event.withUnsafeBufferPointer { buffer throws(LLMError) in
                try fast.apply(buffer)
                try general.applyAnyEvent(buffer)
            }
        }
        #expect(fast.result == general.result)
        #expect(fast.result.content?.count == 3)
    }

    @Test func openAIChunksBuildTheChoices() throws {
        var accumulator = OpenAIStreamAccumulator()
        try Self.apply(
            [
                #"{"id":"c","model":"gpt-x","choices":[{"index":1,"delta":{"role":"assistant","content":"B"}},{"index":0,"delta":{"content":"A"}}]}"#,
                #"{"choices":[{"delta":{"content":"\u00e9"},"index":0,"finish_reason":null}],"model":"gpt-x"}"#,
                #"{"choices":[{"index":1,"delta":{"tool_calls":[{"index":0,"id":"call_1","function":{"name":"get","arguments":"{\"q\":"}}]}}]}"#,
                #"{"choices":[{"index":1,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"1}"}}]}}]}"#,
                #"{"choices":[{"index":0,"delta":{},"finish_reason":"stop"},{"index":1,"delta":{},"finish_reason":"tool_calls"}]}"#,
                #"{"choices":[],"usage":{"prompt_tokens":12,"completion_tokens":5}}"#,
            ],
            to: &accumulator
        )
        #expect(!accumulator.finished)
        try Self.apply(["[DONE]"], to: &accumulator)
        #expect(accumulator.finished)
        #expect(accumulator.model == "gpt-x")
        #expect(accumulator.usage?.promptTokens == 12)
        #expect(accumulator.usage?.completionTokens == 5)
        let result = accumulator.result
        #expect(result.map(\.message.content) == ["Aé", "B"])
        #expect(result.map(\.finishReason) == ["stop", "tool_calls"])
        #expect(result[1].message.toolCalls == [ToolCall(id: "call_1", name: "get", arguments: #"{"q":1}"#)])
    }

    @Test(arguments: [
        (#"{"choices":[{"index":0,"delta":{"content":"x"}}"#, LLMError.Code.malformedResponse),
        (#"{"error":{"message":"Overloaded","type":"server_error"}}"#, .serverError),
    ])
    func openAIBadChunksFail(chunk: String, code: LLMError.Code) {
        var accumulator = OpenAIStreamAccumulator()
        #expect(performing: { try Self.apply([chunk], to: &accumulator) }, throws: { ($0 as? LLMError)?.code == code })
    }
}
