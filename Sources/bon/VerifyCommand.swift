import ArgumentParser

/// `bon verify`: grade answers without a run.
struct VerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Grade one answer, or a JSON Lines batch, without a run.",
        discussion: """
            Examples:
              bon verify math --gold '\\frac{1}{2}' --response 'The answer is 0.5.'
              bon verify math --pairs cases.jsonl --json
              bon verify code --problem row.json --response answer.txt
            """,
        subcommands: [
            VerifyMathCommand.self,
            VerifyCodeCommand.self,
        ]
    )
}
