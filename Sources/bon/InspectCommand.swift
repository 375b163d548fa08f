import Analysis
import ArgumentParser
import Foundation

/// `bon inspect FILE…`: one file's report, or several side by side.
struct InspectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Report on result files: rates per split, pass@k, first-candidate success, cost.",
        discussion: """
            One file: metadata, verification rates per split with 95% Wilson intervals, first-candidate and \
            any-candidate (coverage) rates, unbiased pass@k, majority vote (math), the first verified candidate \
            histogram, verdicts, refusals, persona scores, methods, tokens, cost and latency. Several files: the \
            same side by side, one column per file. Patterns are expanded even when quoted.

            Examples:
              bon inspect experiments/marvin/results/gsm8k.parquet
              bon inspect 'experiments/*/results/*.parquet'
              bon inspect results/a.parquet results/b.parquet --json
            """
    )

    @Argument(help: "Result files or patterns (experiments/*/results/*.parquet).")
    var files: [String]

    @Flag(name: .long, help: "Print the summaries as JSON (an array when several files are given).")
    var json = false

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one result file") }
    }

    func run() async throws {
        let summaries = try await AnalysisCommandSupport.readSummaries(files)
        if json {
            print(
                try summaries.count == 1
                    ? AnalysisCommandSupport.json(summaries[0]) : AnalysisCommandSupport.json(summaries)
            )
        } else if summaries.count == 1 {
            print(TextReport.inspect(summaries[0]), terminator: "")
        } else {
            print(TextReport.sideBySide(summaries), terminator: "")
        }
    }
}
