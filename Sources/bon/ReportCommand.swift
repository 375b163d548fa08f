import Analysis
import ArgumentParser
import Foundation

/// `bon report FILE… -o report.html`: a self-contained HTML report with charts.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a self-contained HTML report (inline SVG charts, no JavaScript) of result files.",
        discussion: """
            Charts: rates by split with 95% intervals, pass@k curves, the first verified candidate histogram, \
            persona score versus correctness, cost. With two or more files, the first is compared with each \
            of the others (paired bootstrap and McNemar).

            Example:
              bon report experiments/baseline/results/gsm8k.parquet experiments/marvin/results/gsm8k.parquet \\
                -o report.html
            """
    )

    @Argument(help: "Result files or patterns; the first is the baseline of the comparisons.")
    var files: [String]

    @Option(name: .shortAndLong, help: "The HTML file to write.")
    var output: String

    @Option(name: .long, help: "The page title.")
    var title = "BestOfN report"

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one result file") }
    }

    func run() async throws {
        let tables = try await AnalysisCommandSupport.readTables(files, columns: ResultColumn.statistics)
        let summaries = tables.map { ExperimentSummary(table: $0) }
        let comparisons = tables.dropFirst().map { PairedComparison(a: tables[0], b: $0) }
        let html = HTMLReport.render(summaries: summaries, comparisons: comparisons, title: title)
        try AnalysisCommandSupport.write(html, to: output)
        print("wrote \(output) (\(summaries.count) file\(summaries.count == 1 ? "" : "s"))")
    }
}
