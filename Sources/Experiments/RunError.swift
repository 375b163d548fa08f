/// Why a run could not start or continue; outcomes of single candidates are rows, never this.
public struct RunError: Error, Sendable, CustomStringConvertible {
    /// The kind of failure.
    public enum Code: String, Sendable {
        case journal
        /// Another `bon run` is using the journal.
        case journalInUse
        case configChanged
        case dataset
        case provider
        case output
        case cassette
        case interrupted
        case budget
    }

    /// The kind of failure.
    public var code: Code
    /// A sentence a user can act on.
    public var message: String

    /// Creates an error.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }

    static func journal(_ message: String) -> RunError { RunError(.journal, message) }
}
