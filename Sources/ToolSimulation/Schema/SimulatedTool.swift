public import LLM

/// A tool of a dataset row as the simulation sees it: its definition plus the result schema, when the row
/// declares one.
///
/// Nemotron rows declare only the parameter schema; some tool sets (MCP `outputSchema`, `returns`,
/// `response_schema`) also declare what the tool returns, and then every simulated result conforms to it.
public struct SimulatedTool: Sendable, Hashable, Codable {
    /// The definition sent to the model.
    public var definition: ToolDefinition
    /// JSON Schema of the tool's result, when declared.
    public var resultSchema: JSONValue?

    /// Creates a tool.
    public init(definition: ToolDefinition, resultSchema: JSONValue? = nil) {
        self.definition = definition
        self.resultSchema = resultSchema
    }

    /// Creates a tool from its parts.
    public init(name: String, description: String, parameters: JSONValue, resultSchema: JSONValue? = nil) {
        self.init(
            definition: ToolDefinition(name: name, description: description, parameters: parameters),
            resultSchema: resultSchema
        )
    }

    /// The tool's name.
    public var name: String { definition.name }
}
