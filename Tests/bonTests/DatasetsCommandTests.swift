import Foundation
import TestSupport
import Testing

@Suite struct DatasetsCommandTests {
    private func bon(_ arguments: [String], environment: [String: String] = [:]) throws -> (Int32, String, String) {
        let result = try runBon(arguments, environment: ProcessInfo.processInfo.environment.merging(environment) { $1 })
        return (result.status, result.stdout, result.stderr)
    }

    @Test func previewPrintsQueriesReferencesAndSources() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let row =
            #"{"uuid":"m1","messages":[{"role":"user","content":"What is 2+2?"},{"role":"assistant","content":"\\boxed{4}"}]}"#
        try folder.write("math.jsonl", row + "\n")
        let (status, output, _) = try bon(["datasets", "preview", folder.url.path, "--split", "math", "--limit", "1"])
        #expect(status == 0)
        #expect(output.contains("[1] math · m1 · math.jsonl row 0"))
        #expect(output.contains("prompt:    What is 2+2?"))
        #expect(output.contains("reference: 4"))
        #expect(output.contains("selected 1 queries (math 1)"))
    }

    @Test func unknownSplitIsBadInputNamingTheSplits() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        try folder.write("math.jsonl", "{}\n")
        let (status, _, errors) = try bon(["datasets", "preview", folder.url.path, "--split", "code"])
        #expect(status == 2)
        #expect(errors.contains("has no split 'code' (splits: math)"))
    }

    @Test func helpHasAnExample() throws {
        let (status, output, _) = try bon(["datasets", "preview", "--help"])
        #expect(status == 0)
        #expect(output.contains("bon datasets preview data/nemotron-sample --split math"))
    }
}

@Suite struct DatasetsPreviewSampleTests {
    @Test func previewsTheBundledSampleOffline() throws {
        let process = Process()
        process.executableURL = RepositoryPaths.bonExecutable
        process.arguments = [
            "datasets", "preview", "data/nemotron-sample", "--split", "math,tool_calling", "--limit", "4",
        ]
        process.currentDirectoryURL = RepositoryPaths.root
        var environment = ProcessInfo.processInfo.environment
        environment["HF_HUB_OFFLINE"] = "1"
        process.environment = environment
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(output.contains("reference: 91"))
        #expect(output.contains("tools:     get_weather, convert_currency"))
        #expect(output.contains("data/tool-00000-of-00001.parquet row 0"))
        #expect(output.contains("selected 4 queries (math 2, tool_calling 2)"))
    }
}
