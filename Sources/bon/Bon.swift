import ArgumentParser
import Foundation

/// The `bon` command: Best-of-N persona-transfer experiments.
@main
struct Bon: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bon",
        abstract: "Best-of-N persona-transfer experiments: generate, verify, inspect.",
        discussion: """
            Examples:
              bon run experiments/quickstart.yaml
              bon run experiments/marvin/claude_100x8.yaml --max-queries 10 --dry-run
              bon validate experiments/**/*.yaml
            """,
        version: BonVersion.current,
        subcommands: [
            RunCommand.self,
            ValidateCommand.self,
            ParquetCommand.self,
            ToolsCommand.self,
            DatasetsCommand.self,
            VerifyCommand.self,
            MergeCommand.self,
            ModelsCommand.self,
            InspectCommand.self,
            CompareCommand.self,
            ReportCommand.self,
            ExportCommand.self,
            ReverifyCommand.self,
        ]
    )

    /// Parses and runs, mapping bad flags to exit code 2 (ArgumentParser's default is 64).
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
