import Foundation
import LLM
import TestSupport
import Testing
import ToolSimulation

/// The agent loop, the LLM mock and the tools of a Nemotron row, over real HTTP against the fake server.
@Suite struct AgentLoopTests {
    static let metadata = #"""
        {"tools": [
          {"type": "function", "function": {"name": "get_weather", "description": "Get the current weather for a city.",
            "parameters": {"type": "object", "properties": {"city": {"type": "string"},
              "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]}}, "required": ["city"]}}},
          {"type": "function", "function": {"name": "convert_currency", "description": "Convert money between currencies.",
            "parameters": {"type": "object", "properties": {"amount": {"type": "number"}, "from_currency": {"type": "string"},
              "to_currency": {"type": "string"}}, "required": ["amount", "from_currency", "to_currency"]}}},
          {"type": "function", "function": {"name": "frobnicate_widget", "description": "Frobnicates a widget.",
            "parameters": {"type": "object", "properties": {"widget_id": {"type": "string"}}, "required": ["widget_id"]},
            "output_schema": {"type": "object", "required": ["widget_id", "frobnicated", "spin"],
              "properties": {"widget_id": {"type": "string"}, "frobnicated": {"type": "boolean"},
                "spin": {"type": "integer", "minimum": 0, "maximum": 10}}}}}
        ]}
        """#

    static func client(_ server: FakeLLMServer, _ provider: LLMProvider) throws -> any LLMClient {
        let configuration = LLMClientConfiguration(
            baseURL: provider == .anthropic ? server.anthropicBaseURL : server.openAIBaseURL,
            apiKey: APIKey("sk-test-agent"),
            retry: .none
        )
        return provider == .anthropic
            ? try AnthropicClient(configuration: configuration) : try OpenAIClient(configuration: configuration)
    }

    /// The generator calls the scripted tools on its first turn, answers on its second; the LLM mock answers JSON.
    static func responder(calls: [FakeToolCall]) -> FakeLLMServer.Responder {
        { request, _ in
            if request.model.hasSuffix("-mini") || request.model == "claude-sonnet-4-5" {
                return .text(#"{"widget_id": "w-7", "frobnicated": true, "spin": 4, "note": "simulated"}"#)
            }
            let answered = request.turns.contains { !$0.toolResultIDs.isEmpty || $0.role == "tool" }
            return answered
                ? .text("Paris is mild and 20 EUR is about 21.74 USD.") : FakeReply(text: "", toolCalls: calls)
        }
    }

    @Test(arguments: [LLMProvider.openAI, .anthropic])
    func toolTurnsGoIntoMessagesWithSchemaValidResults(provider: LLMProvider) async throws {
        let calls = [
            FakeToolCall(id: "call_1", name: "get_weather", arguments: #"{"city": "Paris"}"#),
            FakeToolCall(
                id: "call_2",
                name: "convert_currency",
                arguments: #"{"amount": 20, "from_currency": "EUR", "to_currency": "USD"}"#
            ),
        ]
        let server = try await FakeLLMServer.start(responder: Self.responder(calls: calls))
        defer { Task { await server.shutdown() } }
        let client = try Self.client(server, provider)
        let tools = try SimulatedTool.parseList(json: Self.metadata)
        let model = provider == .anthropic ? "claude-haiku-4-5" : "gpt-4o"
        let agent = ToolCallingAgent(
            client: client,
            mockClient: client,
            mockModel: LLMToolMock.defaultModel(forGenerator: provider == .anthropic ? "claude" : "openai")
        )
        let outcome = await agent.run(
            ChatRequest(
                model: model,
                system: "You are Marvin.",
                messages: [.user("Weather in Paris, and 20 EUR in USD?")]
            ),
            tools: tools
        )
        #expect(outcome.error == nil, "\(String(describing: outcome.error))")
        #expect(outcome.turns == 2)
        #expect(outcome.isComplete)
        #expect(outcome.finalText == "Paris is mild and 20 EUR is about 21.74 USD.")
        #expect(outcome.newMessages.map(\.role) == [.assistant, .tool, .tool, .assistant])
        #expect(outcome.newMessages[0].toolCalls.map(\.name) == ["get_weather", "convert_currency"])
        #expect(outcome.newMessages[1].toolCallID == outcome.newMessages[0].toolCalls[0].id)
        #expect(outcome.messages.count == 5)
        #expect(outcome.usage.outputTokens > 0)
        for (index, result) in outcome.toolResults.enumerated() {
            #expect(result.origin == .mock)
            let family = try #require(MockCatalog.family(named: result.family ?? ""))
            let value = try JSONValue(parsing: result.content)
            #expect(JSONSchemaValidator.validate(value, against: family.resultSchema).isEmpty, "call \(index)")
        }
        #expect(outcome.toolResults.map(\.family) == ["weather", "currency_conversion"])
        let sent = server.requests
        #expect(sent.count == 2)
        #expect(Set(sent[0].toolNames) == ["get_weather", "convert_currency", "frobnicate_widget"])
        #expect(sent[1].turns.contains { !$0.toolResultIDs.isEmpty || $0.role == "tool" })
    }

    @Test(arguments: [LLMProvider.openAI, .anthropic])
    func anUnknownToolIsAnsweredByTheCachedLLMMock(provider: LLMProvider) async throws {
        let calls = [FakeToolCall(id: "call_9", name: "frobnicate_widget", arguments: #"{"widget_id": "w-7"}"#)]
        let server = try await FakeLLMServer.start(responder: Self.responder(calls: calls))
        defer { Task { await server.shutdown() } }
        let client = try Self.client(server, provider)
        let tools = try SimulatedTool.parseList(json: Self.metadata)
        let mockModel = LLMToolMock.defaultModel(forGenerator: provider == .anthropic ? "claude" : "openai")
        let agent = ToolCallingAgent(client: client, mockClient: client, mockModel: mockModel)
        let request = ChatRequest(
            model: provider == .anthropic ? "claude-haiku-4-5" : "gpt-4o",
            messages: [.user("Frobnicate w-7.")]
        )
        let first = await agent.run(request, tools: tools)
        let second = await agent.run(request, tools: tools)
        let result = try #require(first.toolResults.first)
        #expect(result.origin == .llmMock)
        #expect(result.confidence < 0.4)
        let schema = try #require(tools.first { $0.name == "frobnicate_widget" }?.resultSchema)
        #expect(JSONSchemaValidator.validate(try JSONValue(parsing: result.content), against: schema).isEmpty)
        #expect(second.toolResults.first == result)
        let mockRequests = server.requests.filter { $0.model == mockModel }
        #expect(mockRequests.count == 1, "the second episode must use the cache")
        #expect(first.mockUsage.outputTokens > 0)
        #expect(second.mockUsage.outputTokens == 0)
    }

    @Test func badArgumentsReachTheModelAsAToolError() async throws {
        let calls = [FakeToolCall(id: "call_3", name: "get_weather", arguments: #"{"unit": "kelvin"}"#)]
        let server = try await FakeLLMServer.start(responder: Self.responder(calls: calls))
        defer { Task { await server.shutdown() } }
        let client = try Self.client(server, .openAI)
        let agent = ToolCallingAgent(client: client, mockClient: nil)
        let outcome = await agent.run(
            ChatRequest(model: "gpt-4o", messages: [.user("Weather?")]),
            tools: try SimulatedTool.parseList(json: Self.metadata)
        )
        let result = try #require(outcome.toolResults.first)
        #expect(result.isError)
        #expect(outcome.newMessages[1].content.contains("Missing required parameter 'city'"))
        #expect(server.requests.last?.bodyText.contains("Missing required parameter") == true)
    }

    @Test func theTurnLimitStopsAModelThatNeverAnswers() async throws {
        let server = try await FakeLLMServer.start { _, _ in .toolCall("get_weather", arguments: #"{"city": "Oslo"}"#) }
        defer { Task { await server.shutdown() } }
        let agent = ToolCallingAgent(client: try Self.client(server, .openAI), mockClient: nil, maxTurns: 3)
        let outcome = await agent.run(
            ChatRequest(model: "gpt-4o", messages: [.user("Weather?")]),
            tools: try SimulatedTool.parseList(json: Self.metadata)
        )
        #expect(outcome.turns == 3)
        #expect(outcome.hitTurnLimit)
        #expect(outcome.finishReason == "turn_limit")
        #expect(server.requests.count == 3)
        #expect(outcome.toolResults.count == 3)
    }

    @Test func aFailedModelCallIsAnErrorValue() async throws {
        let server = try await FakeLLMServer.start()
        defer { Task { await server.shutdown() } }
        server.enqueueFaults(.status(400))
        let agent = ToolCallingAgent(client: try Self.client(server, .openAI), mockClient: nil)
        let outcome = await agent.run(
            ChatRequest(model: "gpt-4o", messages: [.user("Weather?")]),
            tools: try SimulatedTool.parseList(json: Self.metadata)
        )
        #expect(outcome.error?.code == .invalidRequest)
        #expect(outcome.finishReason == "error")
        #expect(outcome.turns == 0)
        #expect(outcome.newMessages.isEmpty)
        #expect(!outcome.isComplete)
    }
}
