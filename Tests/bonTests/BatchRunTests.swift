import Foundation
import TestSupport
import Testing

/// `bon run --batch` and `--collect` against the fake server's Message Batches and Files + Batches endpoints.
@Suite(.serialized) struct BatchRunTests {
    @Test(arguments: [FakeServerRun.providers[0]])
    func batchRunOf200x8CostsHalfTheLivePriceOfTheSameResponses(provider: FakeServerRun.Provider) async throws {
        let server = try await FakeLLMServer.start()
        defer { Task { await server.shutdown() } }
        server.setRecordsRequests(false)
        let setup = try FakeServerRun(provider: provider, server: server, queries: 200, candidates: 8)
        defer { setup.directory.remove() }
        let batchFile = setup.directory.path("batch.parquet")
        let start = ContinuousClock.now
        let batch = try await setup.run(["--batch", "--json-progress"])
        let batchSeconds = (ContinuousClock.now - start).components.seconds
        #expect(batch.status == 0, "\(batch.stderr)")
        #expect(batch.stderr.contains(#""batch":"#), "progress shows batch states")
        let afterBatch = server.statistics
        #expect(afterBatch.batchesCreated >= 1)
        #expect(afterBatch.succeeded == 0, "batch mode made no live call")

        let liveFile = setup.directory.path("live.parquet")
        let live = try await setup.run(["--no-batch", "--concurrency", "64", "--output", liveFile, "--quiet"])
        #expect(live.status == 0, "\(live.stderr)")
        #expect(server.statistics.succeeded == 1600)
        #expect(server.statistics.batchesCreated == afterBatch.batchesCreated)

        let batchRows = try await setup.rows(batchFile)
        let liveRows = try await setup.rows(liveFile)
        #expect(batchRows.count == 1600)
        #expect(liveRows.count == 1600)
        var batchTotal = 0.0
        var liveTotal = 0.0
        for (key, row) in batchRows {
            let twin = try #require(liveRows[key])
            #expect(row["response"] as? String == twin["response"] as? String)
            #expect(row["error"] is NSNull)
            let cost = try #require(row["cost_usd"] as? Double)
            let liveCost = try #require(twin["cost_usd"] as? Double)
            #expect(abs(cost * 2 - liveCost) <= liveCost * 1e-9, "\(key): batch \(cost) vs live \(liveCost)")
            batchTotal += cost
            liveTotal += liveCost
        }
        #expect(liveTotal > 0)
        #expect(abs(batchTotal / liveTotal - 0.5) < 1e-9)
        let schema = try await runBonAsync(["parquet", "schema", batchFile])
        #expect(schema.stdout.contains("batch_ids"))
        print("batch run 200 × 8: \(batchSeconds) s, cost ratio batch/live \(batchTotal / liveTotal)")
    }

    /// How the first process is left mid-poll, and how the run is taken up again.
    struct Leaving: Sendable, CustomTestStringConvertible {
        var provider: FakeServerRun.Provider
        /// SIGKILL (a crash) or SIGINT (Ctrl-C).
        var signal: Int32
        /// `--collect`, or `--batch` (resume and wait).
        var resume: String
        var testDescription: String {
            "\(provider.generator), \(signal == SIGKILL ? "SIGKILL" : "SIGINT"), then \(resume)"
        }
    }

    static let leavings = [
        Leaving(provider: FakeServerRun.providers[0], signal: SIGKILL, resume: "--collect"),
        Leaving(provider: FakeServerRun.providers[1], signal: SIGKILL, resume: "--batch"),
        Leaving(provider: FakeServerRun.providers[0], signal: SIGINT, resume: "--collect"),
    ]

    @Test(arguments: leavings)
    func leftMidPollThenCollectedWithoutResubmitting(leaving: Leaving) async throws {
        let server = try await FakeLLMServer.start()
        defer { Task { await server.shutdown() } }
        server.setBatchPollsUntilDone(1_000_000)
        let setup = try FakeServerRun(provider: leaving.provider, server: server, queries: 20, candidates: 4)
        defer { setup.directory.remove() }

        let process = try setup.launch(["--batch", "--quiet"])
        let deadline = ContinuousClock.now + .seconds(120)
        while server.statistics.batchPolls < 10, ContinuousClock.now < deadline, process.isRunning {
            try await Task.sleep(for: .milliseconds(20))
        }
        #expect(server.statistics.batchPolls >= 10, "bon was polling its batch when it was stopped")
        kill(process.processIdentifier, leaving.signal)
        while process.isRunning { try await Task.sleep(for: .milliseconds(20)) }
        if leaving.signal == SIGKILL {
            #expect(process.terminationReason == .uncaughtSignal)
        } else {
            // Ctrl-C stops waiting at once: nothing is saved for the waiting candidates, exit 3.
            #expect(process.terminationReason == .exit)
            #expect(process.terminationStatus == 3)
            let rows = try await setup.rows(setup.directory.path("batch.parquet"))
            #expect(rows.isEmpty)
        }
        let submitted = server.statistics.batchesCreated
        #expect(submitted >= 1)

        // Still in progress: --collect shows the batch and exits 3 without waiting or resubmitting.
        let early = try await setup.run(["--collect"])
        #expect(early.status == 3, "\(early.stderr)")
        #expect(early.stdout.contains("batch     "))
        #expect(early.stdout.contains("succeeded"))
        #expect(early.stderr.contains("--collect again"))
        #expect(server.statistics.batchesCreated == submitted)

        server.setBatchPollsUntilDone(0)
        let collected = try await setup.run([leaving.resume, "--quiet"])
        #expect(collected.status == 0, "\(collected.stderr)")
        #expect(server.statistics.batchesCreated == submitted, "the recorded batch was collected, not resubmitted")
        #expect(server.statistics.succeeded == 0, "no live calls")
        let rows = try await setup.rows(setup.directory.path("batch.parquet"))
        #expect(rows.count == 80)
        #expect(rows.values.allSatisfy { $0["error"] is NSNull })
    }

