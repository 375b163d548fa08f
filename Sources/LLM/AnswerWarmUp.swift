/// Runs each client's answer path once on canned bytes when the client is made.
///
/// A fresh process's first answers otherwise meet that code cold (first use of its types and tables), which in a
/// debug build takes milliseconds per answer: the moment in which a run killed after reading an answer loses it.
/// A model without a known price is warned about here, before the run, not at its first answer.
enum AnswerWarmUp {
    static let openAIStream = Array(
        """
        data: {"id":"w","object":"chat.completion.chunk","model":"w","choices":[{"index":0,"delta":\
        {"role":"assistant","content":"w"},"finish_reason":null}]}

        data: {"id":"w","object":"chat.completion.chunk","model":"w","choices":[{"index":0,"delta":{},\
        "finish_reason":"stop"}],"usage":{"prompt_tokens":1,"completion_tokens":1,"total_tokens":2}}

        data: [DONE]


        """.utf8
    )

    static let openAIWhole = Array(
        """
        {"id":"w","object":"chat.completion","model":"w","choices":[{"index":0,"message":{"role":"assistant",\
        "content":"w"},"finish_reason":"stop"}],"usage":{"prompt_tokens":1,"completion_tokens":1}}
        """.utf8
    )

    static let anthropicStream = Array(
        """
        event: message_start
        data: {"type":"message_start","message":{"id":"w","type":"message","role":"assistant","model":"w",\
        "content":[],"stop_reason":null,"usage":{"input_tokens":1,"output_tokens":1}}}

        event: content_block_start
        data: {"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}

        event: content_block_delta
        data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"w"}}

        event: content_block_stop
        data: {"type":"content_block_stop","index":0}

        event: message_delta
        data: {"type":"message_delta","delta":{"stop_reason":"end_turn"},"usage":{"output_tokens":1}}

        event: message_stop
        data: {"type":"message_stop"}


        """.utf8
    )

    static let anthropicWhole = Array(
        """
        {"id":"w","type":"message","role":"assistant","model":"w","content":[{"type":"text","text":"w"}],\
        "stop_reason":"end_turn","usage":{"input_tokens":1,"output_tokens":1}}
        """.utf8
    )

    /// Reads the canned `stream` and `whole` answers as they would arrive and builds each with `build`, ignoring
    /// what it returns.
    static func run<Accumulator: EventAccumulator, Value>(
        _: Accumulator.Type,
        stream: [UInt8],
        whole: [UInt8],
        what: String,
        build: (AnswerBody<Accumulator>) throws(LLMError) -> Value
    ) {
        for (bytes, streaming) in [(stream, true), (whole, false)] {
            if let body = read(bytes, with: AnswerReader<Accumulator>(streaming: streaming, what: what)) {
                _ = try? build(body)
            }
        }
    }

    /// Reads `bytes` with `reader` as an answer arriving in one part would be read.
    static func read<Reader: ResponseReader>(_ bytes: [UInt8], with reader: Reader) -> Reader.Value? {
        var reader = reader
        return bytes.withUnsafeBufferPointer { buffer in
            do throws(LLMError) {
                _ = try reader.read(buffer)
                return try reader.value()
            } catch {
                return nil
            }
        }
    }
}
