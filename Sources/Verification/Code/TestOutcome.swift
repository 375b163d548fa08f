/// How a program did on one test: a value with its evidence.
public enum TestOutcome: Sendable, Hashable {
    /// The output matched.
    case passed
    /// The output differed; the evidence names the first differing line.
    case wrongOutput(String)
    /// The program exited non-zero or was killed by a signal; the evidence is the status and stderr tail.
    case runtimeError(String)
    /// The wall-clock or CPU limit was hit.
    case timeout
    /// The program ran out of its memory limit.
    case memoryExceeded
    /// The program wrote more than the output cap.
    case outputLimit
    /// The program did not compile (C++) or parse (Python); the evidence is the compiler's stderr tail.
    case compileError(String)
    /// The sandbox could not run the program.
    case sandboxFailure(String)

    /// A short name: `passed`, `wrong_output`, `runtime_error`, `timeout`, `memory_exceeded`,
    /// `output_limit`, `compile_error`, `sandbox_failure`.
    public var name: String {
        switch self {
        case .passed: "passed"
        case .wrongOutput: "wrong_output"
        case .runtimeError: "runtime_error"
        case .timeout: "timeout"
        case .memoryExceeded: "memory_exceeded"
        case .outputLimit: "output_limit"
        case .compileError: "compile_error"
        case .sandboxFailure: "sandbox_failure"
        }
    }

    /// The evidence, if any.
    public var evidence: String? {
        switch self {
        case .wrongOutput(let text), .runtimeError(let text), .compileError(let text), .sandboxFailure(let text): text
        case .passed, .timeout, .memoryExceeded, .outputLimit: nil
        }
    }

    /// True for ``passed``.
    public var isPassed: Bool { self == .passed }
}
