/// How a program receives a test: through standard input, or as a call to a named function.
public enum ProblemStyle: Sendable, Hashable, Codable {
    /// Reads standard input, writes standard output.
    case standardIO
    /// Defines a function (or a method of `className`, e.g. LeetCode's `Solution`) that the harness calls.
    case function(name: String, className: String?)
}
