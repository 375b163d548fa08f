import Analysis
import ArgumentParser
import Foundation

/// `bon export IN.parquet --format sft|dpo -o OUT.jsonl`: fine-tuning data from verified candidates.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export verified candidates as fine-tuning data (SFT messages or DPO pairs), JSON Lines.",
        discussion: """
            sft: one {"messages": [...]} line per verified, non-refused candidate. dpo: per query, \
            {"prompt", "chosen", "rejected"} in chat format; chosen is verified (highest persona score first), \
            rejected is an unverified candidate that is not a generation or verifier failure.

            Examples:
              bon export experiments/marvin/results/gsm8k.parquet --format sft -o marvin-sft.jsonl
              bon export results/run.parquet --format sft --best-per-query --min-persona-score 0.6 -o best.jsonl
              bon export results/run.parquet --format dpo --pairs-per-query 2 -o pairs.jsonl
            """
    )

    @Argument(help: "The result file.")
    var input: String

    @Option(name: .long, help: "sft or dpo.")
    var format: String

    @Option(name: .shortAndLong, help: "The JSON Lines file to write.")
    var output: String

    @Flag(name: .long, help: "sft: keep only the candidate with the highest persona score per query.")
    var bestPerQuery = false

    @Option(name: .long, help: "Keep only candidates whose persona score is at least this (0–1).")
    var minPersonaScore: Double?

    @Option(name: .long, help: "dpo: the most pairs per query.")
    var pairsPerQuery = 1

    func validate() throws {
        guard ExportFormat(rawValue: format) != nil else {
            throw ValidationError("--format must be sft or dpo (got '\(format)')")
        }
        if let minPersonaScore, !(0...1).contains(minPersonaScore) {
            throw ValidationError("--min-persona-score must be between 0 and 1 (got \(minPersonaScore))")
        }
        guard pairsPerQuery >= 1 else { throw ValidationError("--pairs-per-query must be at least 1") }
    }

    func run() async throws {
        let format = ExportFormat(rawValue: self.format) ?? .sft
        let table: ResultTable
        do {
            table = try await ResultFile.read(path: input)
        } catch {
            throw AnalysisCommandSupport.fail(error)
        }
        let export = DatasetExport(
            table: table,
            format: format,
            options: .init(bestPerQuery: bestPerQuery, minPersonaScore: minPersonaScore, pairsPerQuery: pairsPerQuery)
        )
        let text = export.lines.map { $0 + "\n" }.joined()
        try AnalysisCommandSupport.write(text, to: output)
        var line = "wrote \(export.lines.count) \(format == .sft ? "examples" : "pairs") to \(output)"
        if export.skippedWithoutConversation > 0 {
            line += "; \(export.skippedWithoutConversation) rows skipped (no messages, prompt or response column)"
        }
        print(line)
    }
}
