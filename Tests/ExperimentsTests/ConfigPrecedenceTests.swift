import Experiments
import Foundation
import TestSupport
import Testing

@Suite struct ConfigPrecedenceTests {
    @Test func defaultsThenFileThenFlags() throws {
        let repository = try ScratchRepository()
        defer { repository.directory.remove() }
        let path = try repository.config("model: claude-sonnet-4-5-20250929\nmax_queries: 200\nsplits: [math, code]\n")
        let fromFile = try ConfigLoader().load(path: path)
        #expect(fromFile.maxQueries == 200)
        #expect(fromFile.splits == ["math", "code"])
        #expect(fromFile.numCandidates == 8)  // built-in default
        #expect(fromFile.temperature == nil)  // unset: the provider's default applies
        var flags = ConfigOverrides()
        flags.maxQueries = 50
        flags.splits = ["code"]
        flags.numCandidates = 3
        let withFlags = try ConfigLoader().load(path: path, overrides: flags)
        #expect(withFlags.maxQueries == 50)
        #expect(withFlags.splits == ["code"])
        #expect(withFlags.numCandidates == 3)
    }

    @Test func pathsResolveAgainstTheRepositoryRootNotTheWorkingDirectory() throws {
        let repository = try ScratchRepository()
        defer { repository.directory.remove() }
        let path = try repository.config(
            "model: claude-sonnet-4-5\npersona: personas/marvin.txt\noutput: out/run.parquet\n",
            name: "experiments/marvin/deep/run.yaml"
        )
        let config = try ConfigLoader(workingDirectory: "/").load(path: path)
        let root = repository.directory.url.standardizedFileURL.path
        #expect(config.repositoryRoot == root)
        #expect(config.persona == root + "/personas/marvin.txt")
        #expect(config.output == root + "/out/run.parquet")
    }

    @Test func outputDefaultsToResultsBesideTheConfig() throws {
        let repository = try ScratchRepository()
        defer { repository.directory.remove() }
        let path = try repository.config("model: claude-sonnet-4-5\n", name: "experiments/j5/claude_100x8.yaml")
        let config = try ConfigLoader().load(path: path)
        #expect(config.output.hasSuffix("/experiments/j5/results/claude_100x8.parquet"))
        #expect(config.name == "claude_100x8")
    }

    @Test func flagPathsAreRelativeToTheWorkingDirectory() throws {
        let repository = try ScratchRepository()
        defer { repository.directory.remove() }
        let path = try repository.config("model: claude-sonnet-4-5\n")
        var flags = ConfigOverrides()
        flags.output = "mine.parquet"
        flags.persona = "personas/marvin.txt"
        let root = repository.directory.url.standardizedFileURL.path
        let config = try ConfigLoader(workingDirectory: root).load(path: path, overrides: flags)
        #expect(config.output == root + "/mine.parquet")
        #expect(config.persona == root + "/personas/marvin.txt")
    }

    @Test func aFlagProblemNamesTheFlag() throws {
        let repository = try ScratchRepository()
        defer { repository.directory.remove() }
        let path = try repository.config("model: claude-sonnet-4-5\n")
        var flags = ConfigOverrides()
        flags.temperature = 1.7
        let error = #expect(throws: ConfigError.self) { try ConfigLoader().load(path: path, overrides: flags) }
        #expect(error?.problems.first?.file == "--temperature")
        #expect(error?.problems.first?.key == "temperature")
    }

    @Test func baseURLAllowsAnyModelName() throws {
        let repository = try ScratchRepository()
        defer { repository.directory.remove() }
        let path = try repository.config(
            "generator: openai\nmodel: Qwen/Qwen3-8B\nbase_url: http://localhost:8000/v1\ntemperature: 1.2\n"
        )
        let config = try ConfigLoader().load(path: path)
        #expect(config.baseURL == "http://localhost:8000/v1")
    }

    @Test func resolvedYAMLIsStableAndParsesBack() throws {
        let repository = try ScratchRepository()
        defer { repository.directory.remove() }
        let path = try repository.config("model: claude-sonnet-4-5\nnotes: \"a: b # c\"\n")
        let config = try ConfigLoader().load(path: path)
        #expect(config.resolvedYAML == (try ConfigLoader().load(path: path)).resolvedYAML)
        #expect(config.resolvedYAML.contains("notes: \"a: b # c\""))
    }
}
