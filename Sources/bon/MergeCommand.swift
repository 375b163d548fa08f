import ArgumentParser
import Experiments

/// `bon merge OUT SHARD...`: joins the result files of a sharded run.
struct MergeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge the result files of a sharded run into one.",
        discussion: """
            Checks that the shards come from the same config, that every shard K/N is there once, and that
            together they cover the plan with no gap and no overlap.

            Example:
              for k in 1 2 3 4; do bon run exp.yaml --shard $k/4 --output results/exp.$k.parquet; done
              bon merge results/exp.parquet results/exp.*.parquet
            """
    )

    @Argument(help: "The merged result file to write.")
    var output: String

    @Argument(help: "The shard result files.")
    var shards: [String]

    func validate() throws {
        if shards.isEmpty { throw ValidationError("name the shard files after the output") }
        if !output.hasSuffix(".parquet") { throw ValidationError("the output \(output) must end in .parquet") }
        if shards.contains(output) { throw ValidationError("the output \(output) is also listed as a shard") }
    }

    func run() async throws {
        do {
            let outcome = try await ShardMerger.merge(
                shards.map(RepositoryPaths.absolute),
                into: RepositoryPaths.absolute(output)
            )
            print("merged \(outcome.shards) shards, \(outcome.rows) rows, cost $\(outcome.totalCostUSD) → \(output)")
        } catch {
            Terminal.error("\(Terminal.style("error", "31", stderr: true)) \(error)")
            throw ExitCode(2)
        }
    }
}
