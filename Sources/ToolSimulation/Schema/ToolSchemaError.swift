/// Why a row's tool list could not be read.
public struct ToolSchemaError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kind of problem.
    public enum Code: String, Sendable, Hashable {
        /// The text is not JSON.
        case invalidJSON = "invalid_json"
        /// The JSON is not a tool list in any known shape.
        case unexpectedShape = "unexpected_shape"
        /// A tool has no name.
        case missingName = "missing_name"
    }

    /// The kind of problem.
    public var code: Code
    /// A sentence naming what is wrong and where.
    public var message: String

    /// Creates an error.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
