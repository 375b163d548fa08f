import Experiments
import Foundation
import LLM
import NIOPosix
import Synchronization
import TestSupport
import Testing

/// The journal keeps every answer on arrival, so a killed run never asks for it again, even with `--no-cache`.
struct RunJournalResponseStoreTests {
    private func request(candidate: Int) -> ChatRequest {
        ChatRequest(
            model: "gpt-4o-mini",
            system: "You are Marvin.",
            messages: [.user("What is 6 × 7?")],
            temperature: 0.7,
            seed: candidate,
            candidateIndex: candidate
        )
    }

    private func client(_ server: FakeLLMServer, journal: RunJournal) throws -> CachingClient {
        let inner = try LLMClients.make(
            provider: .openAI,
            model: "gpt-4o-mini",
            baseURL: server.openAIBaseURL,
            environment: ["OPENAI_API_KEY": "sk-journal-test"]
        )
        return CachingClient(wrapping: inner, store: journal, provider: "openai@\(server.openAIBaseURL)")
    }

    @Test func aReopenedJournalAnswersWithoutAskingTheServerAgain() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let server = try await FakeLLMServer.start()
        defer { Task { await server.shutdown() } }
        let path = directory.path("run.journal.sqlite")

        let first = try await client(server, journal: RunJournal(path: path)).complete(request(candidate: 0))
        #expect(server.statistics.succeeded == 1)

        // A new process opens the same journal: the same request is answered from it.
        let reopened = try RunJournal(path: path)
        let again = try await client(server, journal: reopened).complete(request(candidate: 0))
        #expect(server.statistics.succeeded == 1)
        #expect(again.message.content == first.message.content)
        #expect(again.usage == first.usage)

        // Another candidate of the same query is a different request: it is never collapsed into the first.
        _ = try await client(server, journal: reopened).complete(request(candidate: 1))
        #expect(server.statistics.succeeded == 2)
        #expect(
            reopened.lookup(RequestKey.make(request(candidate: 1), provider: "openai@\(server.openAIBaseURL)")) != nil
        )
    }

    /// A journal that notes where each answer was stored from.
    final class NotingStore: ResponseStore {
        let journal: RunJournal
        let onEventLoop = Mutex<[Bool]>([])

        init(_ journal: RunJournal) { self.journal = journal }

        func lookup(_ key: String) -> ChatResponse? { journal.lookup(key) }

        func store(_ response: ChatResponse, for key: String) {
            let onLoop = MultiThreadedEventLoopGroup.currentEventLoop != nil
            onEventLoop.withLock { $0.append(onLoop) }
            journal.store(response, for: key)
        }
    }

    @Test func answersAreKeptOnTheEventLoopThatReadThem() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let server = try await FakeLLMServer.start()
        defer { Task { await server.shutdown() } }
        let store = NotingStore(try RunJournal(path: directory.path("run.journal.sqlite")))
        let inner = try LLMClients.make(
            provider: .openAI,
            model: "gpt-4o-mini",
            baseURL: server.openAIBaseURL,
            environment: ["OPENAI_API_KEY": "sk-journal-test"]
        )
        let client = CachingClient(wrapping: inner, store: store, provider: "openai@\(server.openAIBaseURL)")

        _ = try await client.complete(request(candidate: 0))
        _ = try await client.completeMany(request(candidate: 1), count: 3)
        // Once each, and before the caller's task ran again: a kill after the read cannot lose them.
        #expect(store.onEventLoop.withLock { $0 } == [true, true, true, true])
        for candidate in 0..<4 {
            var single = request(candidate: 1)
            single.candidateIndex = candidate
            if candidate == 0 { single = request(candidate: 0) }
            #expect(store.journal.lookup(RequestKey.make(single, provider: "openai@\(server.openAIBaseURL)")) != nil)
        }
    }
}
