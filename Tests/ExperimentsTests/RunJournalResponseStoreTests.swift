import Experiments
import Foundation
import LLM
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
}
