/// Compiles (C++) or wraps (function-style Python) a program and runs it on test inputs in the sandbox.
struct ProgramRunner: Sendable {
    /// Either every input's run, or why none could run.
    enum Runs: Sendable {
        case outcomes([ExecutionOutcome])
        case failed(TestOutcome)
    }

    let sandbox: Sandbox
    let limits: SandboxLimits

    func run(_ program: CandidateProgram, style: ProblemStyle, inputs: [String]) async -> Runs {
        if case .function = style, program.language != .python {
            return .failed(.compileError("function-style problems are run for Python programs only"))
        }
        var source = program.source
        var stdins = inputs
        if case .function(let name, let className) = style {
            source += PythonHarness.source
            let callee = className.map { "\($0)().\(name)" } ?? name
            stdins = inputs.map { "\(callee)(\($0))" }
        }
        let interpreter = program.language == .python ? sandbox.python3 : sandbox.cxx
        guard let interpreter else {
            let tool = program.language == .python ? "python3" : "g++"
            return .failed(.sandboxFailure("\(tool) is not installed in /usr/bin or /usr/local/bin"))
        }
        let fileName = program.language.sourceFileName
        let inputsToRun = stdins
        do {
            return try await sandbox.withWorkspace(files: [fileName: source]) { workspace -> Runs in
                var command = [interpreter, workspace.path(fileName)]
                if program.language == .cpp {
                    let compile = await sandbox.run(
                        [
                            interpreter, "-std=gnu++17", "-O2", "-pipe", "-o", workspace.path("a.out"),
                            workspace.path(fileName),
                        ],
                        workspace: workspace,
                        writableWorkspace: true,
                        limits: .compile
                    )
                    if compile.termination == .sandboxFailure {
                        return .failed(.sandboxFailure(compile.stderrTail(lines: 3)))
                    }
                    guard compile.succeeded else {
                        return .failed(.compileError(compile.stderrTail(lines: 8)))
                    }
                    command = [workspace.path("a.out")]
                }
                let outcomes = await runAll(command, inputs: inputsToRun, workspace: workspace)
                if program.language == .python, let first = outcomes.first, Self.isSyntaxError(first) {
                    return .failed(.compileError(first.stderrTail(lines: 4)))
                }
                return .outcomes(outcomes)
            }
        } catch {
            return .failed(.sandboxFailure(error.description))
        }
    }

    private func runAll(_ command: [String], inputs: [String], workspace: SandboxWorkspace) async -> [ExecutionOutcome]
    {
        await withTaskGroup(of: (Int, ExecutionOutcome).self) { group in
            for (index, input) in inputs.enumerated() {
                group.addTask {
                    (index, await sandbox.run(command, stdin: input, workspace: workspace, limits: limits))
                }
            }
            var outcomes = [ExecutionOutcome?](repeating: nil, count: inputs.count)
            for await (index, outcome) in group { outcomes[index] = outcome }
            return outcomes.compactMap { $0 }
        }
    }

    private static func isSyntaxError(_ outcome: ExecutionOutcome) -> Bool {
        guard case .exited(let code) = outcome.termination, code != 0 else { return false }
        let tail = outcome.stderrTail(lines: 2)
        return tail.contains("SyntaxError:") || tail.contains("IndentationError:") || tail.contains("TabError:")
    }
}
