import Foundation
import Glibc
import Subprocess
import Synchronization
import SystemPackage

extension Sandbox {
    /// Starts one run now (the caller holds a pool permit), waits for it under the wall-clock limit,
    /// and classifies the result.
    func launch(
        _ command: [String],
        stdin: String,
        workspace: SandboxWorkspace?,
        writable: Bool,
        limits: SandboxLimits
    ) async -> ExecutionOutcome {
        let ioFolder = scratchRoot + "/bon-io-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: ioFolder) }
        let files: (input: FileDescriptor, output: FileDescriptor, error: FileDescriptor)
        do {
            try FileManager.default.createDirectory(
                atPath: ioFolder,
                withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700]
            )
            try Data(stdin.utf8).write(to: URL(fileURLWithPath: ioFolder + "/stdin"))
            let create: FileDescriptor.OpenOptions = [.create, .truncate]
            files = (
                try FileDescriptor.open(FilePath(ioFolder + "/stdin"), .readOnly),
                try FileDescriptor.open(
                    FilePath(ioFolder + "/stdout"),
                    .writeOnly,
                    options: create,
                    permissions: .ownerReadWrite
                ),
                try FileDescriptor.open(
                    FilePath(ioFolder + "/stderr"),
                    .writeOnly,
                    options: create,
                    permissions: .ownerReadWrite
                )
            )
        } catch {
            return Self.failure(SandboxError.workspaceFailed(path: ioFolder, reason: "\(error)"))
        }

        var executable: String
        var arguments: [String]
        var options = PlatformOptions()
        var environment: Environment = .custom([:])
        var workingDirectory: FilePath?
        if let bubblewrap {
            executable = bubblewrap
            arguments = bubblewrapArguments(workspace: workspace, writable: writable, limits: limits)
            arguments += rlimitArguments(limits) + command
            if let uid = runAsUser, let setpriv {
                // Drop root with setpriv rather than in the forked child: posix_spawn stays usable, and a
                // fork of this multithreaded process could deadlock before exec.
                arguments = ["--reuid=\(uid)", "--regid=\(uid)", "--clear-groups", "--", bubblewrap] + arguments
                executable = setpriv
            }
        } else {
            executable = prlimit
            arguments = Array(rlimitArguments(limits).dropFirst()) + command
            environment = .custom(["PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": ioFolder, "LANG": "C.UTF-8"])
            workingDirectory = FilePath(ioFolder)
            // Without a PID namespace, the process group is what the timeout kills.
            options.createSession = true
        }
        // With bubblewrap the program gets its new session from `--new-session`, and killing bwrap kills
        // everything in the sandbox (`--die-with-parent` and the PID namespace). Another session around
        // bwrap itself would only cost: here it added about 10 ms per run (a new scheduler autogroup).

        let finalArguments = arguments
        let finalOptions = options
        let finalEnvironment = environment
        let finalDirectory = workingDirectory
        let start = ContinuousClock.now
        let state = RunState()
        let input = files.input
        let output = files.output
        let error = files.error
        let wallTime = Duration.milliseconds(Int(limits.wallTimeSeconds * 1000))
        let isolated = bubblewrap != nil
        let status: TerminationStatus
        do {
            status = try await withThrowingTaskGroup(of: TerminationStatus?.self) { group in
                let finalExecutable = executable
                group.addTask {
                    let result = try await Subprocess.run(
                        .path(FilePath(finalExecutable)),
                        arguments: Arguments(finalArguments),
                        environment: finalEnvironment,
                        workingDirectory: finalDirectory,
                        platformOptions: finalOptions,
                        input: .fileDescriptor(input, closeAfterSpawningProcess: true),
                        output: .fileDescriptor(output, closeAfterSpawningProcess: true),
                        error: .fileDescriptor(error, closeAfterSpawningProcess: true)
                    ) { execution in
                        state.processID.withLock { $0 = execution.processIdentifier.value }
                    }
                    return result.terminationStatus
                }
                group.addTask {
                    try await Task.sleep(for: wallTime)
                    if let pid = state.processID.withLock({ $0 }) {
                        state.timedOut.withLock { $0 = true }
                        // Without bubblewrap the process leads its own session and group: kill the group.
                        if !isolated { kill(-pid, SIGKILL) }
                        kill(pid, SIGKILL)
                    }
                    return nil
                }
                while let next = try await group.next() {
                    if let status = next {
                        group.cancelAll()
                        return status
                    }
                }
                throw CancellationError()
            }
        } catch {
            try? files.input.close()
            try? files.output.close()
            try? files.error.close()
            return Self.failure(SandboxError.launchFailed(executable: executable, reason: "\(error)"))
        }
        if bubblewrap == nil, let pid = state.processID.withLock({ $0 }) {
            // Without a PID namespace, children that outlived the program are still in its group.
            kill(-pid, SIGKILL)
        }
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let stdout = Self.readCapped(ioFolder + "/stdout", limit: limits.maxFileBytes)
        let stderr = Self.readCapped(ioFolder + "/stderr", limit: limits.maxFileBytes)
        var normalised = status
        if bubblewrap != nil, case .exited(let code) = status, code > 128, code < 128 + 65 {
            // bwrap reports a child killed by signal N as exit status 128 + N.
            normalised = .signaled(code - 128)
        }
        let termination = Self.classify(
            normalised,
            timedOut: state.timedOut.withLock { $0 },
            stdout: stdout,
            stderr: stderr,
            limits: limits
        )
        return ExecutionOutcome(
            termination: termination,
            stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self),
            wallTimeSeconds: seconds
        )
    }

    static func classify(
        _ status: TerminationStatus,
        timedOut: Bool,
        stdout: Data,
        stderr: Data,
        limits: SandboxLimits
    ) -> ExecutionOutcome.Termination {
        if timedOut { return .timedOut }
        let errorText = String(decoding: stderr.suffix(4096), as: UTF8.self)
        switch status {
        case .signaled(let signal):
            if signal == SIGXCPU { return .timedOut }
            if signal == SIGXFSZ { return .outputLimitExceeded }
            if signal == SIGABRT && errorText.contains("std::bad_alloc") { return .memoryLimitExceeded }
            return .signaled(signal)
        case .exited(let code):
            if code == 0 { return .exited(0) }
            if stdout.count >= limits.maxFileBytes || stderr.count >= limits.maxFileBytes
                || errorText.contains("File too large")
            {
                return .outputLimitExceeded
            }
            if errorText.contains("MemoryError") || errorText.contains("std::bad_alloc")
                || errorText.contains("Cannot allocate memory")
            {
                return .memoryLimitExceeded
            }
            if code == 1 && errorText.hasPrefix("bwrap: ") { return .sandboxFailure }
            // The shell's and prlimit's way of reporting death by signal.
            if code > 128 && code - 128 == SIGXCPU { return .timedOut }
            return .exited(code)
        }
    }

    private static func readCapped(_ path: String, limit: Int) -> Data {
        guard let handle = FileHandle(forReadingAtPath: path) else { return Data() }
        defer { try? handle.close() }
        return (try? handle.read(upToCount: limit)) ?? Data()
    }

    static func failure(_ error: SandboxError) -> ExecutionOutcome {
        ExecutionOutcome(termination: .sandboxFailure, stdout: "", stderr: error.description, wallTimeSeconds: 0)
    }
}

/// What the watchdog and the launcher share about one run.
private final class RunState: Sendable {
    let processID = Mutex<Int32?>(nil)
    let timedOut = Mutex(false)
}
