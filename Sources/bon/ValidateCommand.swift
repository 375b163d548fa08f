import ArgumentParser
import Experiments
import Foundation

/// `bon validate FILE...`: checks configs and prints every problem; runs nothing.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check experiment configs and print every problem; run nothing.",
        discussion: """
            Prints `ok FILE` for each valid config, or one line per problem naming file, line and key.
            Exit status: 0 when all are valid, 2 otherwise.

            Example:
              bon validate experiments/*/*.yaml experiments/quickstart.yaml
            """
    )

    @Argument(help: "Config files to check.")
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one config file") }
    }

    func run() throws {
        var failed = false
        for file in files {
            do {
                _ = try ConfigLoader().load(path: file)
                print("\(Terminal.style("ok", "32")) \(file)")
            } catch {
                failed = true
                for problem in error.problems {
                    Terminal.error("\(Terminal.style("error", "31", stderr: true)) \(problem)")
                }
            }
        }
        if failed { throw ExitCode(2) }
    }
}
