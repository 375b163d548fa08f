import Foundation
import Yams

/// Reads a config file's YAML into typed values with their positions, collecting every problem.
struct ConfigFileParser {
    /// A typed value from the file.
    enum Value {
        case string(String)
        case int(Int)
        case number(Double)
        case bool(Bool)
        case list([String])
        case prices([String: ExperimentConfig.Price])
        case capabilities(ExperimentConfig.CapabilityOverride)
        case null
    }

    /// A value and where it sits.
    struct Located {
        var value: Value
        var line: Int
        var column: Int
    }

    let file: String
    let text: String
    private(set) var problems: [ConfigProblem] = []

    init(file: String, text: String) {
        self.file = file
        self.text = text
    }

    mutating func parse() -> [String: Located] {
        let meaningful = text.split(whereSeparator: \.isNewline).contains { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            return !trimmed.isEmpty && !trimmed.hasPrefix("#") && trimmed != "---" && trimmed != "..."
        }
        guard meaningful else {
            problem(line: nil, key: nil, "the file is empty; a config needs at least `dataset`, `splits` and `model`")
            return [:]
        }
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                problem(line: nil, key: nil, "the file is empty")
                return [:]
            }
            root = node
        } catch let error as YamlError {
            reportYAML(error)
            return [:]
        } catch {
            problem(line: nil, key: nil, "invalid YAML: \(error)")
            return [:]
        }
        guard case .mapping(let mapping) = root else {
            problem(
                at: root,
                key: nil,
                "the top level must be a mapping of `key: value` lines, found \(describe(root))"
            )
            return [:]
        }
        var values: [String: Located] = [:]
        for (keyNode, valueNode) in mapping {
            guard let key = keyNode.scalar?.string else {
                problem(at: keyNode, key: nil, "a key must be a plain name, found \(describe(keyNode))")
                continue
            }
            guard let spec = ConfigKey.all.first(where: { $0.name == key }) else {
                var message = "unknown key"
                if let suggestion = KeySuggestion.nearest(to: key, in: ConfigKey.names) {
                    message += "; did you mean `\(suggestion)`?"
                } else {
                    message += "; known keys: \(ConfigKey.names.joined(separator: ", "))"
                }
                problem(at: keyNode, key: key, message)
                continue
            }
            if let value = typed(valueNode, spec: spec) {
                let mark = valueNode.mark ?? keyNode.mark
                values[key] = Located(value: value, line: mark?.line ?? 0, column: mark?.column ?? 0)
            }
        }
        return values
    }

    // MARK: - Typing

    private static let nullableKeys: Set<String> = [
        "persona", "notes", "base_url", "judge_model", "mock_model", "budget_usd", "cassette", "temperature", "prices",
        "model_capabilities",
    ]

    private mutating func typed(_ node: Node, spec: ConfigKey) -> Value? {
        let key = spec.name
        if let scalar = node.scalar, scalar.style == .plain, node.null != nil {
            if Self.nullableKeys.contains(key) { return .null }
            problem(at: node, key: key, "has no value; expected \(expected(spec))")
            return nil
        }
        switch spec.kind {
        case .string, .path:
            guard let scalar = node.scalar else {
                problem(at: node, key: key, "expected \(expected(spec)), found \(describe(node))")
                return nil
            }
            if key == "generator", ExperimentConfig.Generator(rawValue: scalar.string) == nil {
                let names = ExperimentConfig.Generator.allCases.map(\.rawValue)
                let hint = KeySuggestion.nearest(to: scalar.string, in: names).map { "did you mean `\($0)`? " } ?? ""
                problem(
                    at: node,
                    key: key,
                    "unknown generator \"\(scalar.string)\"; \(hint)use claude, openai or replay"
                )
                return nil
            }
            return .string(scalar.string)
        case .integer:
            if let scalar = node.scalar, scalar.style == .plain, let number = node.int { return .int(number) }
            problem(at: node, key: key, "expected \(expected(spec)), found \(describe(node))")
            return nil
        case .number:
            if let scalar = node.scalar, scalar.style == .plain, let number = node.float, number.isFinite {
                return .number(number)
            }
            problem(at: node, key: key, "expected \(expected(spec)), found \(describe(node))")
            return nil
        case .boolean:
            if let scalar = node.scalar, scalar.style == .plain, let flag = node.bool { return .bool(flag) }
            problem(at: node, key: key, "expected \(expected(spec)), found \(describe(node))")
            return nil
        case .splits:
            return splits(node)
        case .prices:
            return prices(node)
        case .capabilities:
            return capabilities(node)
        }
    }

    private mutating func splits(_ node: Node) -> Value? {
        switch node {
        case .scalar(let scalar):
            let parts = scalar.string.split(separator: ",", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            if parts.isEmpty || parts.contains(where: \.isEmpty) {
                problem(at: node, key: "splits", "expected a comma-separated list such as `math,code,tool_calling`")
                return nil
            }
            return .list(parts)
        case .sequence(let sequence):
            var names: [String] = []
            for element in sequence {
                guard let scalar = element.scalar, !scalar.string.isEmpty else {
                    problem(at: element, key: "splits", "each split must be a name, found \(describe(element))")
                    return nil
                }
                names.append(scalar.string)
            }
            if names.isEmpty {
                problem(at: node, key: "splits", "the list is empty; name at least one split")
                return nil
            }
            return .list(names)
        default:
            problem(
                at: node,
                key: "splits",
                "expected `math,code,tool_calling` or a YAML list, found \(describe(node))"
            )
            return nil
        }
    }

    private mutating func prices(_ node: Node) -> Value? {
        guard case .mapping(let mapping) = node else {
            problem(
                at: node,
                key: "prices",
                "expected a mapping of model id to {input, output, cache_read, cache_write}"
            )
            return nil
        }
        var result: [String: ExperimentConfig.Price] = [:]
        for (modelNode, priceNode) in mapping {
            let model = modelNode.scalar?.string ?? "?"
            guard case .mapping(let fields) = priceNode else {
                problem(at: priceNode, key: "prices.\(model)", "expected {input, output, cache_read, cache_write}")
                continue
            }
            var numbers: [String: Double] = [:]
            var valid = true
            for (fieldNode, valueNode) in fields {
                let field = fieldNode.scalar?.string ?? "?"
                let known = ["input", "output", "cache_read", "cache_write"]
                guard known.contains(field) else {
                    let hint = KeySuggestion.nearest(to: field, in: known).map { "; did you mean `\($0)`?" } ?? ""
                    problem(at: fieldNode, key: "prices.\(model).\(field)", "unknown price field\(hint)")
                    valid = false
                    continue
                }
                guard let number = valueNode.float, number >= 0, number.isFinite else {
                    problem(
                        at: valueNode,
                        key: "prices.\(model).\(field)",
                        "expected a number ≥ 0 (USD per million tokens)"
                    )
                    valid = false
                    continue
                }
                numbers[field] = number
            }
            guard valid else { continue }
            guard let input = numbers["input"], let output = numbers["output"] else {
                problem(at: priceNode, key: "prices.\(model)", "needs both `input` and `output`")
                continue
            }
            result[model] = .init(
                input: input,
                output: output,
                cacheRead: numbers["cache_read"],
                cacheWrite: numbers["cache_write"]
            )
        }
        return .prices(result)
    }

    private mutating func capabilities(_ node: Node) -> Value? {
        guard case .mapping(let mapping) = node else {
            problem(
                at: node,
                key: "model_capabilities",
                "expected {temperature: true|false, max_completion_tokens: true|false}"
            )
            return nil
        }
        var result = ExperimentConfig.CapabilityOverride()
        for (fieldNode, valueNode) in mapping {
            let field = fieldNode.scalar?.string ?? "?"
            guard let flag = valueNode.bool else {
                problem(at: valueNode, key: "model_capabilities.\(field)", "expected true or false")
                continue
            }
            switch field {
            case "temperature": result.temperature = flag
            case "max_completion_tokens": result.maxCompletionTokens = flag
            default:
                problem(
                    at: fieldNode,
                    key: "model_capabilities.\(field)",
                    "unknown capability; known: temperature, max_completion_tokens"
                )
            }
        }
        return .capabilities(result)
    }

    // MARK: - Problems

    private func expected(_ spec: ConfigKey) -> String {
        switch spec.kind {
        case .string: "a text value"
        case .path: "a file path"
        case .integer: "a whole number"
        case .number: "a number"
        case .boolean: "true or false"
        case .splits: "a list of splits"
        case .prices: "a price mapping"
        case .capabilities: "a capability mapping"
        }
    }

    private func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar):
            let shown = scalar.string.count > 40 ? String(scalar.string.prefix(40)) + "…" : scalar.string
            return scalar.style == .plain ? "`\(shown)`" : "the quoted text \"\(shown)\""
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }

    private mutating func problem(at node: Node, key: String?, _ message: String) {
        problems.append(
            ConfigProblem(
                file: file,
                line: node.mark?.line,
                column: node.mark?.column,
                key: key,
                message: message
            )
        )
    }

    private mutating func problem(line: Int?, key: String?, _ message: String) {
        problems.append(ConfigProblem(file: file, line: line, key: key, message: message))
    }

    private mutating func reportYAML(_ error: YamlError) {
        switch error {
        case .scanner(_, let problemText, let mark, _), .parser(_, let problemText, let mark, _),
            .composer(_, let problemText, let mark, _):
            problems.append(
                ConfigProblem(
                    file: file,
                    line: mark.line,
                    column: mark.column,
                    key: nil,
                    message: "invalid YAML: \(problemText)"
                )
            )
        case .duplicatedKeysInMapping(let duplicates, let context):
            let names = duplicates.sorted().map { "`\($0)`" }.joined(separator: ", ")
            problems.append(
                ConfigProblem(
                    file: file,
                    line: context.mark.line,
                    column: context.mark.column,
                    key: duplicates.sorted().first,
                    message: "key given more than once (\(names)); keep one"
                )
            )
        case .reader(let problemText, _, _, _):
            problems.append(ConfigProblem(file: file, line: nil, key: nil, message: "unreadable YAML: \(problemText)"))
        default:
            problems.append(ConfigProblem(file: file, line: nil, key: nil, message: "invalid YAML: \(error)"))
        }
    }
}
