import LLM
import TestSupport
import Testing

@Suite struct BatchTests {
    @Test(arguments: [LLMProvider.anthropic, .openAI])
    func batchRunsToTheEndAndPricesAtHalf(provider: LLMProvider) async throws {
        let server = try await FakeLLMServer.start()
        defer { Task { await server.shutdown() } }
        server.setBatchPollsUntilDone(3)
        let configuration = Fixture.configuration(server, provider)
        let client: any LLMBatchClient =
            provider == .anthropic
            ? try AnthropicClient(configuration: configuration) : try OpenAIClient(configuration: configuration)
        let model = Fixture.model(provider)
        let items = (0..<25).map { index in
            BatchItem(
                customID: "q-\(index)",
                request: ChatRequest(model: model, messages: [.user("question \(index)")])
            )
        }
        let outcomes = try await client.runBatch(items, pollInterval: .milliseconds(5))
        #expect(outcomes.map(\.customID) == items.map(\.customID))
        let price = try #require(ModelCatalog.standard.price(for: model))
        for (index, outcome) in outcomes.enumerated() {
            let response = try outcome.result.get()
            #expect(response.text == "Echo 0: question \(index)")
            #expect(response.costUSD == price.cost(of: response.usage, batch: true))
            #expect(response.usage.outputTokens == FakeUsage.tokens(response.text))
        }
        #expect(server.requests.count == 25)
    }

    @Test func statusWalksThroughTheLifecycle() async throws {
        let server = try await FakeLLMServer.start()
        defer { Task { await server.shutdown() } }
        server.setBatchPollsUntilDone(3)
        let client = try OpenAIClient(configuration: Fixture.configuration(server, .openAI))
        let item = BatchItem(customID: "only", request: ChatRequest(model: "gpt-4o-mini", messages: [.user("hi")]))
        var status = try await client.submitBatch([item])
        var seen = [status.providerStatus]
        while !status.isFinished {
            status = try await client.batchStatus(id: status.id)
            seen.append(status.providerStatus)
        }
        #expect(seen == ["validating", "in_progress", "finalizing", "completed"])
        #expect(status.state == .ended)
        #expect(status.succeeded == 1)
    }
}
