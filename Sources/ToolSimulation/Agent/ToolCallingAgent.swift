public import LLM

/// The tool-calling agent loop: sends the query with the row's tools, answers every tool call the model makes
/// through the ``ToolSimulator``, and repeats until the model answers without calling a tool or the turn limit
/// is reached.
///
/// ```swift
/// let agent = ToolCallingAgent(client: generator, mockClient: generator, mockModel: "gpt-4o-mini")
/// let tools = try SimulatedTool.parseList(json: query.toolsJSON ?? "[]")
/// let outcome = await agent.run(ChatRequest(model: "gpt-4o", system: persona, messages: [.user(query.prompt)]), tools: tools)
/// ```
public struct ToolCallingAgent: Sendable {
    /// The generator's client.
    public let client: any LLMClient
    /// Answers tool calls.
    public let simulator: ToolSimulator
    /// The most model calls one episode may make (default 8).
    public let maxTurns: Int

    /// Creates an agent whose tool calls are answered by `simulator`.
    public init(client: any LLMClient, simulator: ToolSimulator, maxTurns: Int = 8) {
        self.client = client
        self.simulator = simulator
        self.maxTurns = max(1, maxTurns)
    }

    /// Creates an agent with the standard simulator: mock families, and below confidence 0.4 the LLM mock
    /// `mockModel` through `mockClient` (no LLM mock when `mockClient` is `nil`).
    ///
    /// Share one agent (or one ``LLMToolMock``) across a run so the mock's cache is shared too.
    public init(
        client: any LLMClient,
        mockClient: (any LLMClient)?,
        mockModel: String = "gpt-4o-mini",
        maxTurns: Int = 8,
        threshold: Double = 0.4
    ) {
        let mock = mockClient.map { LLMToolMock(client: $0, model: mockModel) }
        self.init(client: client, simulator: ToolSimulator(llmMock: mock, threshold: threshold), maxTurns: maxTurns)
    }

    /// Runs one episode.
    ///
    /// - Parameters:
    ///   - template: the request to start from (model, system prompt, messages, sampling, seed, candidate index);
    ///     its `tools` are replaced by `tools`' definitions when `tools` is given.
    ///   - tools: the row's tools, with result schemas when declared; `nil` uses `template.tools`.
    /// - Returns: every turn, the final text, usage and cost; a failed model call is ``AgentOutcome/error``.
    public func run(_ template: ChatRequest, tools: [SimulatedTool]? = nil) async -> AgentOutcome {
        let simulated = tools ?? template.tools.map { SimulatedTool(definition: $0) }
        var request = template
        request.tools = simulated.map(\.definition)
        var outcome = AgentOutcome(
            newMessages: [],
            messages: template.messages,
            finalText: "",
            toolResults: [],
            turns: 0,
            hitTurnLimit: false,
            usage: Usage(),
            mockUsage: Usage(),
            costUSD: 0,
            mockCostUSD: nil,
            latencyMs: 0,
            finishReason: "",
            model: template.model,
            error: nil,
            mockErrors: []
        )
        var knownCost = true
        while outcome.turns < maxTurns {
            request.messages = outcome.messages
            let response: ChatResponse
            do {
                response = try await client.complete(request)
            } catch {
                outcome.error = error
                outcome.finishReason = "error"
                break
            }
            outcome.turns += 1
            outcome.usage = Usage.sum(outcome.usage, response.usage)
            if let cost = response.costUSD {
                outcome.costUSD = (outcome.costUSD ?? 0) + cost
            } else {
                knownCost = false
            }
            outcome.latencyMs += response.latencyMs
            outcome.model = response.model
            outcome.finishReason = response.finishReason
            var message = response.message
            message.role = .assistant
            outcome.append(message)
            if !message.content.isEmpty || message.toolCalls.isEmpty { outcome.finalText = message.content }
            if message.toolCalls.isEmpty { break }
            for call in message.toolCalls {
                let answer = await simulator.simulate(call, tools: simulated)
                outcome.toolResults.append(answer.result)
                outcome.mockUsage = Usage.sum(outcome.mockUsage, answer.usage)
                if let cost = answer.costUSD { outcome.mockCostUSD = (outcome.mockCostUSD ?? 0) + cost }
                if let error = answer.error { outcome.mockErrors.append(error) }
                outcome.append(.tool(id: call.id, name: call.name, result: answer.result.content))
            }
            if outcome.turns == maxTurns {
                outcome.hitTurnLimit = true
                outcome.finishReason = "turn_limit"
            }
        }
        if !knownCost { outcome.costUSD = nil }
        return outcome
    }
}

extension AgentOutcome {
    fileprivate mutating func append(_ message: ChatMessage) {
        newMessages.append(message)
        messages.append(message)
    }
}

extension Usage {
    /// The sum of two usages.
    fileprivate static func sum(_ lhs: Usage, _ rhs: Usage) -> Usage {
        Usage(
            inputTokens: lhs.inputTokens + rhs.inputTokens,
            outputTokens: lhs.outputTokens + rhs.outputTokens,
            cacheReadTokens: lhs.cacheReadTokens + rhs.cacheReadTokens,
            cacheWriteTokens: lhs.cacheWriteTokens + rhs.cacheWriteTokens
        )
    }
}
