import Foundation
import TestSupport
import Testing

/// A run's answers reach the shared response cache from its journal, so a later run of the same requests, or a
/// restart with `--overwrite`, pays for none of them again.
struct SharedCacheTests {
    @Test func answersOfARunAreInTheCacheForTheNextRunAndSurviveOverwrite() async throws {
        let server = try await FakeLLMServer.start()
        defer { Task { await server.shutdown() } }
        let setup = try FakeServerRun(
            provider: FakeServerRun.providers[1],
            server: server,
            queries: 5,
            candidates: 3
        )
        defer { setup.directory.remove() }
        let first = try await runBonAsync(["run", setup.config, "--quiet"], environment: setup.environment)
        #expect(first.status == 0, "\(first.stderr)")
        let paid = server.statistics.succeeded
        #expect(paid == 15)
        let rows = try await setup.rows(setup.directory.path("batch.parquet"))

        // A run with its own journal (another output) answers from the cache.
        let other = try await runBonAsync(
            ["run", setup.config, "--quiet", "--output", setup.directory.path("other.parquet")],
            environment: setup.environment
        )
        #expect(other.status == 0, "\(other.stderr)")
        #expect(server.statistics.succeeded == paid)

        // Starting over deletes the journal, but not what it paid for: it goes to the cache first.
        try FileManager.default.removeItem(atPath: setup.directory.path("cache"))
        let overwritten = try await runBonAsync(
            ["run", setup.config, "--quiet", "--overwrite"],
            environment: setup.environment
        )
        #expect(overwritten.status == 0, "\(overwritten.stderr)")
        #expect(server.statistics.succeeded == paid)
        let again = try await setup.rows(setup.directory.path("batch.parquet"))
        #expect(again.keys.sorted() == rows.keys.sorted())
        for (key, row) in rows { #expect(again[key]?["response"] as? String == row["response"] as? String) }

        // Without the cache, the same requests are paid for again.
        let uncached = try await runBonAsync(
            ["run", setup.config, "--quiet", "--no-cache", "--output", setup.directory.path("uncached.parquet")],
            environment: setup.environment
        )
        #expect(uncached.status == 0, "\(uncached.stderr)")
        #expect(server.statistics.succeeded == 2 * paid)
    }
}
