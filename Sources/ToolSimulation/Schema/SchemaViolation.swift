/// One way a JSON value breaks a JSON Schema: where, and what is wrong.
public struct SchemaViolation: Sendable, Hashable, CustomStringConvertible {
    /// The JSON path of the offending value (`$.location.lat`).
    public var path: String
    /// What is wrong, as a sentence.
    public var message: String

    /// Creates a violation.
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message)" }
}
