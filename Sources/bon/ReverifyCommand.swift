import ArgumentParser
import Experiments
import Foundation

/// `bon reverify IN.parquet -o OUT.parquet`: today's verifiers on stored candidates, without generating.
struct ReverifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reverify",
        abstract: "Re-run today's verifiers on the candidates of a result file and write a new one.",
        discussion: """
            Math is re-verified from ground_truth and response; code against the reference solutions of the \
            run's dataset (named in the file's metadata; --dataset if it moved); refusal detection and persona \
            scoring are re-run. Tool calling and low-confidence math/code need the LLM judge: their verdicts \
            are kept as stored unless you pass --judge (or --judge-model / --judge-base-url). The output has \
            the input's schema and metadata; only the verdict columns change. Prints how many verdicts \
            changed, per split and old → new.

            Examples:
              bon reverify results/run.parquet -o results/run.v2.parquet
              bon reverify results/run.parquet -o results/run.v2.parquet --judge --json
              bon reverify results/run.parquet -o v2.parquet --dataset data/nemotron-sample
            """
    )

    @Argument(help: "The result file to re-verify.")
    var input: String

    @Option(name: .shortAndLong, help: "The result file to write (.parquet).")
    var output: String

    @Flag(help: "Consult the run's LLM judge for tool calling and low-confidence verdicts (costs money).")
    var judge = false

    @Option(help: "Judge model instead of the run's (implies --judge).")
    var judgeModel: String?

    @Option(help: "Judge server root instead of the run's (implies --judge).")
    var judgeBaseURL: String?

    @Option(help: "Dataset to load the code queries from instead of the one in the file's metadata.")
    var dataset: String?

    @Option(help: "Verifications in flight.")
    var concurrency = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Run candidate code without the bubblewrap sandbox (only on a machine you can lose).")
    var unsafeNoSandbox = false

    @Flag(help: "Print the report as JSON.")
    var json = false

    func validate() throws {
        if !output.hasSuffix(".parquet") { throw ValidationError("-o/--output \(output) must end in .parquet") }
        if RepositoryPaths.absolute(output) == RepositoryPaths.absolute(input) {
            throw ValidationError("-o/--output \(output) is the input; write the re-verified file elsewhere")
        }
        if concurrency < 1 { throw ValidationError("--concurrency must be at least 1 (got \(concurrency))") }
    }

    func run() async throws {
        var options = ReverifyOptions()
        options.useJudge = judge
        options.judgeModel = judgeModel
        options.judgeBaseURL = judgeBaseURL
        // A local path is taken from the working directory; anything else is a Hub repo id.
        options.dataset = dataset.map {
            FileManager.default.fileExists(atPath: RepositoryPaths.absolute($0)) ? RepositoryPaths.absolute($0) : $0
        }
        options.concurrency = concurrency
        options.unsafeNoSandbox = unsafeNoSandbox
        options.toolVersion = BonVersion.current
        let report: ReverifyReport
        do {
            report = try await Reverifier(options: options).reverify(
                RepositoryPaths.absolute(input),
                to: RepositoryPaths.absolute(output)
            )
        } catch {
            Terminal.error("\(Terminal.style("error", "31", stderr: true)) \(error)")
            throw ExitCode(error.isBadInput ? 2 : 1)
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(report), as: UTF8.self))
        } else {
            print(ReverifyReportPrinter.text(report, input: input, output: output), terminator: "")
        }
    }
}
