/// What happened to one program run in the ``Sandbox``: an outcome, never an error.
public struct ExecutionOutcome: Sendable, Hashable {
    /// How the run ended.
    public enum Termination: Sendable, Hashable {
        /// The program exited with this code.
        case exited(Int32)
        /// The program was killed by this signal.
        case signaled(Int32)
        /// The wall-clock timeout or the CPU limit was hit; the process group was killed.
        case timedOut
        /// The program wrote more than the output cap.
        case outputLimitExceeded
        /// The program ran out of its address-space limit.
        case memoryLimitExceeded
        /// The sandbox itself failed to start the program (the reason is in ``ExecutionOutcome/stderr``).
        case sandboxFailure
    }

    /// How the run ended.
    public var termination: Termination
    /// Standard output, capped at the run's file-size limit, decoded as UTF-8 (invalid bytes replaced).
    public var stdout: String
    /// Standard error, capped likewise.
    public var stderr: String
    /// Wall-clock time of the run, in seconds.
    public var wallTimeSeconds: Double

    /// Creates an outcome.
    public init(termination: Termination, stdout: String, stderr: String, wallTimeSeconds: Double) {
        self.termination = termination
        self.stdout = stdout
        self.stderr = stderr
        self.wallTimeSeconds = wallTimeSeconds
    }

    /// True when the program exited with code 0.
    public var succeeded: Bool { termination == .exited(0) }

    /// The last `lines` lines of standard error, for evidence in explanations.
    public func stderrTail(lines: Int = 5) -> String {
        stderr.split(separator: "\n", omittingEmptySubsequences: true).suffix(lines).joined(separator: "\n")
    }
}
