import Analysis
import ArgumentParser
import Foundation

/// `bon compare A B`: paired comparison on the queries both files ran.
struct CompareCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Paired comparison of two result files: did B hurt accuracy compared with A?",
        discussion: """
            Pairs the files on query_id. Per split and overall: pass@1 and coverage in A and B, the difference \
            B − A with a paired bootstrap 95% interval over queries (fixed seed), and an exact McNemar test. \
            The last line answers the question; "no detectable difference" when the interval straddles zero.

            Example:
              bon compare experiments/baseline/results/gsm8k.parquet experiments/marvin/results/gsm8k.parquet
            """
    )

    @Argument(help: "The baseline result file.")
    var a: String

    @Argument(help: "The result file under test (for example the persona run).")
    var b: String

    @Flag(name: .long, help: "Print the comparison as JSON.")
    var json = false

    @Option(name: .long, help: "Bootstrap resamples.")
    var resamples: Int = PairedBootstrap.defaultResamples

    @Option(name: .long, help: "Bootstrap seed; the same seed gives the same intervals.")
    var seed: UInt64 = PairedBootstrap.defaultSeed

    func validate() throws {
        guard resamples >= 100 else { throw ValidationError("--resamples must be at least 100 (got \(resamples))") }
    }

    func run() async throws {
        let tables = try await AnalysisCommandSupport.readTables([a, b], columns: ResultColumn.required)
        guard tables.count == 2 else {
            throw AnalysisCommandSupport.fail(
                AnalysisError(.noMatch, "compare needs exactly two files; \(a) and \(b) name \(tables.count)")
            )
        }
        let comparison = PairedComparison(a: tables[0], b: tables[1], resamples: resamples, seed: seed)
        if json {
            print(try AnalysisCommandSupport.json(comparison))
        } else {
            print(TextReport.compare(comparison), terminator: "")
        }
    }
}
