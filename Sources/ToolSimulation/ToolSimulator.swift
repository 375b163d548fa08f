import Foundation
public import LLM

/// Answers the model's tool calls: validates the arguments against the tool's schema, then lets the best
/// matching mock family answer, or, below the confidence threshold, the LLM mock.
///
/// Results are deterministic for the same tool and arguments: mock families draw from a generator seeded by
/// them, and the LLM mock caches its answers by (tool, arguments).
public struct ToolSimulator: Sendable {
    /// Below this match confidence the LLM mock answers instead of a mock family.
    public var threshold: Double
    /// The LLM mock, or `nil` to answer low-confidence tools with a schema-shaped generic result.
    public var llmMock: LLMToolMock?
    /// The families to match against.
    public var families: [MockFamily]

    /// Creates a simulator.
    public init(llmMock: LLMToolMock? = nil, threshold: Double = 0.4, families: [MockFamily] = MockCatalog.all) {
        self.llmMock = llmMock
        self.threshold = threshold
        self.families = families
    }

    /// Answers one call of the model to one of `tools` (a call to an undeclared tool is simulated from its
    /// name alone).
    public func simulate(_ call: ToolCall, tools: [SimulatedTool]) async -> ToolSimulation {
        let tool =
            tools.first { $0.name == call.name }
            ?? SimulatedTool(name: call.name, description: "", parameters: .object(["type": .string("object")]))
        let arguments: [String: JSONValue]
        switch Self.parseArguments(call.arguments) {
        case .success(let parsed): arguments = parsed
        case .failure(let message):
            return ToolSimulation(
                result: Self.errorResult(tool: tool.name, code: "invalid_arguments", message: message, details: [])
            )
        }
        let violations = JSONSchemaValidator.validate(.object(arguments), against: tool.definition.parameters)
        if !violations.isEmpty { return ToolSimulation(result: Self.schemaError(tool: tool.name, violations)) }
        let match = MockCatalog.bestMatch(for: tool, among: families)
        let confidence = match?.confidence ?? 0
        if let match, confidence >= threshold {
            return ToolSimulation(
                result: familyResult(match.family, tool: tool, arguments: arguments, confidence: confidence)
            )
        }
        if let llmMock {
            let answer = await llmMock.result(for: tool, arguments: arguments)
            if let content = answer.content {
                let result = ToolResult(content: content, origin: .llmMock, family: nil, confidence: confidence)
                return ToolSimulation(result: result, usage: answer.usage, costUSD: answer.costUSD, error: nil)
            }
            let fallback = genericResult(tool: tool, arguments: arguments, confidence: confidence)
            return ToolSimulation(result: fallback, usage: answer.usage, costUSD: answer.costUSD, error: answer.error)
        }
        return ToolSimulation(result: genericResult(tool: tool, arguments: arguments, confidence: confidence))
    }

    /// What the local mocks alone return for a call (no LLM): the best family's result when it is confident
    /// enough, else a generic result shaped by the tool's result schema.
    public func localResult(for tool: SimulatedTool, arguments: JSONValue) -> ToolResult {
        guard case .object(let members) = arguments else {
            return Self.errorResult(
                tool: tool.name,
                code: "invalid_arguments",
                message: "Arguments must be a JSON object.",
                details: []
            )
        }
        let violations = JSONSchemaValidator.validate(arguments, against: tool.definition.parameters)
        if !violations.isEmpty { return Self.schemaError(tool: tool.name, violations) }
        if let match = MockCatalog.bestMatch(for: tool, among: families), match.confidence >= threshold {
            return familyResult(match.family, tool: tool, arguments: members, confidence: match.confidence)
        }
        let confidence = MockCatalog.bestMatch(for: tool, among: families)?.confidence ?? 0
        return genericResult(tool: tool, arguments: members, confidence: confidence)
    }

