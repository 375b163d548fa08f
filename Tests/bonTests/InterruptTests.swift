import Foundation
import TestSupport
import Testing

/// Ctrl-C during a live run: what was sent is waited for and saved, what waits to be retried is left for the
/// resume, and the resume makes each remaining candidate once.
@Suite struct InterruptTests {
    @Test(arguments: FakeServerRun.providers)
    func ctrlCSavesWhatArrivedLeavesRetriesForTheResume(provider: FakeServerRun.Provider) async throws {
        let server = try await FakeLLMServer.start()
        defer { Task { await server.shutdown() } }
        server.setLatency(.milliseconds(50))
        let setup = try FakeServerRun(
            provider: provider,
            server: server,
            queries: 30,
            candidates: 2,
            extra: "concurrency: 4\n"
        )
        defer { setup.directory.remove() }

        let process = try setup.launch(["--quiet"])
        let deadline = ContinuousClock.now + .seconds(120)
        while server.statistics.succeeded < 8, ContinuousClock.now < deadline, process.isRunning {
            try await Task.sleep(for: .milliseconds(10))
        }
        // From now on every attempt fails: the calls in flight go into backoff (0.5 s and more, 7 attempts).
        server.setFailureRate(1, kinds: [.serverError])
        while server.statistics.faultsInjected < 4, ContinuousClock.now < deadline, process.isRunning {
            try await Task.sleep(for: .milliseconds(10))
        }
        #expect(process.isRunning, "the run was still going when Ctrl-C came")
        kill(process.processIdentifier, SIGINT)
        let interrupted = ContinuousClock.now
        while process.isRunning { try await Task.sleep(for: .milliseconds(10)) }
        let stopping = ContinuousClock.now - interrupted
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 3)
        // Waiting out the backoffs and their 6 retries would take over 20 s.
        #expect(stopping < .seconds(5), "bon took \(stopping) to stop")
        let saved = try await setup.rows(setup.output)
        #expect(saved.count == server.statistics.succeeded, "every answer that arrived is saved")
        #expect(saved.values.allSatisfy { $0["error"] is NSNull }, "no candidate is saved as failed by the stop")

        server.setFailureRate(0)
        let resumed = try await setup.run(["--quiet"])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        let rows = try await setup.rows(setup.output)
        #expect(rows.count == 60)
        #expect(rows.values.allSatisfy { $0["error"] is NSNull })
        #expect(server.statistics.succeeded == 60, "no answer was asked for twice")
    }

    @Test func ctrlCTwiceExitsAtOnceAndTheResumeLosesNothing() async throws {
        let server = try await FakeLLMServer.start()
        defer { Task { await server.shutdown() } }
        // Every answer takes 3 s: the calls in flight at the second Ctrl-C are still out.
        server.setLatency(.seconds(3))
        let setup = try FakeServerRun(
            provider: FakeServerRun.providers[1],
            server: server,
            queries: 4,
            candidates: 1,
            extra: "concurrency: 4\n"
        )
        defer { setup.directory.remove() }
        let process = try setup.launch(["--quiet"])
        let deadline = ContinuousClock.now + .seconds(60)
        while server.statistics.peakInFlight < 4, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(10))
        }
        kill(process.processIdentifier, SIGINT)
        try await Task.sleep(for: .milliseconds(200))
        kill(process.processIdentifier, SIGINT)
        let interrupted = ContinuousClock.now
        while process.isRunning { try await Task.sleep(for: .milliseconds(10)) }
        #expect(ContinuousClock.now - interrupted < .seconds(2), "the second Ctrl-C does not wait for the calls")
        #expect(process.terminationStatus == 3)

        server.setLatency(.zero)
        let resumed = try await setup.run(["--quiet"])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(try await setup.rows(setup.output).count == 4)
    }

    @Test func aSecondRunOnAJournalInUseIsRefused() async throws {
        let server = try await FakeLLMServer.start()
        defer { Task { await server.shutdown() } }
        server.setLatency(.seconds(2))
        let setup = try FakeServerRun(provider: FakeServerRun.providers[1], server: server, queries: 2, candidates: 1)
        defer { setup.directory.remove() }
        let first = try setup.launch(["--quiet"])
        let deadline = ContinuousClock.now + .seconds(60)
        while server.statistics.peakInFlight == 0, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(10))
        }
        let second = try await setup.run(["--quiet"])
        #expect(second.status == 2)
        #expect(second.stderr.contains("another bon run (pid \(first.processIdentifier)) is using the journal"))
        while first.isRunning { try await Task.sleep(for: .milliseconds(20)) }
        #expect(first.terminationStatus == 0)
        #expect(!FileManager.default.fileExists(atPath: setup.directory.path("batch.journal.sqlite.lock")))
        #expect(server.statistics.received == 2, "the refused run asked for nothing")
    }
}
