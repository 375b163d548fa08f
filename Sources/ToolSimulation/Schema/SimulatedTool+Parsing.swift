import Foundation
public import LLM

extension SimulatedTool {
    /// Reads a dataset row's tool list.
    ///
    /// Accepts every shape seen in tool-calling datasets: a JSON array of tools or an object holding one
    /// under `tools` or `functions` (Nemotron's `metadata`), a single tool object; each tool either
    /// OpenAI-style `{"type": "function", "function": {...}}` or flat `{name, description, parameters}`,
    /// with the parameter schema under `parameters`, `input_schema` (Anthropic), `inputSchema` (MCP) or
    /// `arguments`, possibly itself JSON-encoded as a string. A result schema is read from `returns`,
    /// `output_schema`, `outputSchema`, `response_schema` or `response`.
    ///
    /// - Throws: ``ToolSchemaError`` naming the tool (by position) that could not be read.
    public static func parseList(json text: String) throws(ToolSchemaError) -> [SimulatedTool] {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { return [] }
        let value: JSONValue
        do {
            value = try JSONValue(parsing: trimmed)
        } catch {
            throw ToolSchemaError(.invalidJSON, "The tool list is not valid JSON (\(trimmed.prefix(60))…).")
        }
        return try parseList(value)
    }

    /// Reads a tool list that is already parsed; see ``parseList(json:)``.
    ///
    /// - Throws: ``ToolSchemaError`` naming the tool (by position) that could not be read.
    public static func parseList(_ value: JSONValue) throws(ToolSchemaError) -> [SimulatedTool] {
        switch value {
        case .null:
            return []
        case .string(let inner):
            return try parseList(json: inner)
        case .array(let items):
            var tools: [SimulatedTool] = []
            for (index, item) in items.enumerated() {
                tools.append(try parseTool(item, position: index))
            }
            return tools
        case .object(let members):
            for key in ["tools", "functions"] {
                if let inner = members[key] { return try parseList(inner) }
            }
            if members["name"] != nil || members["function"] != nil { return [try parseTool(value, position: 0)] }
            if members.isEmpty { return [] }
            throw ToolSchemaError(
                .unexpectedShape,
                "The tool list is an object without a `tools` array (keys: \(members.keys.sorted().joined(separator: ", ")))."
            )
        default:
            throw ToolSchemaError(.unexpectedShape, "The tool list is a \(value.kindName), not an array of tools.")
        }
    }

    private static func parseTool(_ value: JSONValue, position: Int) throws(ToolSchemaError) -> SimulatedTool {
        var value = value
        if case .string(let inner) = value, let parsed = try? JSONValue(parsing: inner) { value = parsed }
        guard var members = value.objectValue else {
            throw ToolSchemaError(.unexpectedShape, "Tool \(position + 1) is a \(value.kindName), not an object.")
        }
        if let function = members["function"]?.objectValue {
            var merged = function
            for (key, inner) in members where merged[key] == nil && key != "function" && key != "type" {
                merged[key] = inner
            }
            members = merged
        }
        guard let name = members["name"]?.stringValue, !name.isEmpty else {
            throw ToolSchemaError(.missingName, "Tool \(position + 1) has no `name`.")
        }
        let description = members["description"]?.stringValue ?? ""
        var parameters: JSONValue = .object(["type": .string("object"), "properties": .object([:])])
        for key in ["parameters", "input_schema", "inputSchema", "arguments", "params"] {
            if let found = members[key] {
                parameters = decodedIfString(found)
                break
            }
        }
        if case .object(var schema) = parameters, schema["type"] == nil, schema["properties"] == nil {
            // A bare map of parameter name to schema.
            if !schema.isEmpty {
                parameters = .object(["type": .string("object"), "properties": .object(schema)])
            } else {
                schema["type"] = .string("object")
                parameters = .object(schema)
            }
        }
        var resultSchema: JSONValue?
        for key in ["output_schema", "outputSchema", "returns", "response_schema", "result_schema", "response"] {
            if let found = members[key] {
                let decoded = decodedIfString(found)
                if decoded.objectValue != nil { resultSchema = decoded }
                break
            }
        }
        return SimulatedTool(name: name, description: description, parameters: parameters, resultSchema: resultSchema)
    }

    private static func decodedIfString(_ value: JSONValue) -> JSONValue {
        if case .string(let text) = value, let parsed = try? JSONValue(parsing: text) { return parsed }
        return value
    }
}

extension JSONValue {
    /// A word for the value's JSON type, for messages.
    var kindName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }
}
