/// Why `bon reverify` could not re-verify a file; a candidate whose verdict cannot be redone is a count in
/// the report, never this.
public struct ReverifyError: Error, Sendable, CustomStringConvertible {
    /// The kind of failure.
    public enum Code: String, Sendable {
        /// The input is missing, not Parquet, or not a bon result file (a required column is absent).
        case input
        /// The judge options cannot make a client (no key, unknown provider, missing cassette).
        case judge
        /// The output cannot be written.
        case output
    }

    /// The kind of failure.
    public var code: Code
    /// A sentence naming the file or option and what is wrong with it.
    public var message: String

    /// Creates an error.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// Whether the user gave bad input (exit code 2) rather than the work failing (exit code 1).
    public var isBadInput: Bool { code != .output }

    public var description: String { message }
}
