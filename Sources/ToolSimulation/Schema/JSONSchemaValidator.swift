import Foundation
public import LLM

/// Checks JSON values against the JSON Schema subset that tool definitions use.
///
/// Supported: `type` (one or a list; `integer`, `null`, and the Python spellings `str`, `int`, `float`,
/// `bool`, `dict`, `list` seen in some datasets), `enum`, `const`, `properties`, `required`,
/// `additionalProperties`, `items`, `minItems`/`maxItems`, `minimum`/`maximum` and their exclusive forms,
/// `minLength`/`maxLength`, `pattern`, `format` (`date`, `date-time`, `email`, `uri`), `anyOf`/`oneOf`/
/// `allOf` and OpenAPI's `nullable`. Unknown keywords are ignored, as the standard says.
public enum JSONSchemaValidator {
    /// Every violation of `schema` by `value`; empty when the value conforms.
    public static func validate(_ value: JSONValue, against schema: JSONValue, path: String = "$") -> [SchemaViolation]
    {
        guard case .object(let rules) = schema else {
            if case .bool(false) = schema { return [SchemaViolation(path: path, message: "no value is allowed here")] }
            return []
        }
        var violations: [SchemaViolation] = []
        if value == .null, rules["nullable"] == .bool(true) { return [] }
        if let typeRule = rules["type"] {
            let names = typeNames(typeRule)
            if !names.isEmpty, !names.contains(where: { matches(value, type: $0) }) {
                let expected = names.joined(separator: " or ")
                violations.append(
                    SchemaViolation(path: path, message: "expected \(expected), found \(describe(value))")
                )
                return violations
            }
        }
        if let options = rules["enum"]?.arrayValue, !options.contains(where: { looselyEqual($0, value) }) {
            let listed = options.prefix(8).map { $0.jsonString() }.joined(separator: ", ")
            violations.append(
                SchemaViolation(path: path, message: "must be one of \(listed), found \(value.jsonString())")
            )
        }
        if let constant = rules["const"], !looselyEqual(constant, value) {
            violations.append(SchemaViolation(path: path, message: "must be \(constant.jsonString())"))
        }
        switch value {
        case .object(let members): violations += validateObject(members, rules: rules, path: path)
        case .array(let items): violations += validateArray(items, rules: rules, path: path)
        case .string(let text): violations += validateString(text, rules: rules, path: path)
        case .number(let number): violations += validateNumber(number, rules: rules, path: path)
        default: break
        }
        if let all = rules["allOf"]?.arrayValue {
            for sub in all { violations += validate(value, against: sub, path: path) }
        }
        for key in ["anyOf", "oneOf"] {
            if let options = rules[key]?.arrayValue, !options.isEmpty {
                let results = options.map { validate(value, against: $0, path: path) }
                if !results.contains(where: \.isEmpty) {
                    violations.append(SchemaViolation(path: path, message: "matches none of the allowed forms"))
                }
            }
        }
        return violations
    }

    private static func validateObject(
        _ members: [String: JSONValue],
        rules: [String: JSONValue],
        path: String
    )
        -> [SchemaViolation]
    {
        var violations: [SchemaViolation] = []
        let properties = rules["properties"]?.objectValue ?? [:]
        for name in (rules["required"]?.arrayValue ?? []).compactMap(\.stringValue) where members[name] == nil {
            violations.append(SchemaViolation(path: "\(path).\(name)", message: "required property is missing"))
        }
        for (name, propertyValue) in members.sorted(by: { $0.key < $1.key }) {
            if let sub = properties[name] {
                violations += validate(propertyValue, against: sub, path: "\(path).\(name)")
            } else if let extra = rules["additionalProperties"] {
                if extra == .bool(false) {
                    violations.append(SchemaViolation(path: "\(path).\(name)", message: "unknown property"))
                } else if extra.objectValue != nil {
                    violations += validate(propertyValue, against: extra, path: "\(path).\(name)")
                }
            }
        }
        return violations
    }

    private static func validateArray(
        _ items: [JSONValue],
        rules: [String: JSONValue],
        path: String
    )
        -> [SchemaViolation]
    {
        var violations: [SchemaViolation] = []
        if let minimum = rules["minItems"]?.numberValue, Double(items.count) < minimum {
            violations.append(SchemaViolation(path: path, message: "needs at least \(Int(minimum)) items"))
        }
        if let maximum = rules["maxItems"]?.numberValue, Double(items.count) > maximum {
            violations.append(SchemaViolation(path: path, message: "allows at most \(Int(maximum)) items"))
        }
        if let itemSchema = rules["items"], itemSchema.objectValue != nil {
            for (index, item) in items.enumerated() {
                violations += validate(item, against: itemSchema, path: "\(path)[\(index)]")
            }
        }
        return violations
    }

