import Foundation
import TestSupport
import Testing

@testable import Datasets

/// Non-streaming downloads into the Hugging Face cache layout, offline mode, and resuming.
@Suite struct HubCacheTests {
    static let mathPath = "data/math-00000-of-00002.jsonl"

    private func repoFolder(_ home: TemporaryDirectory) -> String {
        home.path("hub/datasets--nvidia--Nemotron-Post-Training-Dataset-v1")
    }

    @Test func downloadsIntoTheCacheLayoutThatHuggingFaceHubReadsOffline() async throws {
        let home = try TemporaryDirectory()
        defer { home.remove() }
        let repository = HubTests.v1Repository()
        let content = try #require(repository.files[Self.mathPath])
        let online = try await FakeHub.run(repositories: [repository]) { hub in
            try await HubTests.loader(hub, home: home).load(
                dataset: HubTests.v1,
                splits: ["math"],
                maxQueries: 3,
                streaming: false
            )
        }
        #expect(online.queries.map(\.id) == ["math-0", "math-1", "math-2"])
        #expect(online.bytesRead == Int64(content.count))
        let folder = repoFolder(home)
        #expect(try String(contentsOfFile: folder + "/refs/main", encoding: .utf8) == repository.commit)
        let sha = FakeHubRepository.sha256(content)
        let link = try FileManager.default.destinationOfSymbolicLink(
            atPath: "\(folder)/snapshots/\(repository.commit)/\(Self.mathPath)"
        )
        #expect(link == "../../../blobs/\(sha)")
        #expect(FileManager.default.contents(atPath: "\(folder)/blobs/\(sha)") == Data(content))
        #expect(FileManager.default.fileExists(atPath: "\(folder)/snapshots/\(repository.commit)/README.md"))

        // huggingface_hub, offline, finds the file in our cache.
        let script = """
            from huggingface_hub import hf_hub_download
            print(hf_hub_download("\(HubTests.v1)", "\(Self.mathPath)", repo_type="dataset"))
            """
        let (status, output) = try Python.run(script, environment: ["HF_HOME": home.url.path, "HF_HUB_OFFLINE": "1"])
        #expect(status == 0, "\(output)")
        #expect(
            output.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix(
                "snapshots/\(repository.commit)/\(Self.mathPath)"
            )
        )

        // Our own offline mode selects the same queries from the cache, without a server.
        var configuration = HubConfiguration(environment: ["HF_HOME": home.url.path, "HF_HUB_OFFLINE": "1"])
        configuration.endpoint = "http://127.0.0.1:9"
        let offline = try await QueryLoader(hub: configuration)
            .load(dataset: HubTests.v1, splits: ["math"], maxQueries: 3, streaming: false)
        #expect(offline.queries == online.queries)
        #expect(offline.sources.first?.revision == repository.commit)

        // Without HF_HUB_OFFLINE but with the Hub unreachable, the cached snapshot is used, with a notice.
        var unreachable = HubConfiguration(environment: ["HF_HOME": home.url.path])
        unreachable.endpoint = "http://127.0.0.1:9"
        unreachable.maxAttempts = 1
        unreachable.requestTimeout = .seconds(1)
        let fallback = try await QueryLoader(hub: unreachable)
            .load(dataset: HubTests.v1, splits: ["math"], maxQueries: 3, streaming: true)
        #expect(fallback.queries == online.queries)
        #expect(fallback.notices.contains { $0.contains("cannot reach http://127.0.0.1:9") })
    }

    @Test func offlineWithoutACacheNamesWhatIsMissing() async throws {
        let home = try TemporaryDirectory()
        defer { home.remove() }
        let loader = QueryLoader(environment: ["HF_HOME": home.url.path, "HF_HUB_OFFLINE": "1"])
        let error = await #expect(throws: DatasetError.self) {
            try await loader.load(dataset: HubTests.v1, splits: ["math"], maxQueries: 3)
        }
        #expect(error?.code == .notCached)
        #expect(error?.message.contains(HubTests.v1) == true)
        #expect(error?.message.contains("refs/main") == true)
    }

    @Test func concurrentDownloadsOfTheSameFileShareOneBlob() async throws {
        let home = try TemporaryDirectory()
        defer { home.remove() }
        let repository = HubTests.v1Repository()
        let content = try #require(repository.files[Self.mathPath])
        try await FakeHub.run(repositories: [repository]) { hub in
            let loader = HubTests.loader(hub, home: home)
            async let first = loader.load(dataset: HubTests.v1, splits: ["math"], maxQueries: 2, streaming: false)
            async let second = loader.load(dataset: HubTests.v1, splits: ["math"], maxQueries: 2, streaming: false)
            let (a, b) = try await (first, second)
            #expect(a.queries == b.queries)
            #expect(a.queries.count == 2)
        }
        let sha = FakeHubRepository.sha256(content)
        #expect(FileManager.default.contents(atPath: repoFolder(home) + "/blobs/\(sha)") == Data(content))
        #expect(
            FileManager.default.fileExists(
                atPath: home.path("hub/.locks/datasets--nvidia--Nemotron-Post-Training-Dataset-v1/\(sha).lock")
            )
        )
    }

    @Test func aKilledDownloadResumesWhereItStopped() async throws {
        let home = try TemporaryDirectory()
        defer { home.remove() }
        let repository = HubTests.v1Repository()
        let content = try #require(repository.files[Self.mathPath])
        let sha = FakeHubRepository.sha256(content)
        let blobs = repoFolder(home) + "/blobs"
        try FileManager.default.createDirectory(atPath: blobs, withIntermediateDirectories: true)
        // What a killed process leaves behind: the first 1000 bytes.
        try Data(content.prefix(1000)).write(to: URL(fileURLWithPath: "\(blobs)/\(sha).incomplete"))
        try await FakeHub.run(repositories: [repository]) { hub in
            // And this run's first connection is cut after 700 more bytes.
            hub.inject(.cutAfter(bytes: 700, times: 1, pathContains: sha))
            let selection = try await HubTests.loader(hub, home: home)
                .load(dataset: HubTests.v1, splits: ["math"], maxQueries: 2, streaming: false)
            #expect(selection.queries.map(\.groundTruth) == ["0", "2"])
            let ranges = hub.requests.filter { $0.host == .cdn && $0.path.contains(sha) }.map(\.range)
            #expect(ranges == ["bytes=1000-", "bytes=1700-"])
        }
        #expect(FileManager.default.contents(atPath: "\(blobs)/\(sha)") == Data(content))
        #expect(!FileManager.default.fileExists(atPath: "\(blobs)/\(sha).incomplete"))
    }
}

/// Runs python3 with a script.
enum Python {
    static func run(_ script: String, arguments: [String] = [], environment: [String: String]) throws -> (Int32, String)
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        var merged = ProcessInfo.processInfo.environment
        merged.removeValue(forKey: "HF_TOKEN")
        for (key, value) in environment { merged[key] = value }
        process.environment = merged
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
