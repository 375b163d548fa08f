import Foundation
import Testing

@testable import LLM

/// The scanner reads the wire types exactly as `JSONDecoder` does, and rejects what it rejects.
@Suite struct JSONScannerTests {
    static let openAIDocuments: [String] = [
        #"{"id":"c","object":"chat.completion.chunk","created":1,"model":"gpt-4o-mini","choices":[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":null}]}"#,
        #"{"id":"c","choices":[{"index":0,"delta":{"content":"caf\u00e9 \ud83d\ude00 \"q\" \\ \/ \n\t\r\b\f"},"logprobs":null,"finish_reason":null}]}"#,
        #"{"choices":[{"index":1,"delta":{"tool_calls":[{"index":0,"id":"call_1","type":"function","function":{"name":"get","arguments":"{\"a\": [1, 2.5e3, -0.1]}"}}]}}]}"#,
        #"{"choices":[],"usage":{"prompt_tokens":120,"completion_tokens":24,"total_tokens":144,"prompt_tokens_details":{"cached_tokens":64,"audio_tokens":0},"completion_tokens_details":{"reasoning_tokens":0}}}"#,
        #"{"choices":null,"usage":null,"model":null}"#,
        #"{"error":{"message":"Overloaded","type":"server_error","param":null,"code":"x"}}"#,
        #"{"model":"m","choices":[{"index":0,"message":{"role":"assistant","content":null,"refusal":"no","tool_calls":null},"finish_reason":"stop"}],"extra":{"deep":[[{"x":[true,false,null]}]]}}"#,
        "  {\n  \"model\" : \"spaced\" ,\t\"choices\" : [ ] }  ",
        #"{}"#,
    ]

    static let anthropicDocuments: [String] = [
        #"{"type":"message_start","message":{"id":"msg_b","type":"message","role":"assistant","model":"claude-sonnet-4-5-20250929","content":[],"stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":120,"cache_creation_input_tokens":0,"cache_read_input_tokens":7,"output_tokens":1}}}"#,
        #"{"type":"content_block_start","index":1,"content_block":{"type":"tool_use","id":"toolu_1","name":"search","input":{"q":"x","n":[1,2.5,null,{"deep":true}]}}}"#,
        #"{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"\u00fcber \ud83d\ude00 \"quoted\""}}"#,
        #"{"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta","partial_json":"{\"q\": \"x"}}"#,
        #"{"type":"content_block_delta","index":0,"delta":{"type":"signature_delta","signature":"EqQBCgIYAh"}}"#,
        #"{"type":"message_delta","delta":{"stop_reason":"tool_use","stop_sequence":null},"usage":{"output_tokens":24}}"#,
        #"{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}"#,
        #"{"type":"ping"}"#,
        #"{"type":"content_block_start","index":0,"content_block":{"type":"redacted_thinking","data":"abc"}}"#,
    ]

    @Test(arguments: openAIDocuments)
    func openAIChunksReadAsJSONDecoderReadsThem(document: String) throws {
        let expected = try JSONDecoder().decode(OpenAIWire.Completion.self, from: Data(document.utf8))
        #expect(try OpenAIWire.Completion.parse(Array(document.utf8)) == expected)
    }

    @Test(arguments: anthropicDocuments)
    func anthropicEventsReadAsJSONDecoderReadsThem(document: String) throws {
        let expected = try JSONDecoder().decode(AnthropicWire.Event.self, from: Data(document.utf8))
        #expect(try AnthropicWire.Event.parse(Array(document.utf8)) == expected)
    }

    static let malformed: [String] = [
        #"{"id":"#,
        #"{"type":"#,
        #"{"choices":[{"index":0,"delta":{"content":"open}]}"#,
        #"{"choices":[1,]}"#,
        #"{"model":"m"} trailing"#,
        #"{"model":"\x"}"#,
        #"{"model":"\ud800"}"#,
        #"{"choices":[{"index":1.5}]}"#,
        #"{"model":12}"#,
        #"{"usage":{"prompt_tokens":-}}"#,
        #"{"model":nul}"#,
        "null",
        "",
        "[DONE",
    ]

    @Test(arguments: malformed)
    func malformedDocumentsThrowLikeJSONDecoder(document: String) {
        #expect((try? JSONDecoder().decode(OpenAIWire.Completion.self, from: Data(document.utf8))) == nil)
        #expect(throws: JSONScanner.Failure.self) { try OpenAIWire.Completion.parse(Array(document.utf8)) }
    }

    @Test func anthropicEventWithoutTypeIsMalformed() {
        #expect(throws: JSONScanner.Failure.self) { try AnthropicWire.Event.parse(Array(#"{"index":0}"#.utf8)) }
    }

    /// Strings are scanned eight bytes at a time: a quote or backslash at every offset of every word, in
    /// keys and values read in place and in values with escapes, still reads as `JSONDecoder` reads it.
    @Test(arguments: 0..<18)
    func quotesAndBackslashesAnywhereInAWord(offset: Int) throws {
        let pad = String(repeating: "a", count: offset)
        for document in [
            #"{"model":"\#(pad)"}"#,
            #"{"model":"\#(pad)\"x"}"#,
            #"{"model":"\#(pad)\\\#(pad)"}"#,
            #"{"\#(pad)":1,"choices":[{"index":0,"delta":{"content":"\#(pad)é\n\#(pad)"}}],"model":"m"}"#,
            #"{"id":"\#(pad)\"\#(pad)","model":"\#(pad)"}"#,
        ] {
            let expected = try JSONDecoder().decode(OpenAIWire.Completion.self, from: Data(document.utf8))
            #expect(try OpenAIWire.Completion.parse(Array(document.utf8)) == expected, "\(document)")
        }
        let unterminated = #"{"model":"\#(pad)"#
        #expect(throws: JSONScanner.Failure.self) { try OpenAIWire.Completion.parse(Array(unterminated.utf8)) }
    }

    @Test func anyValueReadsAsJSONValue() throws {
        let text = #"{"a":[1,-2.5,1e3,true,false,null,"s\u0041"],"b":{"c":{}},"d":[]}"#
        let scanned = try JSONScanner.parse(Array(text.utf8)) { scanner throws(JSONScanner.Failure) in
            try scanner.readValue()
        }
        #expect(scanned == (try JSONValue(parsing: text)))
    }
}

@Suite struct JSONWritingTests {
    @Test(arguments: [
        "", "plain", "q\"uote \\ back", "tab\tnew\nline\r\u{01}\u{1f}", "café 😀 ünïcode",
        String(repeating: "long ", count: 40),
    ])
    func writtenStringsReadBack(text: String) throws {
        let value = JSONValue.object(["k": .string(text), "a": .array([.string(text), .number(1.5), .null])])
        let bytes = value.jsonBytes()
        #expect(try JSONValue(parsing: String(decoding: bytes, as: UTF8.self)) == value)
        #expect(
            try JSONScanner.parse(bytes) { scanner throws(JSONScanner.Failure) in try scanner.readValue() } == value
        )
    }
}
