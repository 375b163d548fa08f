import Foundation
import Glibc
import Testing
import Verification

/// The hostile suite: each program is contained, classified, and leaves the host as it was.
@Suite struct HostileProgramTests {
    static let limits = SandboxLimits(
        wallTimeSeconds: 3,
        cpuSeconds: 2,
        memoryBytes: 512 << 20,
        maxProcesses: 32,
        maxFileBytes: 4 << 20,
        maxOpenFiles: 64,
        tmpBytes: 32 << 20
    )

    @Test(arguments: HostilePrograms.all)
    func hostileProgramIsContained(program: HostileProgram) async throws {
        let sandbox = try await SharedSandbox.value
        let python = try #require(sandbox.python3)
        let host = try HostProbe()
        defer { host.close() }
        let source = program.source
            .replacingOccurrences(of: "HOSTPATH", with: host.folder)
            .replacingOccurrences(of: "PORT", with: String(host.port))
            .replacingOccurrences(of: "MARKER", with: host.marker)
        let outcome = try await sandbox.withWorkspace(files: ["main.py": source]) { workspace in
            await sandbox.run([python, workspace.path("main.py")], workspace: workspace, limits: Self.limits)
        }
        let output = outcome.stdout + outcome.stderr
        switch program.expectation {
        case .termination(let expected):
            #expect(outcome.termination == expected, "\(outcome.termination): \(outcome.stderrTail())")
        case .exitedCleanly:
            #expect(outcome.termination == .exited(0), "\(outcome.termination): \(outcome.stderrTail())")
        case .failed:
            #expect(outcome.termination != .exited(0) && outcome.termination != .sandboxFailure)
        }
        for word in program.forbidden {
            #expect(!output.contains(word), "output leaked \(word): \(output.prefix(500))")
        }
        #expect(!output.contains(HostProbe.secret))
        for word in program.required {
            #expect(outcome.stdout.contains(word), "missing \(word): \(output.prefix(500))")
        }
        #expect(outcome.wallTimeSeconds < program.maximumSeconds)
        // The host is unaffected: nothing was written to its folder, no process outlived the run.
        #expect(try FileManager.default.contentsOfDirectory(atPath: host.folder).isEmpty)
        try await Task.sleep(for: .milliseconds(200))
        #expect(HostProbe.processes(containing: host.marker).isEmpty)
    }

    @Test func cppHostileProgramsAreContained() async throws {
        let sandbox = try await SharedSandbox.value
        let cxx = try #require(sandbox.cxx)
        let source = """
            #include <cstdio>
            #include <cstdlib>
            #include <new>
            #include <unistd.h>
            int main(int argc, char** argv) {
                if (argv[1][0] == 'm') { char* p = new char[1ull << 36]; p[0] = 1; std::printf("%d", p[0]); }
                if (argv[1][0] == 'f') { while (true) fork(); }
                if (argv[1][0] == 's') { int* p = nullptr; return *p; }
                return 0;
            }
            """
        let outcomes = try await sandbox.withWorkspace(files: ["main.cpp": source]) { workspace in
            let compile = await sandbox.run(
                [cxx, "-O0", "-o", workspace.path("a.out"), workspace.path("main.cpp")],
                workspace: workspace,
                writableWorkspace: true,
                limits: .compile
            )
            var outcomes = [compile]
            for mode in ["m", "f", "s"] {
                outcomes.append(
                    await sandbox.run([workspace.path("a.out"), mode], workspace: workspace, limits: Self.limits)
                )
            }
            return outcomes
        }
        #expect(outcomes[0].succeeded, "\(outcomes[0].stderrTail())")
        #expect(outcomes[1].termination == .memoryLimitExceeded)
        #expect(outcomes[2].termination == .timedOut)
        #expect(outcomes[3].termination == .signaled(SIGSEGV))
    }

    @Test func candidateCannotReadTheExpectedOutputFromDisk() async throws {
        let sandbox = try await SharedSandbox.value
        let token = "expected-\(UUID().uuidString.prefix(8))"
        let problem = """
            Print the secret word.

            -----Examples-----
            Input
            1

            Output
            \(token)
            """
        let response = """
            ```python
            import os
            found = None
            for root, dirs, files in os.walk("/", onerror=None):
                if root.startswith(("/proc", "/sys", "/usr", "/dev")):
                    dirs[:] = []
                    continue
                for name in files:
                    try:
                        text = open(os.path.join(root, name), errors="ignore").read(1 << 20)
                    except OSError:
                        continue
                    if "expected-" in text and "os.walk" not in text:
                        found = text[text.index("expected-"):][:17]
            print(found or "notfound")
            ```
            """
        let result = await CodeVerifier(sandbox: sandbox).verify(
            problem: problem,
            referenceSolution: nil,
            response: response
        )
        #expect(result.verdict == .incorrect, "\(result.explanation)")
    }

    @Test func runsInParallelUpToThePoolSize() async throws {
        let sandbox = try await Sandbox.create(concurrency: 2)
        let python = try #require(sandbox.python3)
        let start = ContinuousClock.now
        let outcomes = await withTaskGroup(of: ExecutionOutcome.self) { group in
            for _ in 0..<4 {
                group.addTask { await sandbox.run([python, "-c", "import time; time.sleep(0.5)"]) }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        let elapsed = ContinuousClock.now - start
        #expect(outcomes.allSatisfy { $0.succeeded })
        #expect(elapsed >= .milliseconds(1000), "4 runs of 0.5 s on a pool of 2 take at least 1 s")
    }

    @Test func unsafeModeStillEnforcesLimits() async throws {
        let sandbox = try await Sandbox.create(mode: .unsafeNoSandbox)
        let python = try #require(sandbox.python3)
        let loop = await sandbox.run([python, "-c", "while True: pass"], limits: Self.limits)
        #expect(loop.termination == .timedOut)
        let echo = await sandbox.run([python, "-c", "print(input()[::-1])"], stdin: "abc\n")
        #expect(echo.termination == .exited(0))
        #expect(echo.stdout == "cba\n")
    }
}