    @Test(arguments: FakeServerRun.providers)
    func failedItemsAreRetriedInAFollowUpBatch(provider: FakeServerRun.Provider) async throws {
        let server = try await FakeLLMServer.start()
        defer { Task { await server.shutdown() } }
        server.failNextBatchItems(5)
        let setup = try FakeServerRun(provider: provider, server: server, queries: 10, candidates: 2)
        defer { setup.directory.remove() }
        let result = try await setup.run(["--batch", "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(server.statistics.batchesCreated >= 2, "the 5 failed items went into a follow-up batch")
        #expect(server.statistics.succeeded == 0, "no live calls")
        let rows = try await setup.rows(setup.directory.path("batch.parquet"))
        #expect(rows.count == 20)
        #expect(rows.values.allSatisfy { $0["error"] is NSNull })
    }

    @Test func anItemThatFailsInEveryBatchBecomesAGenerationError() async throws {
        let server = try await FakeLLMServer.start()
        defer { Task { await server.shutdown() } }
        server.failNextBatchItems(5)
        let setup = try FakeServerRun(provider: FakeServerRun.providers[0], server: server, queries: 2, candidates: 1)
        defer { setup.directory.remove() }
        let result = try await setup.run(["--batch", "--quiet"])
        // Batches 1 and 2 lose both items, batch 3 one of them: after its third batch, that failure is final.
        #expect(result.status == 1, "\(result.stderr)")
        #expect(server.statistics.batchesCreated == 3)
        let rows = try await setup.rows(setup.directory.path("batch.parquet"))
        #expect(rows.count == 2)
        let errors = rows.values.compactMap { $0["error"] as? String }
        #expect(errors.count == 1)
        #expect(errors.first?.contains("api_error") == true)
    }

    @Test func toolCallingTurnsAndJudgeCallsGoOutAsBatchRounds() async throws {
        // The model calls a tool first, answers once it has the result; the judge (no tools) says correct.
        let server = try await FakeLLMServer.start { request, _ in
            if !request.toolNames.isEmpty {
                let answered = request.turns.contains { $0.role == "tool" || !$0.toolResultIDs.isEmpty }
                return answered ? .text("All done, as you asked.") : .toolCall(request.toolNames[0], arguments: "{}")
            }
            return .text(#"{"verdict":"correct","confidence":0.9,"explanation":"It did the task."}"#)
        }
        defer { Task { await server.shutdown() } }
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let config = directory.path("tools.yaml")
        let yaml = """
            dataset: \(RepositoryPaths.root.appendingPathComponent("data/nemotron-sample").path)
            splits: tool_calling
            streaming: false
            max_queries: 4
            num_candidates: 2
            model: claude-sonnet-4-5-20250929
            generator: claude
            base_url: \(server.anthropicBaseURL)
            batch: true
            batch_poll_seconds: 0.05
            output: \(directory.path("tools.parquet"))

            """
        try yaml.write(toFile: config, atomically: true, encoding: .utf8)
        var environment = ProcessInfo.processInfo.environment
        environment["ANTHROPIC_API_KEY"] = nil
        environment["BON_CACHE_DIR"] = directory.path("cache")
        let result = try await runBonAsync(["run", config, "--quiet", "--no-cache"], environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        // Round 1: the tool calls; round 2: the answers after the tool results; round 3: the judge.
        #expect(server.statistics.batchesCreated >= 3)
        #expect(server.statistics.succeeded == 0, "no live calls")
        let cat = try await runBonAsync([
            "parquet", "cat", directory.path("tools.parquet"), "--columns", "verdict,messages,cost_usd",
        ])
        let rows = cat.stdout.split(separator: "\n")
        #expect(rows.count == 8)
        #expect(rows.allSatisfy { $0.contains(#""verdict":"correct""#) && $0.contains(#""role":"tool""#) })
    }

    @Test func batchModeWithTheReplayGeneratorIsAConfigError() async throws {
        let config = RepositoryPaths.root.appendingPathComponent("experiments/quickstart.yaml").path
        let result = try await runBonAsync(["run", config, "--batch", "--dry-run"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--batch"))
        #expect(result.stderr.contains("no batch API"))
    }
}
