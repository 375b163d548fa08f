import Foundation
import TestSupport
import Testing

@testable import Datasets

/// The Hub client against ``FakeHub``: real HTTP on loopback, a separate CDN host, ranges, gating, redirects.
@Suite struct HubTests {
    static let token = "hf_test_secret_token"
    static let v1 = "nvidia/Nemotron-Post-Training-Dataset-v1"
    static let v2 = "nvidia/Nemotron-Post-Training-Dataset-v2"

    static func v1Repository() -> FakeHubRepository {
        FakeHubRepository(
            id: v1,
            files: [
                "README.md": Array(NemotronFixtures.v1Card.utf8),
                ".gitattributes": Array("*.jsonl filter=lfs\n".utf8),
                "data/math-00000-of-00002.jsonl": Array(
                    NemotronFixtures.lines(40) { NemotronFixtures.mathLine($0) }.utf8
                ),
                "data/math-00001-of-00002.jsonl": Array(
                    NemotronFixtures.lines(40) { NemotronFixtures.mathLine(40 + $0) }.utf8
                ),
                "data/code-00000-of-00001.jsonl": Array(NemotronFixtures.lines(5, NemotronFixtures.codeLine).utf8),
                "data/tool-00000-of-00001.jsonl": Array(NemotronFixtures.lines(12, NemotronFixtures.toolLine).utf8),
            ]
        )
    }

    static func v2Repository(gated: Bool = true) -> FakeHubRepository {
        FakeHubRepository(
            id: v2,
            files: [
                "README.md": Array(NemotronFixtures.v2Card.utf8),
                "data/math-00000-of-00001.jsonl": Array(
                    NemotronFixtures.lines(10) { NemotronFixtures.mathLine(100 + $0) }.utf8
                ),
                "data/code-00000-of-00001.jsonl": Array(NemotronFixtures.lines(3, NemotronFixtures.codeLine).utf8),
            ],
            gated: gated
        )
    }

    static func loader(
        _ hub: FakeHub,
        home: TemporaryDirectory,
        token: String? = token,
        offline: Bool = false
    ) -> QueryLoader {
        var environment = ["HF_ENDPOINT": hub.hubURL + "/", "HF_HOME": home.url.path]
        if let token { environment["HF_TOKEN"] = token }
        if offline { environment["HF_HUB_OFFLINE"] = "1" }
        var configuration = HubConfiguration(environment: environment)
        configuration.retryBaseDelay = .milliseconds(5)
        configuration.maxAttempts = 3
        return QueryLoader(hub: configuration)
    }