    private static func validateString(_ text: String, rules: [String: JSONValue], path: String) -> [SchemaViolation] {
        var violations: [SchemaViolation] = []
        if let minimum = rules["minLength"]?.numberValue, Double(text.count) < minimum {
            violations.append(SchemaViolation(path: path, message: "must have at least \(Int(minimum)) characters"))
        }
        if let maximum = rules["maxLength"]?.numberValue, Double(text.count) > maximum {
            violations.append(SchemaViolation(path: path, message: "must have at most \(Int(maximum)) characters"))
        }
        if let pattern = rules["pattern"]?.stringValue,
            let regex = try? NSRegularExpression(pattern: pattern),
            regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) == nil
        {
            violations.append(SchemaViolation(path: path, message: "does not match the pattern \(pattern)"))
        }
        if let format = rules["format"]?.stringValue, !formatMatches(text, format: format) {
            violations.append(SchemaViolation(path: path, message: "is not a valid \(format)"))
        }
        return violations
    }

    private static func validateNumber(_ number: Double, rules: [String: JSONValue], path: String) -> [SchemaViolation]
    {
        var violations: [SchemaViolation] = []
        if let minimum = rules["minimum"]?.numberValue, number < minimum {
            violations.append(SchemaViolation(path: path, message: "must be at least \(format(minimum))"))
        }
        if let maximum = rules["maximum"]?.numberValue, number > maximum {
            violations.append(SchemaViolation(path: path, message: "must be at most \(format(maximum))"))
        }
        if let minimum = rules["exclusiveMinimum"]?.numberValue, number <= minimum {
            violations.append(SchemaViolation(path: path, message: "must be greater than \(format(minimum))"))
        }
        if let maximum = rules["exclusiveMaximum"]?.numberValue, number >= maximum {
            violations.append(SchemaViolation(path: path, message: "must be less than \(format(maximum))"))
        }
        return violations
    }

    /// The type names a `type` rule allows, normalised to JSON Schema's names.
    static func typeNames(_ rule: JSONValue) -> [String] {
        let raw: [String] =
            switch rule {
            case .string(let name): [name]
            case .array(let names): names.compactMap(\.stringValue)
            default: []
            }
        return raw.compactMap { normalizedTypeName($0) }
    }

    /// JSON Schema's name for a type name, accepting Python's spellings; `nil` for names it does not know.
    static func normalizedTypeName(_ name: String) -> String? {
        switch name.lowercased() {
        case "string", "str", "text": "string"
        case "integer", "int", "long": "integer"
        case "number", "float", "double", "decimal": "number"
        case "boolean", "bool": "boolean"
        case "object", "dict", "map": "object"
        case "array", "list", "tuple": "array"
        case "null", "none": "null"
        default: nil
        }
    }

    static func matches(_ value: JSONValue, type: String) -> Bool {
        switch (type, value) {
        case ("string", .string), ("boolean", .bool), ("object", .object), ("array", .array), ("null", .null),
            ("number", .number):
            true
        case ("integer", .number(let number)): number.rounded() == number && abs(number) < 9e15
        default: false
        }
    }

    private static func looselyEqual(_ lhs: JSONValue, _ rhs: JSONValue) -> Bool {
        if lhs == rhs { return true }
        if case .string(let left) = lhs, case .string(let right) = rhs {
            return left.caseInsensitiveCompare(right) == .orderedSame
        }
        return false
    }

    private static func formatMatches(_ text: String, format: String) -> Bool {
        let pattern: String
        switch format {
        case "date": pattern = #"^\d{4}-\d{2}-\d{2}$"#
        case "date-time": pattern = #"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$"#
        case "email": pattern = #"^[^@\s]+@[^@\s]+\.[^@\s]+$"#
        case "uri", "url": pattern = #"^[a-zA-Z][a-zA-Z0-9+.-]*:"#
        default: return true
        }
        return text.range(of: pattern, options: .regularExpression) != nil
    }

    private static func describe(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): "string \"\(text.prefix(40))\""
        case .number(let number): "number \(format(number))"
        default: value.kindName
        }
    }

    static func format(_ number: Double) -> String {
        number.rounded() == number && abs(number) < 1e15 ? String(Int(number)) : String(number)
    }
}
