import Foundation
import TestSupport
import Testing

@Suite(.serialized) struct ValidateCommandTests {
    @Test func everyShippedConfigValidates() throws {
        let experiments = RepositoryPaths.root.appendingPathComponent("experiments")
        let files = try FileManager.default.subpathsOfDirectory(atPath: experiments.path)
            .filter { $0.hasSuffix(".yaml") }
            .map { experiments.appendingPathComponent($0).path }
        #expect(files.count >= 13)
        let result = try runBon(["validate"] + files)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.components(separatedBy: "\n").filter { $0.hasPrefix("ok ") }.count == files.count)
    }

    @Test func badConfigExitsTwoNamingFileLineAndKey() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = try directory.write("experiments/bad.yaml", "model: claude-sonnet-4-5\nmax_token: 5\n")
        let result = try runBon(["validate", path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(path):2:1: `max_token`: unknown key; did you mean `max_tokens`?"))
    }

    @Test func dryRunPrintsThePlanWithFlagsApplied() throws {
        let config = RepositoryPaths.root.appendingPathComponent("experiments/marvin/claude_100x8.yaml").path
        var environment = ProcessInfo.processInfo.environment
        environment["HF_HUB_OFFLINE"] = "1"
        environment["HF_HOME"] = NSTemporaryDirectory() + "bon-empty-hf-home"
        let result = try runBon(["run", config, "--max-queries", "10", "--dry-run"], environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("10 × 8 candidates = 80 generations"))
    }

    @Test func dryRunNamesTheRowsItSkipsAndWhere() async throws {
        let server = try await FakeLLMServer.start()
        defer { Task { await server.shutdown() } }
        let setup = try FakeServerRun(provider: FakeServerRun.providers[1], server: server, queries: 3, candidates: 2)
        defer { setup.directory.remove() }
        let data = setup.directory.path("dataset/data/math-00000-of-00001.jsonl")
        let handle = try #require(FileHandle(forWritingAtPath: data))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("{\"uuid\": \"cut\", \"messages\": [\n".utf8))
        try handle.close()
        let result = try await setup.run(["--dry-run", "--max-queries", "10"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("3 × 2 candidates = 6 generations"))
        let skipped = "skipped   1 math row: malformed JSON line (first: data/math-00000-of-00001.jsonl, row 3"
        #expect(result.stdout.contains(skipped), "\(result.stdout)")
        #expect(server.statistics.received == 0)
    }

    @Test func dryRunWritesNothingAndOverwriteDeletesNothing() async throws {
        let server = try await FakeLLMServer.start()
        defer { Task { await server.shutdown() } }
        let setup = try FakeServerRun(provider: FakeServerRun.providers[1], server: server, queries: 4, candidates: 2)
        defer { setup.directory.remove() }
        let output = setup.directory.path("batch.parquet")
        let journal = setup.directory.path("batch.journal.sqlite")
        let fresh = try await setup.run(["--dry-run"])
        #expect(fresh.status == 0, "\(fresh.stderr)")
        #expect(fresh.stdout.contains("todo      8 of 8 candidates"))
        #expect(fresh.stdout.contains("from the prompts and max_tokens / 2 (128 out)"), "\(fresh.stdout)")
        #expect(!FileManager.default.fileExists(atPath: journal), "a dry run creates no journal")

        #expect(try await setup.run(["--quiet"]).status == 0)
        let overwrite = try await setup.run(["--dry-run", "--overwrite"])
        #expect(overwrite.stdout.contains("todo      8 of 8 candidates"))
        #expect(overwrite.stdout.contains("--overwrite would delete the journal's 8 finished candidates"))
        #expect(FileManager.default.fileExists(atPath: output) && FileManager.default.fileExists(atPath: journal))
        #expect(try await setup.rows(output).count == 8)

        let changed = try await setup.run(["--dry-run", "--num-candidates", "3"])
        #expect(changed.status == 0, "a dry run of a changed config shows its plan")
        #expect(changed.stdout.contains("todo      12 of 12 candidates"))
        #expect(changed.stdout.contains("belongs to a different config: a run needs --overwrite"))
        #expect(server.statistics.received == 8)
    }

    @Test(arguments: FakeServerRun.providers)
    func aMissingKeyIsBadInputAndWritesNothing(provider: FakeServerRun.Provider) async throws {
        let server = try await FakeLLMServer.start()
        defer { Task { await server.shutdown() } }
        var setup = try FakeServerRun(
            provider: provider,
            server: server,
            queries: 2,
            candidates: 1
        )
        defer { setup.directory.remove() }
        // The official endpoint (no base_url) needs a key, and none is set.
        let config = try String(contentsOfFile: setup.config, encoding: .utf8)
            .split(separator: "\n").filter { !$0.hasPrefix("base_url:") }.joined(separator: "\n")
        try config.write(toFile: setup.config, atomically: true, encoding: .utf8)
        setup.environment["HOME"] = setup.directory.path("home")
        let result = try await setup.run(["--quiet"])
        #expect(result.status == 2)
        let variable = provider.generator == "claude" ? "ANTHROPIC_API_KEY" : "OPENAI_API_KEY"
        #expect(result.stderr.contains("\(variable) is not set"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: setup.directory.path("batch.journal.sqlite")))
    }

    @Test func badFlagValueExitsTwo() throws {
        let result = try runBon(["run", "x.yaml", "--max-queries", "many"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--max-queries"))
    }

    @Test func noColorWhenNotATerminal() throws {
        let config = RepositoryPaths.root.appendingPathComponent("experiments/baseline/baseline.yaml").path
        let result = try runBon(["validate", config])
        #expect(!result.stdout.contains("\u{1B}["))
    }
}