    @Test func streamingListsPagesResolvesThroughTheCDNAndNeverSendsTheTokenThere() async throws {
        let home = try TemporaryDirectory()
        defer { home.remove() }
        var options = FakeHub.Options()
        options.treePageSize = 2
        try await FakeHub.run(repositories: [Self.v1Repository()], options: options) { hub in
            let selection = try await Self.loader(hub, home: home)
                .load(dataset: Self.v1, splits: ["math", "tool_calling"], maxQueries: 6, streaming: true)
            #expect(selection.queries.map(\.id) == ["math-0", "math-1", "math-2", "tool-0", "tool-1", "tool-2"])
            #expect(
                selection.sources.map(\.files) == [
                    ["data/math-00000-of-00002.jsonl", "data/math-00001-of-00002.jsonl"],
                    ["data/tool-00000-of-00001.jsonl"],
                ]
            )
            #expect(
                selection.sources.map(\.filesRead) == [
                    ["data/math-00000-of-00002.jsonl"], ["data/tool-00000-of-00001.jsonl"],
                ]
            )
            #expect(selection.sources.allSatisfy { $0.revision == Self.v1Repository().commit })
            let requests = hub.requests
            #expect(requests.filter { $0.path.contains("/tree/") }.count > 3)
            let cdn = requests.filter { $0.host == .cdn }
            #expect(!cdn.isEmpty)
            #expect(cdn.allSatisfy { $0.authorization == nil && $0.range != nil && $0.status == 206 })
            #expect(requests.filter { $0.host == .hub }.allSatisfy { $0.authorization == "Bearer \(Self.token)" })
            // Streaming writes nothing to the cache.
            #expect(
                !FileManager.default.fileExists(
                    atPath: home.path("hub/datasets--nvidia--Nemotron-Post-Training-Dataset-v1/blobs")
                )
            )
        }
    }

    @Test func gatedRepositoriesSayWhatToDo() async throws {
        let home = try TemporaryDirectory()
        defer { home.remove() }
        var options = FakeHub.Options()
        options.authorizedTokens = ["hf_accepted"]
        try await FakeHub.run(repositories: [Self.v2Repository()], options: options) { hub in
            let anonymous = await #expect(throws: DatasetError.self) {
                try await Self.loader(hub, home: home, token: nil).load(
                    dataset: Self.v2,
                    splits: ["math"],
                    maxQueries: 1
                )
            }
            #expect(anonymous?.code == .gated)
            #expect(anonymous?.message.contains("accept its terms") == true)
            #expect(anonymous?.message.contains("set HF_TOKEN") == true)
            #expect(anonymous?.message.contains("\(hub.hubURL)/datasets/\(Self.v2)") == true)
            let notAccepted = await #expect(throws: DatasetError.self) {
                try await Self.loader(hub, home: home, token: "hf_other").load(
                    dataset: Self.v2,
                    splits: ["math"],
                    maxQueries: 1
                )
            }
            #expect(notAccepted?.code == .gated)
            #expect(notAccepted?.message.contains("HF_TOKEN has no access") == true)
            #expect(notAccepted?.message.contains("hf_other") == false)
            let selection = try await Self.loader(hub, home: home, token: "hf_accepted")
                .load(dataset: Self.v2, splits: ["math"], maxQueries: 2)
            #expect(selection.queries.map(\.id) == ["math-100", "math-101"])
        }
    }

    @Test func toolCallingFallsBackFromV2ToV1WithANotice() async throws {
        let home = try TemporaryDirectory()
        defer { home.remove() }
        var options = FakeHub.Options()
        options.authorizedTokens = [Self.token]
        try await FakeHub.run(repositories: [Self.v1Repository(), Self.v2Repository()], options: options) { hub in
            let selection = try await Self.loader(hub, home: home)
                .load(dataset: Self.v2, splits: ["math", "tool_calling"], maxQueries: 4)
            #expect(selection.queries.map(\.id) == ["math-100", "math-101", "tool-0", "tool-1"])
            #expect(selection.sources.map(\.dataset) == [Self.v2, Self.v1])
            #expect(selection.queries[2].source.dataset == Self.v1)
            #expect(selection.notices.count == 1)
            #expect(selection.notices.first?.contains("tool_calling") == true)
            let missing = await #expect(throws: DatasetError.self) {
                try await Self.loader(hub, home: home).load(dataset: Self.v2, splits: ["stem"], maxQueries: 4)
            }
            #expect(missing?.code == .splitNotFound)
            #expect(missing?.message.contains("(splits: math, code)") == true)
        }
    }

    @Test func transientFailuresAreRetriedAndPersistentOnesReported() async throws {
        let home = try TemporaryDirectory()
        defer { home.remove() }
        try await FakeHub.run(repositories: [Self.v1Repository()]) { hub in
            hub.inject(.status(503, times: 2, pathContains: "/tree/"))
            hub.inject(.status(429, times: 1, host: .cdn))
            let selection = try await Self.loader(hub, home: home).load(
                dataset: Self.v1,
                splits: ["math"],
                maxQueries: 1
            )
            #expect(selection.queries.count == 1)
            #expect(hub.requests.filter { $0.status == 503 }.count == 2)
            hub.inject(.status(500, times: 10, pathContains: "/revision/"))
            let failure = await #expect(throws: DatasetError.self) {
                try await Self.loader(hub, home: home).load(dataset: Self.v1, splits: ["math"], maxQueries: 1)
            }
            #expect(failure?.code == .network)
            #expect(failure?.message.contains("after 3 attempts") == true)
        }
    }

    @Test func unknownRepositoriesAndRenamedOnes() async throws {
        let home = try TemporaryDirectory()
        defer { home.remove() }
        var options = FakeHub.Options()
        options.renamed = ["nvidia/Old-Name": Self.v1]
        try await FakeHub.run(repositories: [Self.v1Repository()], options: options) { hub in
            let missing = await #expect(throws: DatasetError.self) {
                try await Self.loader(hub, home: home).load(dataset: "nobody/nothing", splits: ["math"], maxQueries: 1)
            }
            #expect(missing?.code == .repositoryNotFound)
            let renamed = try await Self.loader(hub, home: home).load(
                dataset: "nvidia/Old-Name",
                splits: ["math"],
                maxQueries: 1
            )
            #expect(renamed.queries.count == 1)
        }
    }

    @Test func expiredSignedURLsAreResolvedAgainAndRangeIgnoringServersWork() async throws {
        let home = try TemporaryDirectory()
        defer { home.remove() }
        try await FakeHub.run(repositories: [Self.v1Repository()]) { hub in
            hub.inject(.expireSignedURL(times: 1))
            let first = try await Self.loader(hub, home: home).load(dataset: Self.v1, splits: ["code"], maxQueries: 2)
            #expect(first.queries.map(\.id) == ["code-1", "code-2"])
            hub.update { $0.ignoreRanges = true }
            let second = try await Self.loader(hub, home: home).load(dataset: Self.v1, splits: ["code"], maxQueries: 2)
            #expect(second.queries == first.queries)
        }
    }
}
