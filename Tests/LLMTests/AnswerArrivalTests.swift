import LLM
import NIOPosix
import Synchronization
import TestSupport
import Testing

/// The provider clients hand each answer to ``AnswerArrival/handler`` on the event loop that read it, before the
/// task that asked runs again: what a run keeps there survives a kill that comes before the task resumes.
@Suite struct AnswerArrivalTests {
    /// What the handler saw: the first candidate index, the answers, and whether it ran on an event loop.
    final class Arrivals: Sendable {
        struct Arrival: Sendable {
            var first: Int
            var responses: [ChatResponse]
            var onEventLoop: Bool
        }

        private let seen = Mutex<[Arrival]>([])

        var all: [Arrival] { seen.withLock { $0 } }

        var handler: AnswerArrival.Handler {
            { first, responses in
                let onEventLoop = MultiThreadedEventLoopGroup.currentEventLoop != nil
                self.seen.withLock { $0.append(Arrival(first: first, responses: responses, onEventLoop: onEventLoop)) }
            }
        }
    }

    @Test(arguments: Fixture.modes)
    func theAnswerArrivesOnTheEventLoopBeforeTheCallerResumes(provider: LLMProvider, streaming: Bool) async throws {
        let server = try await FakeLLMServer.start()
        defer { Task { await server.shutdown() } }
        let client = try Fixture.client(server, provider, streaming: streaming)
        let arrivals = Arrivals()
        let request = ChatRequest(model: Fixture.model(provider), messages: [.user("Hi")], candidateIndex: 5)
        let response = try await AnswerArrival.receiving(with: arrivals.handler) { () async throws(LLMError) in
            try await client.complete(request)
        }
        let arrival = try #require(arrivals.all.first)
        #expect(arrivals.all.count == 1)
        #expect(arrival.first == 5)
        #expect(arrival.onEventLoop)
        // The answer kept is the one returned, except for the latency, which the caller's clock reads later.
        var kept = try #require(arrival.responses.first)
        kept.latencyMs = response.latencyMs
        #expect(arrival.responses.count == 1)
        #expect(kept == response)
    }

    @Test(arguments: Fixture.modes)
    func onlyTheAttemptThatSucceededArrives(provider: LLMProvider, streaming: Bool) async throws {
        let server = try await FakeLLMServer.start()
        defer { Task { await server.shutdown() } }
        server.enqueueFaults(.serverError, streaming ? .dropMidStream : .malformedJSON, .rateLimited(retryAfterMs: 1))
        let client = try Fixture.client(server, provider, streaming: streaming)
        let arrivals = Arrivals()
        let response = try await AnswerArrival.receiving(with: arrivals.handler) { () async throws(LLMError) in
            try await client.complete(ChatRequest(model: Fixture.model(provider), messages: [.user("Hi")]))
        }
        #expect(server.requests.count == 4)
        #expect(arrivals.all.count == 1)
        #expect(arrivals.all.first?.responses.first?.text == response.text)
    }

    @Test(arguments: [true, false])
    func allChoicesOfAnNRequestArriveTogether(streaming: Bool) async throws {
        let server = try await FakeLLMServer.start()
        defer { Task { await server.shutdown() } }
        let client = try Fixture.client(server, .openAI, streaming: streaming)
        let arrivals = Arrivals()
        let responses = try await AnswerArrival.receiving(with: arrivals.handler) { () async throws(LLMError) in
            try await client.completeMany(
                ChatRequest(model: "gpt-4o", messages: [.user("Hi")], candidateIndex: 2),
                count: 3
            )
        }
        #expect(server.requests.count == 1)
        #expect(arrivals.all.count == 1)
        #expect(arrivals.all.first?.first == 2)
        #expect(arrivals.all.first?.responses.map(\.text) == responses.map(\.text))
    }
}
