import Testing
import Verification

/// One hostile program of the suite and what must happen to it.
struct HostileProgram: Sendable, CustomTestStringConvertible {
    /// What the run must end as.
    enum Expectation: Sendable {
        case termination(ExecutionOutcome.Termination)
        /// Exited with code 0 (the program caught its own failures and reported them).
        case exitedCleanly
        /// Any termination other than a clean exit and other than a sandbox failure.
        case failed
    }

    let name: String
    let source: String
    let expectation: Expectation
    /// Strings that must not appear in stdout or stderr (leaked secrets, "ESCAPED").
    var forbidden: [String] = ["ESCAPED"]
    /// Strings that must appear in stdout (the program's report that it was blocked).
    var required: [String] = []
    /// The longest the run may take, in seconds.
    var maximumSeconds: Double = 8

    var testDescription: String { name }
}
