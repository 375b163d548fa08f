import Foundation
public import LLM

/// What `bon tools mock` shows: the tool as understood, the result the local mocks give, and the match.
public struct ToolMockPreview: Sendable {
    /// The tool (from `--schema`, or a bare tool with the given name).
    public var tool: SimulatedTool
    /// The arguments as parsed.
    public var arguments: JSONValue
    /// The result of the local mocks.
    public var result: ToolResult
    /// The best-matching family and its confidence, even when below the threshold.
    public var bestFamily: String?
    /// The best family's confidence.
    public var bestConfidence: Double
    /// True when a run would ask the LLM mock instead (confidence below the threshold).
    public var wouldUseLLMMock: Bool

    /// Builds a preview.
    ///
    /// - Parameters:
    ///   - name: the tool's name.
    ///   - argumentsJSON: the call's arguments, a JSON object.
    ///   - schemaJSON: a tool definition in any shape ``SimulatedTool/parseList(json:)`` accepts, or a bare
    ///     parameter schema; `nil` for a tool known by name only.
    ///   - description: the tool's description, when no schema gives one.
    ///   - threshold: the confidence below which a run would ask the LLM mock.
    /// - Returns: the preview.
    /// - Throws: ``ToolSchemaError`` when the arguments or the schema are not what they should be.
    public static func make(
        name: String,
        argumentsJSON: String,
        schemaJSON: String?,
        description: String = "",
        threshold: Double = 0.4
    ) throws(ToolSchemaError) -> ToolMockPreview {
        guard let arguments = try? JSONValue(parsing: argumentsJSON), arguments.objectValue != nil else {
            throw ToolSchemaError(
                .invalidJSON,
                "--args must be a JSON object, e.g. '{\"city\": \"Paris\"}' (got \(argumentsJSON.prefix(60)))."
            )
        }
        var tool = SimulatedTool(name: name, description: description, parameters: .object(["type": .string("object")]))
        if let schemaJSON {
            guard let value = try? JSONValue(parsing: schemaJSON) else {
                throw ToolSchemaError(.invalidJSON, "The schema file is not valid JSON.")
            }
            if value["type"] == .string("object") && value["name"] == nil {
                tool.definition.parameters = value
            } else {
                let tools = try SimulatedTool.parseList(value)
                guard let found = tools.first(where: { $0.name == name }) ?? tools.first else {
                    throw ToolSchemaError(.unexpectedShape, "The schema file declares no tool.")
                }
                tool = found
                tool.definition.name = name
                if tool.definition.description.isEmpty { tool.definition.description = description }
            }
        }
        let simulator = ToolSimulator(threshold: threshold)
        let best = MockCatalog.bestMatch(for: tool)
        return ToolMockPreview(
            tool: tool,
            arguments: arguments,
            result: simulator.localResult(for: tool, arguments: arguments),
            bestFamily: best?.family.name,
            bestConfidence: best?.confidence ?? 0,
            wouldUseLLMMock: (best?.confidence ?? 0) < threshold
        )
    }

    /// The preview as pretty JSON: tool, family, confidence, origin, and the result.
    public var json: String {
        let result = (try? JSONValue(parsing: self.result.content)) ?? .string(self.result.content)
        let value: JSONValue = .object([
            "tool": .string(tool.name), "family": self.result.family.map(JSONValue.string) ?? .null,
            "confidence": .number(self.result.confidence), "origin": .string(self.result.origin.rawValue),
            "best_family": bestFamily.map(JSONValue.string) ?? .null,
            "best_confidence": .number((bestConfidence * 100).rounded() / 100),
            "would_use_llm_mock": .bool(wouldUseLLMMock), "result": result,
        ])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? value.jsonString()
    }
}
