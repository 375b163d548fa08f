import LLM
import TestSupport
import Testing

@Suite struct ProviderClientTests {
    @Test(arguments: Fixture.modes)
    func textReplyCarriesUsageAndExactCost(provider: LLMProvider, streaming: Bool) async throws {
        let server = try await FakeLLMServer.start()
        defer { Task { await server.shutdown() } }
        server.enqueue(FakeReply(text: "The answer is 42.", usage: FakeUsage(input: 1234, output: 56)))
        let client = try Fixture.client(server, provider, streaming: streaming)
        let model = Fixture.model(provider)
        let response = try await client.complete(
            ChatRequest(model: model, system: "You are Marvin.", messages: [.user("What is 6 × 7?")], maxTokens: 64)
        )
        #expect(response.text == "The answer is 42.")
        #expect(response.usage == Usage(inputTokens: 1234, outputTokens: 56))
        let price = try #require(ModelCatalog.standard.price(for: model))
        #expect(response.costUSD == price.cost(of: response.usage))
        #expect(response.finishReason == (provider == .anthropic ? "end_turn" : "stop"))
        let sent = try #require(server.requests.first)
        #expect(sent.system == "You are Marvin.")
        #expect(sent.lastUserText == "What is 6 × 7?")
        #expect(sent.stream == streaming)
        #expect(sent.maxTokens == 64)
    }

