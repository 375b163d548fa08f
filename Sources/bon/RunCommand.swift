import ArgumentParser
import Experiments
import Foundation

/// `bon run`: loads an experiment config, resolves it with the flags, and runs it.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run an experiment: N in-persona candidates per query, each verified and saved.",
        discussion: """
            Precedence: built-in defaults < the config file < flags. Paths inside the config are relative to the
            repository root (the folder holding experiments/); paths given as flags, to the working directory.

            Examples:
              bon run experiments/quickstart.yaml
              bon run --config experiments/marvin/claude_100x8.yaml --max-queries 10 --dry-run
            """
    )

    @Argument(help: "The experiment config (YAML).")
    var file: String?

    @Option(name: .long, help: "The experiment config (same as the positional FILE).")
    var config: String?

    @OptionGroup var options: RunOptions

    @Flag(help: "Print the resolved plan and exit without calling any model.")
    var dryRun = false

    func validate() throws {
        if file == nil && config == nil { throw ValidationError("name a config: bon run FILE (or --config FILE)") }
        if file != nil && config != nil { throw ValidationError("give the config once: FILE or --config FILE") }
    }

    func run() async throws {
        let path = file ?? config ?? ""
        let resolved: ExperimentConfig
        do {
            resolved = try ConfigLoader().load(path: path, overrides: options.overrides)
        } catch {
            for problem in error.problems {
                Terminal.error("\(Terminal.style("error", "31", stderr: true)) \(problem)")
            }
            throw ExitCode(2)
        }
        let plan = RunPlan(config: resolved)
        print(plan.description)
        if !dryRun {
            Terminal.error("bon run: the run engine is not part of this build yet; the plan above is what it will run")
        }
    }
}
