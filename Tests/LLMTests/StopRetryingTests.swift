import LLM
import Synchronization
import TestSupport
import Testing

/// A run being stopped (Ctrl-C) waits for attempts already sent, never for attempts not yet made.
@Suite struct StopRetryingTests {
    /// The run's stop, as Ctrl-C raises it.
    final class Stop: Sendable {
        private let raised: Atomic<Bool>
        init(raised: Bool) { self.raised = Atomic(raised) }
        func raise() { raised.store(true, ordering: .relaxed) }
        var isRaised: Bool { raised.load(ordering: .relaxed) }
    }

    /// A client whose retries wait `backoff` and stop once `stop` is raised.
    static func client(
        _ server: FakeLLMServer,
        _ provider: LLMProvider,
        backoff: Duration,
        stop: Stop
    ) throws -> any LLMClient {
        var configuration = Fixture.configuration(server, provider)
        configuration.retry = RetryPolicy(maxRetries: 1, initialBackoff: backoff, maximumBackoff: backoff)
        configuration.stopRetrying = { stop.isRaised }
        return switch provider {
        case .anthropic: try AnthropicClient(configuration: configuration)
        case .openAI: try OpenAIClient(configuration: configuration)
        }
    }

    @Test(arguments: [LLMProvider.anthropic, .openAI])
    func aStopEndsTheBackoffWithoutAnotherAttempt(provider: LLMProvider) async throws {
        let server = try await FakeLLMServer.start()
        defer { Task { await server.shutdown() } }
        server.setFailureRate(1, kinds: [.serverError])
        let stop = Stop(raised: false)
        // Without the stop the second attempt comes after 20 s, and the test fails on it.
        let client = try Self.client(server, provider, backoff: .seconds(20), stop: stop)
        let answer = Task {
            try await client.complete(ChatRequest(model: Fixture.model(provider), messages: [.user("x")]))
        }
        while server.statistics.received == 0 { try await Task.sleep(for: .milliseconds(5)) }
        stop.raise()
        let error = await #expect(throws: LLMError.self) { try await answer.value }
        #expect(error?.code == .cancelled)
        #expect(error?.message.contains("not tried again after 1 failed attempts: the run is stopping") == true)
        #expect(server.statistics.received == 1)
        #expect(client.statistics.attempts == 1)
    }

    @Test func aRequestNotYetSentIsNotSentOnceStopped() async throws {
        let server = try await FakeLLMServer.start()
        defer { Task { await server.shutdown() } }
        let stop = Stop(raised: true)
        let client = try Self.client(server, .openAI, backoff: .milliseconds(1), stop: stop)
        let error = await #expect(throws: LLMError.self) {
            _ = try await client.complete(ChatRequest(model: "gpt-4o-mini", messages: [.user("x")]))
        }
        #expect(error?.code == .cancelled)
        #expect(error?.message.contains("was not sent") == true)
        #expect(server.statistics.received == 0)
    }

    @Test func anAttemptAlreadySentIsReadToItsEnd() async throws {
        let server = try await FakeLLMServer.start()
        defer { Task { await server.shutdown() } }
        server.setLatency(.milliseconds(300))
        let stop = Stop(raised: false)
        let client = try Self.client(server, .openAI, backoff: .milliseconds(1), stop: stop)
        async let answer = client.complete(ChatRequest(model: "gpt-4o-mini", messages: [.user("x")]))
        // The server holds the request for 300 ms before it counts it as received.
        while server.statistics.peakInFlight == 0 { try await Task.sleep(for: .milliseconds(5)) }
        stop.raise()
        #expect(try await answer.text == "Echo 0: x")
    }
}
