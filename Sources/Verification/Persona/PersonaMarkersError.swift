/// Why a persona's markers file could not be loaded.
public struct PersonaMarkersError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kind of problem.
    public enum Code: String, Sendable, Hashable {
        /// No markers file beside the persona.
        case missing
        /// The file is not valid markers JSON.
        case invalid
        /// A marker's regular expression does not compile.
        case badPattern = "bad_pattern"
    }

    /// The kind of problem.
    public var code: Code
    /// A sentence naming the file and what is wrong.
    public var message: String

    /// Creates an error.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
