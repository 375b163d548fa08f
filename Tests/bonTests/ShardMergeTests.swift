import Foundation
import TestSupport
import Testing

@Suite(.serialized) struct ShardMergeTests {
    private static let compared = [
        "query_id", "split", "candidate_idx", "prompt", "messages", "response", "ground_truth", "extracted_answer",
        "is_verified", "verdict", "verification_method", "verification_confidence", "refusal_is_refusal",
        "refusal_type", "persona_score", "model", "input_tokens", "output_tokens", "cost_usd",
    ].joined(separator: ",")

    @Test func fourShardsMergedEqualTheUnshardedRun() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let config = RepositoryPaths.root.appendingPathComponent("experiments/quickstart.yaml").path
        var environment = ProcessInfo.processInfo.environment
        environment["BON_CACHE_DIR"] = directory.path("cache")
        let whole = directory.path("whole.parquet")
        let base = ["run", config, "--quiet", "--unsafe-no-sandbox"]
        _ = try runBon(base + ["--output", whole], environment: environment)
        var shards: [String] = []
        for k in 1...4 {
            let shard = directory.path("shard\(k).parquet")
            let result = try runBon(base + ["--output", shard, "--shard", "\(k)/4"], environment: environment)
            #expect([0, 1].contains(result.status), "\(result.stderr)")
            shards.append(shard)
        }
        let merged = directory.path("merged.parquet")
        let incomplete = try runBon(["merge", merged] + shards.dropLast(), environment: environment)
        #expect(incomplete.status == 2)
        #expect(incomplete.stderr.contains("missing shard"))
        let merge = try runBon(["merge", merged] + shards, environment: environment)
        #expect(merge.status == 0, "\(merge.stderr)")
        let expected = try runBon(["parquet", "cat", whole, "--columns", Self.compared])
        let actual = try runBon(["parquet", "cat", merged, "--columns", Self.compared])
        #expect(expected.stdout.split(separator: "\n").count == 48)
        #expect(actual.stdout == expected.stdout)
    }
}
