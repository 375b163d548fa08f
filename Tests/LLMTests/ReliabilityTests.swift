import LLM
import TestSupport
import Testing

@Suite(.serialized) struct ReliabilityTests {
    @Test(arguments: [LLMProvider.anthropic, .openAI])
    func thousandRequestsSurviveThirtyPercentTransientFailures(provider: LLMProvider) async throws {
        let server = try await FakeLLMServer.start()
        defer { Task { await server.shutdown() } }
        server.setRecordsRequests(false)
        server.setFailureRate(0.3, kinds: FakeFault.transientMix + [.stall(milliseconds: 2500)], seed: 7)
        let client = try Fixture.client(server, provider, concurrency: 64, readTimeout: .seconds(2))
        let model = Fixture.model(provider)
        let texts = try await withThrowingTaskGroup(of: (Int, String).self) { group in
            for index in 0..<1000 {
                group.addTask {
                    let response = try await client.complete(
                        ChatRequest(model: model, messages: [.user("question \(index)")], candidateIndex: index)
                    )
                    return (index, response.text)
                }
            }
            var texts = [String](repeating: "", count: 1000)
            for try await (index, text) in group { texts[index] = text }
            return texts
        }
        for (index, text) in texts.enumerated() {
            #expect(text == "Echo 0: question \(index)")
        }
        let statistics = client.statistics
        let injected = server.statistics.faultsInjected
        print("\(provider.rawValue): 1000 requests, \(injected) injected faults, \(statistics.retries) retries")
        #expect(statistics.requests == 1000)
        #expect(statistics.failures == 0)
        #expect(injected > 200)
        #expect(statistics.retries >= injected)
        #expect(statistics.attempts == 1000 + statistics.retries)
    }

    @Test func throughputFollowsTheServersRateLimit() async throws {
        let server = try await FakeLLMServer.start()
        defer { Task { await server.shutdown() } }
        let perMinute = 1800  // 30 per second
        server.setRateLimit(FakeRateLimit(requestsPerMinute: perMinute))
        let client = try Fixture.client(server, .openAI, concurrency: 32)
        let total = 150
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<total {
                group.addTask {
                    _ = try await client.complete(ChatRequest(model: "gpt-4o-mini", messages: [.user("q\(index)")]))
                }
            }
            try await group.waitForAll()
        }
        // Sustained rate as the server saw it: from the end of the initial burst (the bucket starts with
        // one second's worth) to the last request it accepted.
        let accepted = server.successTimes
        #expect(accepted.count == total)
        let burst = perMinute / 60
        let window = accepted[total - 1] - accepted[burst]
        let seconds = Double(window.components.seconds) + Double(window.components.attoseconds) / 1e18
        let perSecond = Double(total - 1 - burst) / seconds
        let target = Double(perMinute) / 60
        print("rate limit \(target)/s: sustained \(perSecond)/s, 429s: \(client.statistics.rateLimitedResponses)")
        #expect(client.statistics.failures == 0)
        #expect(abs(perSecond - target) / target < 0.10)
    }

    @Test(arguments: [LLMProvider.anthropic, .openAI])
    func permanentErrorsStopAtOnce(provider: LLMProvider) async throws {
        let server = try await FakeLLMServer.start()
        defer { Task { await server.shutdown() } }
        server.enqueueFaults(.status(404))
        let client = try Fixture.client(server, provider)
        let error = await #expect(throws: LLMError.self) {
            _ = try await client.complete(ChatRequest(model: "no-such-model", messages: [.user("x")]))
        }
        #expect(error?.code == .invalidRequest)
        #expect(error?.status == 404)
        #expect(error?.message.contains("no-such-model") == true)
        #expect(client.statistics.attempts == 1)
    }

    @Test(arguments: [LLMProvider.anthropic, .openAI])
    func anUnreachableServerIsNamedAfterTheRetries(provider: LLMProvider) async throws {
        let server = try await FakeLLMServer.start()
        let client = try Fixture.client(server, provider)
        await server.shutdown()
        let error = await #expect(throws: LLMError.self) {
            _ = try await client.complete(ChatRequest(model: Fixture.model(provider), messages: [.user("x")]))
        }
        #expect(error?.code == .unreachable)
        let reason = "at http://127.0.0.1:\(server.port) cannot be reached (connection refused)"
        #expect(error?.message.contains(reason) == true)
        #expect(error?.message.contains(provider.baseURLVariable) == true)
        #expect(client.statistics.attempts == 9, "a refused connection is retried like any transport failure")
    }

    @Test func shouldRetryFalseIsObeyed() async throws {
        let server = try await FakeLLMServer.start()
        defer { Task { await server.shutdown() } }
        server.enqueueFaults(.status(500, shouldRetry: false))
        let client = try Fixture.client(server, .anthropic)
        let error = await #expect(throws: LLMError.self) {
            _ = try await client.complete(ChatRequest(model: "claude-haiku-4-5", messages: [.user("x")]))
        }
        #expect(error?.code == .serverError)
        #expect(client.statistics.attempts == 1)
    }

    @Test func retryAfterIsHonoured() async throws {
        let server = try await FakeLLMServer.start()
        defer { Task { await server.shutdown() } }
        server.enqueueFaults(.rateLimited(retryAfterMs: 300))
        let client = try Fixture.client(server, .openAI)
        let clock = ContinuousClock()
        let start = clock.now
        let response = try await client.complete(ChatRequest(model: "gpt-4o", messages: [.user("x")]))
        #expect(response.text == "Echo 0: x")
        #expect(clock.now - start >= .milliseconds(300))
        #expect(client.statistics.rateLimitedResponses == 1)
    }
}

@Suite struct QuotaAndTokenLimitTests {
    @Test(arguments: [LLMProvider.anthropic, .openAI])
    func exhaustedQuotaStopsWithoutRetrying(provider: LLMProvider) async throws {
        let server = try await FakeLLMServer.start()
        defer { Task { await server.shutdown() } }
        server.enqueueFaults(.quotaExhausted)
        let client = try Fixture.client(server, provider)
        let error = await #expect(throws: LLMError.self) {
            _ = try await client.complete(ChatRequest(model: Fixture.model(provider), messages: [.user("x")]))
        }
        #expect(error?.code == .authentication)
        #expect(error?.isTransient == false)
        #expect(client.statistics.attempts == 1)
    }

    @Test func tokenLimitSlowsTheClientWithoutFailures() async throws {
        let server = try await FakeLLMServer.start()
        defer { Task { await server.shutdown() } }
        server.setRateLimit(FakeRateLimit(tokensPerMinute: 60_000))
        let client = try Fixture.client(server, .anthropic, concurrency: 16)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<80 {
                group.addTask {
                    let response = try await client.complete(
                        ChatRequest(model: "claude-haiku-4-5", messages: [.user("question number \(index)")])
                    )
                    #expect(response.text == "Echo 0: question number \(index)")
                }
            }
            try await group.waitForAll()
        }
        #expect(client.statistics.failures == 0)
        #expect(server.statistics.succeeded == 80)
    }
}