    private func familyResult(
        _ family: MockFamily,
        tool: SimulatedTool,
        arguments: [String: JSONValue],
        confidence: Double
    )
        -> ToolResult
    {
        var value = family.makeResult(toolName: tool.name, arguments: arguments)
        if let schema = tool.resultSchema {
            var synthesizer = SchemaSynthesizer(
                random: SeededRandom(text: tool.name + JSONValue.object(arguments).jsonString())
            )
            value = synthesizer.conform(value, to: schema, arguments: arguments)
        }
        return ToolResult(
            content: value.jsonString(),
            origin: .mock,
            family: family.name,
            confidence: (confidence * 100).rounded() / 100
        )
    }

    private func genericResult(tool: SimulatedTool, arguments: [String: JSONValue], confidence: Double) -> ToolResult {
        var synthesizer = SchemaSynthesizer(
            random: SeededRandom(text: tool.name + JSONValue.object(arguments).jsonString())
        )
        let value: JSONValue
        if let schema = tool.resultSchema {
            value = synthesizer.synthesize(schema)
        } else {
            value = .object([
                "status": .string("success"), "tool": .string(tool.name), "request": .object(arguments),
                "result_id": .string(synthesizer.random.code(10)),
            ])
        }
        return ToolResult(
            content: value.jsonString(),
            origin: .mock,
            family: "generic",
            confidence: (confidence * 100).rounded() / 100
        )
    }

    enum ParsedArguments {
        case success([String: JSONValue])
        case failure(String)
    }

    /// The call's arguments as an object: empty text is `{}`; a JSON string holding an object is unwrapped.
    static func parseArguments(_ text: String) -> ParsedArguments {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { return .success([:]) }
        guard var value = try? JSONValue(parsing: trimmed) else {
            return .failure("The arguments are not valid JSON: \(trimmed.prefix(80))")
        }
        if case .string(let inner) = value, let parsed = try? JSONValue(parsing: inner) { value = parsed }
        guard case .object(let members) = value else {
            return .failure("The arguments must be a JSON object, not a \(value.kindName).")
        }
        return .success(members)
    }

    static func schemaError(tool: String, _ violations: [SchemaViolation]) -> ToolResult {
        let first = violations[0]
        let name = first.path.split(separator: ".").dropFirst().joined(separator: ".")
        let message: String
        if first.message == "required property is missing" {
            message = "Missing required parameter '\(name)'."
        } else if first.message == "unknown property" {
            message = "Unexpected parameter '\(name)'."
        } else {
            message = "Invalid value for parameter '\(name.isEmpty ? "arguments" : name)': \(first.message)."
        }
        return errorResult(
            tool: tool,
            code: "invalid_arguments",
            message: message,
            details: violations.map(\.description)
        )
    }

    static func errorResult(tool: String, code: String, message: String, details: [String]) -> ToolResult {
        var error: [String: JSONValue] = ["code": .string(code), "message": .string(message), "tool": .string(tool)]
        if !details.isEmpty { error["details"] = .array(details.map { .string($0) }) }
        error["status"] = .number(400)
        return ToolResult(
            content: JSONValue.object(["error": .object(error)]).jsonString(),
            origin: .schemaError,
            family: nil,
            confidence: 1
        )
    }
}

/// The answer to one tool call, with what the LLM mock spent on it (zero for local mocks and cache hits).
public struct ToolSimulation: Sendable, Hashable {
    /// The result the model sees.
    public var result: ToolResult
    /// Tokens the LLM mock used.
    public var usage: Usage
    /// What the LLM mock cost, when known.
    public var costUSD: Double?
    /// Why the LLM mock could not answer (the result is then a generic one).
    public var error: LLMError?

    /// Creates an answer.
    public init(result: ToolResult, usage: Usage = Usage(), costUSD: Double? = nil, error: LLMError? = nil) {
        self.result = result
        self.usage = usage
        self.costUSD = costUSD
        self.error = error
    }
}
