import Foundation
public import LLM

/// A family of tools that one dynamic mock answers (weather, calculator, stock quotes, …).
///
/// A tool is matched to a family by its name, description and parameter names; the family then builds a
/// result from the call's arguments, seeded by them, so the same call always gets the same result.
public struct MockFamily: Sendable {
    /// The family's name (`weather`, `currency_conversion`, …).
    public let name: String
    /// What tools of this family do, in a few words.
    public let summary: String
    /// A representative tool of the family.
    public let exampleTool: SimulatedTool
    /// Keyword (a token sequence) → weight, matched against a tool's name and description.
    let keywords: [(tokens: [String], weight: Double)]
    /// Parameter names typical of the family, matched against a tool's parameters and description.
    let hints: Set<String>
    let result: MockField

    /// The schema every result of the family conforms to.
    public var resultSchema: JSONValue { result.schema }

    /// Creates a family.
    ///
    /// - Parameters:
    ///   - name: the family's name.
    ///   - summary: what its tools do.
    ///   - keywords: space-separated keywords, `word:weight` for a weight other than 1, `a+b` for a phrase.
    ///   - hints: space-separated parameter names typical of the family.
    ///   - tool: the example tool as `name(param*: type, other: type)`, `*` marking required parameters.
    ///   - result: what the family returns.
    init(
        _ name: String,
        _ summary: String,
        keywords: String,
        hints: String = "",
        tool: String,
        result: MockField
    ) {
        self.name = name
        self.summary = summary
        self.keywords = keywords.split(separator: " ").map { entry in
            let parts = entry.split(separator: ":")
            let weight = parts.count > 1 ? Double(parts[1]) ?? 1 : 1
            let tokens = parts[0].split(separator: "+").flatMap { ToolTokens.tokens(of: String($0)) }
            return (tokens, weight)
        }
        self.hints = Set(hints.split(separator: " ").flatMap { ToolTokens.tokens(of: String($0)) })
        self.result = result
        self.exampleTool = Self.parseSignature(tool, summary: summary)
    }

    /// How well `tool` belongs to this family, from 0 to 1.
    public func confidence(for tool: SimulatedTool) -> Double { min(1, score(for: tool)) }

    /// The uncapped match score that ranks families: specific phrases (weight above 1) beat generic words.
    func score(for tool: SimulatedTool) -> Double {
        let nameTokens = ToolTokens.tokens(of: tool.name)
        let descriptionTokens = ToolTokens.tokens(of: tool.definition.description)
        let parameterTokens = Self.parameterNames(of: tool.definition.parameters).flatMap { ToolTokens.tokens(of: $0) }
        let nameScore = score(nameTokens)
        let descriptionScore = score(descriptionTokens)
        let hinted = hints.filter { hint in
            (parameterTokens + descriptionTokens).contains { ToolTokens.sameWord($0, hint) }
        }
        let parameterScore = min(1, Double(hinted.count) / 2)
        return 0.6 * nameScore + 0.35 * min(1, descriptionScore) + 0.15 * parameterScore
    }

    /// The best keyword weight found in `tokens`, plus a little for each further keyword.
    private func score(_ tokens: [String]) -> Double {
        let found = keywords.filter { ToolTokens.contains(tokens, phrase: $0.tokens) }.map(\.weight).sorted(by: >)
        guard let best = found.first else { return 0 }
        return best + 0.1 * Double(found.count - 1)
    }

    /// Builds this family's result for a call.
    func makeResult(toolName: String, arguments: [String: JSONValue]) -> JSONValue {
        var context = MockContext(toolName: toolName, arguments: arguments)
        return result.generate(&context)
    }

    static func parameterNames(of schema: JSONValue) -> [String] {
        (schema["properties"]?.objectValue ?? [:]).keys.sorted()
    }

    private static func parseSignature(_ signature: String, summary: String) -> SimulatedTool {
        let name = String(signature.prefix { $0 != "(" })
        let inside = signature.drop { $0 != "(" }.dropFirst().prefix { $0 != ")" }
        var properties: [String: JSONValue] = [:]
        var required: [JSONValue] = []
        for parameter in inside.split(separator: ",") {
            let parts = parameter.split(separator: ":").map { $0.trimmingCharacters(in: .whitespaces) }
            guard var parameterName = parts.first, !parameterName.isEmpty else { continue }
            if parameterName.hasSuffix("*") {
                parameterName.removeLast()
                required.append(.string(parameterName))
            }
            let type = parts.count > 1 ? String(parts[1]).replacingOccurrences(of: " ", with: "") : "string"
            if type.hasPrefix("[") {
                let itemType = String(type.dropFirst().dropLast())
                properties[parameterName] = .object([
                    "type": .string("array"), "items": .object(["type": .string(itemType)]),
                ])
            } else {
                properties[parameterName] = .object(["type": .string(type)])
            }
        }
        return SimulatedTool(
            name: name,
            description: summary,
            parameters: .object([
                "type": .string("object"), "properties": .object(properties), "required": .array(required),
            ])
        )
    }
}
