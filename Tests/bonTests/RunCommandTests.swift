import Foundation
import TestSupport
import Testing

@Suite(.serialized) struct RunCommandTests {
    @Test func quickstartRunsOfflineAndWritesAResultFileThatResumes() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let config = RepositoryPaths.root.appendingPathComponent("experiments/quickstart.yaml").path
        let output = directory.path("quick.parquet")
        var environment = ProcessInfo.processInfo.environment
        environment["BON_CACHE_DIR"] = directory.path("cache")
        environment["NO_COLOR"] = "1"
        let first = try runBon(
            ["run", config, "--output", output, "--quiet", "--unsafe-no-sandbox"],
            environment: environment
        )
        #expect([0, 1].contains(first.status), "\(first.stderr)")
        #expect(first.stdout.contains("summary"))
        #expect(first.stdout.contains("math"))
        #expect(FileManager.default.fileExists(atPath: output))
        let journal = directory.path("quick.journal.sqlite")
        #expect(FileManager.default.fileExists(atPath: journal))
        // The same command again resumes: nothing is left to do.
        let second = try runBon(["run", config, "--output", output, "--unsafe-no-sandbox"], environment: environment)
        #expect(second.stdout.contains("todo      0 of 48 candidates (48 already in the journal)"))
    }

    @Test func changedConfigRefusesToResume() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let config = RepositoryPaths.root.appendingPathComponent("experiments/quickstart.yaml").path
        let output = directory.path("quick.parquet")
        var environment = ProcessInfo.processInfo.environment
        environment["BON_CACHE_DIR"] = directory.path("cache")
        _ = try runBon(["run", config, "--output", output, "--quiet", "--unsafe-no-sandbox"], environment: environment)
        let changed = try runBon(
            ["run", config, "--output", output, "--num-candidates", "2", "--quiet"],
            environment: environment
        )
        #expect(changed.status == 2)
        #expect(changed.stderr.contains("--overwrite"))
    }
}
