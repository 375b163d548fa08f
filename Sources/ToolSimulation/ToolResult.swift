/// What a simulated tool returned for one call, and how much the simulation trusts it.
public struct ToolResult: Sendable, Hashable, Codable {
    /// Who produced the result.
    public enum Origin: String, Sendable, Hashable, Codable {
        /// A dynamic mock family matched the tool.
        case mock
        /// No mock was confident enough; an LLM wrote the result.
        case llmMock = "llm_mock"
        /// The arguments violated the tool's schema; the content is the tool's error.
        case schemaError = "schema_error"
    }

    /// The tool's output as JSON text, exactly what the model sees.
    public var content: String
    /// Who produced it.
    public var origin: Origin
    /// The mock family that answered (`weather`, `calculator`, …), when one did.
    public var family: String?
    /// How well the family matched the tool, from 0 to 1.
    public var confidence: Double

    /// Creates a result.
    public init(content: String, origin: Origin, family: String?, confidence: Double) {
        self.content = content
        self.origin = origin
        self.family = family
        self.confidence = confidence
    }

    /// True when the content is an error the tool reports to the model.
    public var isError: Bool { origin == .schemaError }
}
