import Foundation
import TestSupport
import Testing

/// Which provider failures cost one candidate (a `generation_error` row) and which stop the run.
@Suite struct ProviderFailureTests {
    /// 4 queries × 2 candidates of OpenAI's, one call at a time, so that scripted faults meet known requests.
    static func serialRun(_ server: FakeLLMServer) throws -> FakeServerRun {
        try FakeServerRun(
            provider: FakeServerRun.providers[1],
            server: server,
            queries: 4,
            candidates: 2,
            extra: "concurrency: 1\n"
        )
    }

    @Test(arguments: FakeServerRun.providers)
    func aRejectedRequestIsOneErrorRowAndTheRunGoesOn(provider: FakeServerRun.Provider) async throws {
        let server = try await FakeLLMServer.start()
        defer { Task { await server.shutdown() } }
        // The first request is rejected (a prompt over the context window, say) before anything was answered;
        // the second fails once with a 500 and is retried.
        server.enqueueFaults(.status(400), .serverError)
        let setup = try FakeServerRun(
            provider: provider,
            server: server,
            queries: 4,
            candidates: 2,
            extra: "concurrency: 1\n"
        )
        defer { setup.directory.remove() }
        let result = try await setup.run(["--json-progress"])
        #expect(result.status == 1, "\(result.stderr)")
        // Progress is one JSON object per line on standard error; the last one counts every candidate.
        let last = try #require(result.stderr.split(separator: "\n").last { $0.hasPrefix("{\"cost_usd\"") })
        let progress = try #require(try JSONSerialization.jsonObject(with: Data(last.utf8)) as? [String: Any])
        #expect(progress["done"] as? Int == 8 && progress["total"] as? Int == 8)
        #expect(progress["errors"] as? Int == 1 && progress["verified"] as? Int == 7)
        #expect(progress["eta_s"] as? Double == 0)
        #expect(progress["retries"] as? Int == 1 && progress["rate_limited"] as? Int == 0)
        let calls = "calls      8 requests, 9 attempts, 1 retries (0 rate-limited), 1 failed after retries"
        #expect(result.stdout.contains(calls), "\(result.stdout)")
        #expect(result.stdout.contains("verdicts   correct 7, generation_error 1"), "\(result.stdout)")
        let rows = try await setup.rows(setup.output)
        #expect(rows.count == 8)
        let errors = rows.values.compactMap { $0["error"] as? String }
        #expect(errors.count == 1)
        #expect(errors.first?.contains("HTTP 400") == true)
        #expect(server.statistics.received == 9, "the rejected request is not sent again")
    }

    @Test func retryErrorsMakesOnlyTheFailedCandidatesAgain() async throws {
        let server = try await FakeLLMServer.start()
        defer { Task { await server.shutdown() } }
        server.enqueueFaults(.status(400))
        let setup = try Self.serialRun(server)
        defer { setup.directory.remove() }
        let first = try await setup.run(["--quiet"])
        #expect(first.status == 1, "\(first.stderr)")

        let failed = try await setup.rows(setup.output).filter { $0.value["error"] is String }.map(\.key)
        #expect(failed.count == 1)

        let again = try await setup.run(["--quiet"])
        #expect(again.status == 1, "a plain resume leaves the error row as it is")
        let advice = "1 candidate ended in an error (see the `error` column); re-run with --retry-errors"
        #expect(again.stderr.contains(advice))
        #expect(server.statistics.received == 8)
        let plan = try await setup.run(["--retry-errors", "--dry-run"])
        #expect(plan.stdout.contains("todo      1 of 8 candidates"), "\(plan.stdout)")
        #expect(plan.stdout.contains("(tokens: math from 7 finished (mean "), "the estimate uses this run's means")

        let retried = try await setup.run(["--retry-errors", "--quiet"])
        #expect(retried.status == 0, "\(retried.stderr)")
        #expect(server.statistics.received == 9, "only the failed candidate is asked for again")
        let rows = try await setup.rows(setup.output)
        #expect(rows.count == 8)
        #expect(rows.values.allSatisfy { $0["error"] is NSNull })
        #expect((rows[failed[0]]?["response"] as? String)?.isEmpty == false)
    }

    @Test func theBudgetStopsDispatchingAndARaisedOneContinues() async throws {
        let server = try await FakeLLMServer.start()
        defer { Task { await server.shutdown() } }
        // gpt-4o at $2.50 / $10 per million tokens: $0.00125 a candidate.
        for _ in 0..<8 { server.enqueue(FakeReply(text: "Sigh.", usage: FakeUsage(input: 100, output: 100))) }
        let setup = try FakeServerRun(
            provider: FakeServerRun.Provider(generator: "openai", model: "gpt-4o"),
            server: server,
            queries: 4,
            candidates: 2,
            extra: "concurrency: 1\n"
        )
        defer { setup.directory.remove() }
        let capped = try await setup.run(["--quiet", "--budget", "0.004"])
        #expect(capped.status == 3)
        #expect(capped.stderr.contains("budget reached ($0.003750 of $0.004000 spent"), "\(capped.stderr)")

        #expect(try await setup.rows(setup.output).count == 3)

        let raised = try await setup.run(["--quiet", "--budget", "1"])
        #expect(raised.status == 0, "\(raised.stderr)")
        #expect(try await setup.rows(setup.output).count == 8)
        #expect(server.statistics.received == 8)
    }

    @Test func rejectionsBeforeAnyAnswerStopTheRun() async throws {
        let server = try await FakeLLMServer.start()
        defer { Task { await server.shutdown() } }
        server.enqueueFaults(.status(400), .status(422), .status(400))
        let setup = try Self.serialRun(server)
        defer { setup.directory.remove() }
        let result = try await setup.run(["--quiet"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("3 requests rejected and none answered"), "\(result.stderr)")
        #expect(result.stderr.contains("re-run the same command to continue"))
        // The request built ahead of the free slot may take it before the third rejection is read.
        #expect((3...4).contains(server.statistics.received))

        #expect(try await setup.rows(setup.output).count <= 2, "the rejection that stops the run is not a row")
    }

    @Test func anUnreachableServerStopsTheRunNamingIt() async throws {
        // A port that was just free: nothing listens there.
        let server = try await FakeLLMServer.start()
        let setup = try FakeServerRun(provider: FakeServerRun.providers[1], server: server, queries: 2, candidates: 1)
        defer { setup.directory.remove() }
        let url = server.openAIBaseURL
        await server.shutdown()
        let result = try await setup.run(["--quiet"])
        #expect(result.status == 1)
        let origin = try #require(url.split(separator: "/").dropFirst().first)
        #expect(
            result.stderr.contains("OpenAI at http://\(origin) cannot be reached (connection refused)"),
            "\(result.stderr)"
        )

        if FileManager.default.fileExists(atPath: setup.output) {
            #expect(try await setup.rows(setup.output).isEmpty)
        }
    }
}
