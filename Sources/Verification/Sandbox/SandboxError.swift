/// Why the sandbox could not be set up or could not start a program.
///
/// A program that fails, times out or runs out of memory is not an error: see ``ExecutionOutcome``.
public struct SandboxError: Error, Sendable, Hashable, CustomStringConvertible {
    private enum Code: String, Sendable, Hashable {
        case bubblewrapMissing
        case namespacesUnavailable
        case interpreterMissing
        case workspaceFailed
        case launchFailed
    }

    private let code: Code
    /// A sentence naming what failed, where, and how to fix it.
    public let message: String

    private init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// A short, bounded identifier of the failure, for metrics and logs.
    public var shortDescription: String { code.rawValue }

    public var description: String { "sandbox: \(message)" }

    /// `bwrap` was not found.
    public static func bubblewrapMissing(searched: [String]) -> SandboxError {
        SandboxError(
            .bubblewrapMissing,
            "bubblewrap (bwrap) was not found in \(searched.joined(separator: ", ")); install it with "
                + "`apt-get install -y bubblewrap` (or run scripts/bootstrap), or pass --unsafe-no-sandbox "
                + "to run candidate code without isolation"
        )
    }

    /// bwrap exists but could not create its namespaces.
    public static func namespacesUnavailable(detail: String) -> SandboxError {
        SandboxError(
            .namespacesUnavailable,
            "bubblewrap could not create namespaces on this machine (\(detail)); allow user namespaces "
                + "(`sysctl -w kernel.unprivileged_userns_clone=1` and `sysctl -w user.max_user_namespaces=15000`, "
                + "or on Ubuntu `sysctl -w kernel.apparmor_restrict_unprivileged_userns=0`), or pass "
                + "--unsafe-no-sandbox to run candidate code without isolation"
        )
    }

    /// A language's interpreter or compiler is missing.
    public static func interpreterMissing(_ name: String, searched: [String]) -> SandboxError {
        SandboxError(
            .interpreterMissing,
            "\(name) was not found in \(searched.joined(separator: ", ")); install it with apt-get"
        )
    }

    /// The host folder for a run could not be prepared.
    public static func workspaceFailed(path: String, reason: String) -> SandboxError {
        SandboxError(.workspaceFailed, "could not prepare the run folder \(path): \(reason)")
    }

    /// The sandbox process could not be started.
    public static func launchFailed(executable: String, reason: String) -> SandboxError {
        SandboxError(.launchFailed, "could not start \(executable): \(reason)")
    }
}
