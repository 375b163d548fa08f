import ArgumentParser
import Foundation
import Verification

/// `bon verify code`: runs one candidate program against tests derived from its problem.
struct VerifyCodeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "code",
        abstract: "Verify one program against tests derived from its problem, in the sandbox.",
        discussion: """
            Derives tests from the statement's examples (plus inputs made from them), runs the dataset's \
            reference solution on them, then runs the candidate in bubblewrap and compares outputs like a judge.

            The problem file is a Nemotron code row (`messages`: user statement, assistant reference answer) \
            or {"problem": ..., "reference_solution": ...}. The response is the model's answer text; its last \
            fenced Python or C++ block is the program.

            Example:
              bon verify code --problem row.json --response answer.txt

            Exit codes: 0 verified (any verdict), 1 the verifier could not run the program (sandbox \
            unavailable: install bubblewrap or pass --unsafe-no-sandbox), 2 bad input.
            """
    )

    @Option(name: .long, help: "The problem: a JSON file (Nemotron row or {problem, reference_solution}).")
    var problem: String

    @Option(name: .long, help: "The candidate response: a text file.")
    var response: String

    @Option(name: .long, help: "Reference solution file; overrides the one in the problem file.")
    var reference: String?

    @Option(name: .long, help: "Seconds allowed per test run.")
    var timeout: Double = 5

    @Flag(
        name: .long,
        help: "Run candidate code WITHOUT isolation (rlimits only). Only for machines without user namespaces."
    )
    var unsafeNoSandbox = false

    func run() async throws {
        let problemData = try Self.read(problem, flag: "--problem")
        var parsed: CodeProblem
        do {
            parsed = try CodeProblem.decode(problemData, source: problem)
        } catch {
            throw Self.badInput("--problem: \(error.message)")
        }
        if let reference {
            parsed.referenceSolution = String(decoding: try Self.read(reference, flag: "--reference"), as: UTF8.self)
        }
        let responseText = String(decoding: try Self.read(response, flag: "--response"), as: UTF8.self)
        guard timeout > 0 else { throw Self.badInput("--timeout must be positive, got \(timeout)") }

        let sandbox: Sandbox
        do {
            sandbox = try await Sandbox.create(mode: unsafeNoSandbox ? .unsafeNoSandbox : .bubblewrap)
        } catch {
            FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
            throw ExitCode(1)
        }
        var limits = SandboxLimits.run
        limits.wallTimeSeconds = timeout
        limits.cpuSeconds = max(1, Int(timeout.rounded(.up)))
        let verifier = CodeVerifier(sandbox: sandbox, limits: limits)
        let report = await verifier.report(
            problem: parsed.statement,
            referenceSolution: parsed.referenceSolution,
            response: responseText
        )
        print(CodeReportPrinter.render(report, sandbox: sandbox))
        if report.result.verdict == .verifierError { throw ExitCode(1) }
    }

    /// Prints `message` and returns the exit code for bad input (2).
    private static func badInput(_ message: String) -> ExitCode {
        FileHandle.standardError.write(Data("error: \(message)\n".utf8))
        return ExitCode(2)
    }

    private static func read(_ path: String, flag: String) throws -> Data {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Self.badInput("\(flag): cannot read file \(path)")
        }
        return data
    }
}
