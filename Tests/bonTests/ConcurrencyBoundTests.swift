import Foundation
import TestSupport
import Testing

/// `concurrency` bounds the calls a provider sees at once, even though the runner starts a generation ahead
/// of each free slot (it builds its request and waits in the client's limiter).
@Suite(.serialized) struct ConcurrencyBoundTests {
    @Test(arguments: FakeServerRun.providers)
    func callsInFlightNeverExceedConcurrency(provider: FakeServerRun.Provider) async throws {
        let server = try await FakeLLMServer.start()
        defer { Task { await server.shutdown() } }
        server.setLatency(.milliseconds(40))
        var setup = try FakeServerRun(
            provider: provider,
            server: server,
            queries: 6,
            candidates: 4,
            extra: "concurrency: 3\n"
        )
        defer { setup.directory.remove() }
        setup.environment[provider.generator == "claude" ? "ANTHROPIC_API_KEY" : "OPENAI_API_KEY"] = "sk-bound-test"

        let result = try await setup.run(["--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let statistics = server.statistics
        #expect(statistics.succeeded == 24)
        #expect(statistics.peakInFlight == 3, "the server saw \(statistics.peakInFlight) calls at once")
        #expect(try await setup.rows(setup.directory.path("batch.parquet")).count == 24)
    }
}
