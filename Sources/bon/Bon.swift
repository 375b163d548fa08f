import ArgumentParser

/// The `bon` command: Best-of-N persona-transfer experiments.
@main
struct Bon: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bon",
        abstract: "Best-of-N persona-transfer experiments: generate, verify, inspect.",
        version: BonVersion.current,
        subcommands: []
    )
}
