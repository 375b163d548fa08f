import Testing

@testable import LLM

/// The warm-up's canned answers are real answers: a warm-up that failed to parse them would warm nothing.
@Suite struct AnswerWarmUpTests {
    @Test(arguments: [true, false])
    func openAICannedAnswersParse(streaming: Bool) throws {
        let reader = AnswerReader<OpenAIStreamAccumulator>(streaming: streaming, what: "OpenAI's")
        let bytes = streaming ? AnswerWarmUp.openAIStream : AnswerWarmUp.openAIWhole
        let body = try #require(AnswerWarmUp.read(bytes, with: reader))
        let core = try ProviderCore(provider: .openAI, configuration: LLMClientConfiguration())
        let responses = try OpenAIClient.responses(from: body, core: core, model: "gpt-4o-mini", start: .now)
        #expect(responses.map(\.text) == ["w"])
        #expect(responses.first?.usage == Usage(inputTokens: 1, outputTokens: 1))
    }

    @Test(arguments: [true, false])
    func anthropicCannedAnswersParse(streaming: Bool) throws {
        let reader = AnswerReader<AnthropicStreamAccumulator>(streaming: streaming, what: "Anthropic's")
        let bytes = streaming ? AnswerWarmUp.anthropicStream : AnswerWarmUp.anthropicWhole
        let body = try #require(AnswerWarmUp.read(bytes, with: reader))
        let core = try ProviderCore(provider: .anthropic, configuration: LLMClientConfiguration())
        let response = try AnthropicClient.response(
            from: body,
            core: core,
            model: "claude-sonnet-4-5-20250929",
            start: .now
        )
        #expect(response.text == "w")
        #expect(response.finishReason == "end_turn")
    }
}