    @Test(arguments: Fixture.modes)
    func toolCallRoundTrip(provider: LLMProvider, streaming: Bool) async throws {
        let server = try await FakeLLMServer.start()
        defer { Task { await server.shutdown() } }
        server.enqueue(
            .toolCall("get_weather", arguments: #"{"location":"Paris","unit":"celsius"}"#, id: "call_1"),
            .text("It is sunny in Paris.")
        )
        let client = try Fixture.client(server, provider, streaming: streaming)
        let tool = ToolDefinition(
            name: "get_weather",
            description: "Current weather",
            parameters: try JSONValue(parsing: #"{"type":"object","properties":{"location":{"type":"string"}}}"#)
        )
        var request = ChatRequest(model: Fixture.model(provider), messages: [.user("Weather in Paris?")], tools: [tool])
        let first = try await client.complete(request)
        let call = try #require(first.message.toolCalls.first)
        #expect(call.id == "call_1")
        #expect(call.name == "get_weather")
        #expect(try JSONValue(parsing: call.arguments) == JSONValue(parsing: #"{"location":"Paris","unit":"celsius"}"#))
        #expect(first.finishReason == (provider == .anthropic ? "tool_use" : "tool_calls"))
        request.messages += [first.message, .tool(id: call.id, name: call.name, result: "18°C, sunny")]
        let second = try await client.complete(request)
        #expect(second.text == "It is sunny in Paris.")
        let sent = try #require(server.requests.last)
        #expect(sent.toolNames == ["get_weather"])
        #expect(sent.turns.map(\.role) == ["user", "assistant", provider == .anthropic ? "user" : "tool"])
        #expect(sent.turns[1].toolCallNames == ["get_weather"])
        #expect(sent.turns[2].toolResultIDs == ["call_1"])
        #expect(sent.turns[2].text == "18°C, sunny")
    }

    @Test(arguments: [true, false])
    func openAIAsksForNCandidatesInOneRequest(streaming: Bool) async throws {
        let server = try await FakeLLMServer.start()
        defer { Task { await server.shutdown() } }
        let client = try Fixture.client(server, .openAI, streaming: streaming)
        let responses = try await client.completeMany(
            ChatRequest(model: "gpt-4o", system: "Persona", messages: [.user("Hi")]),
            count: 3
        )
        #expect(responses.map(\.text) == ["Echo 0: Hi", "Echo 1: Hi", "Echo 2: Hi"])
        #expect(server.requests.count == 1)
        #expect(server.requests.first?.n == 3)
        // Input billed once: all input on the first candidate, output split exactly.
        #expect(responses[1].usage.inputTokens == 0)
        let output = responses.map(\.usage.outputTokens).reduce(0, +)
        let expected = ["Echo 0: Hi", "Echo 1: Hi", "Echo 2: Hi"].map(FakeUsage.tokens).reduce(0, +)
        #expect(output == expected)
    }

    @Test func anthropicCandidatesReadTheCachedPersona() async throws {
        let server = try await FakeLLMServer.start()
        defer { Task { await server.shutdown() } }
        server.setMinimumCacheableTokens(100)
        let persona = String(repeating: "I am Marvin, brain the size of a planet. ", count: 20)
        let client = try Fixture.client(server, .anthropic)
        let responses = try await client.completeMany(
            ChatRequest(model: "claude-sonnet-4-5-20250929", system: persona, messages: [.user("Hi")]),
            count: 3
        )
        let prefix = FakeUsage.tokens(persona)
        #expect(responses[0].usage.cacheWriteTokens == prefix)
        #expect(responses[1].usage.cacheReadTokens == prefix)
        #expect(responses[2].usage.cacheReadTokens == prefix)
        let allCached = server.requests.allSatisfy { $0.cacheControl }
        #expect(allCached)
        let price = try #require(ModelCatalog.standard.price(for: "claude-sonnet-4-5"))
        let read = try #require(responses[1].costUSD)
        let expected =
            (Double(responses[1].usage.inputTokens) * 3 + Double(responses[1].usage.outputTokens) * 15
                + Double(prefix) * 0.30) / 1_000_000
        #expect(abs(read - expected) < 1e-12)
        #expect(price.cacheRead == 0.30)
    }

    @Test(arguments: Fixture.modes)
    func sendsTemperatureOnlyToModelsThatAcceptIt(provider: LLMProvider, streaming: Bool) async throws {
        let server = try await FakeLLMServer.start()
        defer { Task { await server.shutdown() } }
        let client = try Fixture.client(server, provider, streaming: streaming)
        let accepting = Fixture.model(provider)
        let rejecting = provider == .anthropic ? "claude-opus-4-7" : "gpt-5.5"
        _ = try await client.complete(ChatRequest(model: accepting, messages: [.user("a")], temperature: 0.7))
        _ = try await client.complete(ChatRequest(model: rejecting, messages: [.user("b")], temperature: 1))
        await #expect(throws: LLMError.self) {
            _ = try await client.complete(ChatRequest(model: rejecting, messages: [.user("c")], temperature: 0.7))
        }
        let sent = server.requests
        #expect(sent.count == 2)
        #expect(sent[0].temperature == 0.7)
        #expect(sent[1].temperature == nil)
        if provider == .openAI {
            #expect(sent[0].bodyKeys.contains("max_tokens"))
            #expect(sent[1].bodyKeys.contains("max_completion_tokens"))
        }
    }

    @Test(arguments: Fixture.modes)
    func thinkingBlocksGoBackWhole(provider: LLMProvider, streaming: Bool) async throws {
        guard provider == .anthropic else { return }
        let server = try await FakeLLMServer.start()
        defer { Task { await server.shutdown() } }
        server.enqueue(
            FakeReply(
                text: "",
                toolCalls: [FakeToolCall(name: "calc", arguments: #"{"x":1}"#)],
                thinking: "Let me think"
            )
        )
        let client = try Fixture.client(server, provider, streaming: streaming)
        let request = ChatRequest(model: "claude-opus-4-7", messages: [.user("go")])
        let first = try await client.complete(request)
        #expect(first.message.opaqueContent?.contains("Let me think") == true)
        let call = try #require(first.message.toolCalls.first)
        var next = request
        next.messages += [first.message, .tool(id: call.id, name: "calc", result: "2")]
        _ = try await client.complete(next)
        #expect(server.requests.last?.turns[1].blockTypes == ["thinking", "tool_use"])
    }
}

@Suite struct CompatibleServerTests {
    @Test(arguments: [FakeLLMServer.NSupport.rejected, .ignored])
    func candidatesStillArriveWhenTheServerCannotDoN(support: FakeLLMServer.NSupport) async throws {
        let server = try await FakeLLMServer.start()
        defer { Task { await server.shutdown() } }
        server.setNSupport(support)
        let client = try Fixture.client(server, .openAI)
        let responses = try await client.completeMany(
            ChatRequest(model: "Qwen/Qwen3-8B", messages: [.user("Hi")], temperature: 0.8),
            count: 3
        )
        #expect(responses.count == 3)
        #expect(responses.allSatisfy { $0.text == "Echo 0: Hi" })
        #expect(responses.allSatisfy { $0.costUSD == nil })
        // Once refused, later calls go straight to separate requests.
        _ = try await client.completeMany(ChatRequest(model: "Qwen/Qwen3-8B", messages: [.user("Hi")]), count: 2)
        let multi = server.requests.filter { $0.n > 1 }.count
        #expect(multi == (support == .rejected ? 1 : 2))
    }

    @Test(arguments: [LLMProvider.anthropic, .openAI])
    func aServerThatCannotStreamIsReadWhole(provider: LLMProvider) async throws {
        let server = try await FakeLLMServer.start()
        defer { Task { await server.shutdown() } }
        server.setQuirks(.ignoresStreaming)
        server.enqueue(FakeReply(text: "Sigh. 42.", usage: FakeUsage(input: 30, output: 4)))
        let client = try Fixture.client(server, provider, streaming: true)
        let model = Fixture.model(provider)
        let response = try await client.complete(ChatRequest(model: model, messages: [.user("x")]))
        #expect(response.text == "Sigh. 42.")
        #expect(response.usage == Usage(inputTokens: 30, outputTokens: 4))
        #expect(response.costUSD == ModelCatalog.standard.price(for: model)?.cost(of: response.usage))
        #expect(server.requests.first?.stream == true)
        #expect(client.statistics.attempts == 1)
    }

    @Test(arguments: [LLMProvider.anthropic, .openAI])
    func aStreamWithoutItsFinalEventIsTruncatedEvenAfterItsFinishReason(provider: LLMProvider) async throws {
        let server = try await FakeLLMServer.start()
        defer { Task { await server.shutdown() } }
        server.setQuirks(.omitsFinalEvent)
        let client = try Fixture.client(server, provider, streaming: true)
        let error = await #expect(throws: LLMError.self) {
            _ = try await client.complete(ChatRequest(model: Fixture.model(provider), messages: [.user("x")]))
        }
        #expect(error?.code == .transport)
        #expect(error?.message.contains("stream ended before its final event") == true)
        #expect(client.statistics.retries == 8, "every attempt was retried")
    }

    @Test(arguments: Fixture.modes)
    func aBodyThatIsNotTheProtocolIsQuotedInTheError(provider: LLMProvider, streaming: Bool) async throws {
        let server = try await FakeLLMServer.start()
        defer { Task { await server.shutdown() } }
        server.setFailureRate(1, kinds: [.htmlPage])
        let client = try Fixture.client(server, provider, streaming: streaming)
        let error = await #expect(throws: LLMError.self) {
            _ = try await client.complete(ChatRequest(model: Fixture.model(provider), messages: [.user("x")]))
        }
        #expect(error?.code == .malformedResponse)
        #expect(error?.message.contains("(it begins: <html> <body><h1>502 Bad Gateway</h1></body> </html>)") == true)
    }

    @Test func aStreamWithoutUsageHasAnUnknownCost() async throws {
        let server = try await FakeLLMServer.start()
        defer { Task { await server.shutdown() } }
        server.setQuirks(.omitsStreamUsage)
        let client = try Fixture.client(server, .openAI, streaming: true)
        let response = try await client.complete(ChatRequest(model: "gpt-4o-mini", messages: [.user("x")]))
        #expect(response.text == "Echo 0: x")
        #expect(response.costUSD == nil)
    }

    @Test(arguments: [
        FakeFault.rateLimited(retryAfterMs: 20), .status(429, retryAfter: "0.02"), .serverError, .overloaded,
        .status(502), .status(503), .status(504), .status(408), .status(409), .dropMidStream, .malformedJSON,
        .midStreamError, .truncatedStream, .errorInOKBody, .htmlPage, .stall(milliseconds: 1500),
    ])
    func everyTransientFaultIsRetried(fault: FakeFault) async throws {
        for (provider, streaming) in Fixture.modes {
            let server = try await FakeLLMServer.start()
            server.enqueueFaults(fault)
            // A stalled answer is a real (late) answer: it takes the scripted reply, so expect the echo then.
            let stall = if case .stall = fault { true } else { false }
            if !stall { server.enqueue(.text("after the fault")) }
            // Only the stall needs a short read timeout; elsewhere a loaded CI machine must not add timeouts.
            let readTimeout: Duration = stall ? .milliseconds(700) : .seconds(15)
            let client = try Fixture.client(server, provider, streaming: streaming, readTimeout: readTimeout)
            let response = try await client.complete(
                ChatRequest(model: Fixture.model(provider), messages: [.user("x")])
            )
            #expect(response.text == (stall ? "Echo 0: x" : "after the fault"), "\(provider) streaming \(streaming)")
            // A stall may time out more than once on a loaded machine; every other fault is retried exactly once.
            if stall { #expect(client.statistics.retries >= 1) } else { #expect(client.statistics.retries == 1) }
            await server.shutdown()
        }
    }

    @Test func baseURLsFollowTheSDKConventions() async throws {
        let server = try await FakeLLMServer.start()
        defer { Task { await server.shutdown() } }
        let environment = [
            "ANTHROPIC_BASE_URL": server.anthropicBaseURL, "ANTHROPIC_API_KEY": "a-key",
            "OPENAI_BASE_URL": server.openAIBaseURL, "OPENAI_API_KEY": "o-key",
        ]
        let anthropic = try LLMClients.make(provider: .anthropic, model: "claude-haiku-4-5", environment: environment)
        let openAI = try LLMClients.make(provider: .openAI, model: "gpt-4o-mini", environment: environment)
        _ = try await anthropic.complete(ChatRequest(model: "claude-haiku-4-5", messages: [.user("a")]))
        _ = try await openAI.complete(ChatRequest(model: "gpt-4o-mini", messages: [.user("b")]))
        let sent = server.requests
        #expect(sent.map(\.api) == [.anthropic, .openAI])
        #expect(sent[0].headers["x-api-key"] == "a-key")
        #expect(sent[0].headers["anthropic-version"] == "2023-06-01")
        #expect(sent[1].headers["authorization"] == "Bearer o-key")
    }
}
