import Foundation
import LLM

/// Makes values that conform to a JSON Schema: from nothing (plausible values chosen by property names) or
/// from a mock's natural result, keeping what fits and filling in what is missing.
struct SchemaSynthesizer {
    var random: SeededRandom

    /// A value for `schema`, guided by the property name `name`.
    mutating func synthesize(_ schema: JSONValue, name: String = "") -> JSONValue {
        guard case .object(let rules) = schema else { return .null }
        if let constant = rules["const"] { return constant }
        if let options = rules["enum"]?.arrayValue, !options.isEmpty { return random.pick(options) }
        for key in ["anyOf", "oneOf"] {
            if let first = rules[key]?.arrayValue?.first(where: { $0["type"] != .string("null") }) {
                return synthesize(first, name: name)
            }
        }
        let types = rules["type"].map(JSONSchemaValidator.typeNames) ?? []
        let type =
            types.first { $0 != "null" }
            ?? (rules["properties"] != nil ? "object" : rules["items"] != nil ? "array" : "string")
        switch type {
        case "object":
            var members: [String: JSONValue] = [:]
            for (key, sub) in (rules["properties"]?.objectValue ?? [:]).sorted(by: { $0.key < $1.key }) {
                members[key] = synthesize(sub, name: key)
            }
            return .object(members)
        case "array":
            let minimum = Int(rules["minItems"]?.numberValue ?? 1)
            let maximum = Int(rules["maxItems"]?.numberValue ?? Double(max(minimum, 3)))
            let count = random.int(max(0, minimum)...max(minimum, min(maximum, max(minimum, 3))))
            let item = rules["items"] ?? .object(["type": .string("string")])
            return .array((0..<count).map { _ in synthesize(item, name: name) })
        case "integer", "number":
            let low = rules["minimum"]?.numberValue ?? rules["exclusiveMinimum"].flatMap(\.numberValue).map { $0 + 1 }
            let high = rules["maximum"]?.numberValue ?? rules["exclusiveMaximum"].flatMap(\.numberValue).map { $0 - 1 }
            let guess = numberRange(for: name)
            let lower = low ?? min(guess.lowerBound, high ?? guess.lowerBound)
            let upper = max(lower, high ?? max(guess.upperBound, lower))
            let value = random.double(lower...upper, decimals: type == "integer" ? 0 : 2)
            return .number(type == "integer" ? value.rounded() : value)
        case "boolean":
            return .bool(random.chance(0.6))
        default:
            return .string(text(for: name, format: rules["format"]?.stringValue, rules: rules))
        }
    }

    /// `natural` reshaped to conform to `schema`: matching members kept, missing ones taken from the call's
    /// `arguments` when one fits (a tool echoes what it was asked about) or synthesized, members the schema
    /// forbids dropped.
    mutating func conform(
        _ natural: JSONValue,
        to schema: JSONValue,
        name: String = "",
        arguments: [String: JSONValue] = [:]
    ) -> JSONValue {
        guard case .object(let rules) = schema else { return natural }
        if natural != .null, JSONSchemaValidator.validate(natural, against: schema).isEmpty { return natural }
        let types = rules["type"].map(JSONSchemaValidator.typeNames) ?? []
        if case .object(let members) = natural, types.isEmpty || types.contains("object") {
            let properties = rules["properties"]?.objectValue ?? [:]
            var output: [String: JSONValue] = [:]
            for (key, sub) in properties.sorted(by: { $0.key < $1.key }) {
                if let found = Self.member(members, matching: key) {
                    output[key] = conform(found, to: sub, name: key)
                } else if let given = Self.member(arguments, matching: key),
                    JSONSchemaValidator.validate(given, against: sub).isEmpty
                {
                    output[key] = given
                } else {
                    output[key] = synthesize(sub, name: key)
                }
            }
            if rules["additionalProperties"] != .bool(false) && properties.isEmpty {
                for (key, value) in members where output[key] == nil { output[key] = value }
            }
            return .object(output)
        }
        if case .array(let items) = natural, types.isEmpty || types.contains("array") {
            let item = rules["items"] ?? .object([:])
            var conformed = items.map { conform($0, to: item, name: name) }
            if let maximum = rules["maxItems"]?.numberValue { conformed = Array(conformed.prefix(Int(maximum))) }
            let result = JSONValue.array(conformed)
            if JSONSchemaValidator.validate(result, against: schema).isEmpty { return result }
        }
        if types.contains("string"), natural != .null, rules["enum"] == nil {
            let text: String? =
                switch natural {
                case .number(let number): JSONSchemaValidator.format(number)
                case .bool(let flag): String(flag)
                default: nil
                }
            if let text, JSONSchemaValidator.validate(.string(text), against: schema).isEmpty { return .string(text) }
        }
        if types.contains(where: { $0 == "number" || $0 == "integer" }), case .string(let text) = natural,
            let number = Double(text), JSONSchemaValidator.validate(.number(number), against: schema).isEmpty
        {
            return .number(number)
        }
        return synthesize(schema, name: name)
    }

    /// The member of `members` whose key matches `key` ignoring case, `_` and `-`, or contains it.
    static func member(_ members: [String: JSONValue], matching key: String) -> JSONValue? {
        if let exact = members[key] { return exact }
        let wanted = MockContext.normalize(key)
        let sorted = members.sorted { $0.key < $1.key }
        if let hit = sorted.first(where: { MockContext.normalize($0.key) == wanted }) { return hit.value }
        guard wanted.count >= 4 else { return nil }
        return sorted.first {
            MockContext.normalize($0.key).contains(wanted) || wanted.contains(MockContext.normalize($0.key))
        }?.value
    }

    private func numberRange(for name: String) -> ClosedRange<Double> {
        let key = MockContext.normalize(name)
        if key.contains("lat") { return -60...70 }
        if key.contains("lon") || key.contains("lng") { return -170...170 }
        if key.contains("temp") { return -5...32 }
        if key.contains("percent") || key.contains("humidity") || key.contains("probability") { return 0...100 }
        if key.contains("rating") || key.contains("stars") { return 1...5 }
        if key.contains("price") || key.contains("amount") || key.contains("cost") || key.contains("total") {
            return 5...500
        }
        if key.contains("year") { return 1990...2025 }
        if key.contains("count") || key.contains("quantity") || key.contains("number") { return 1...50 }
        if key.contains("score") || key.contains("confidence") { return 0...1 }
        return 1...100
    }

    private mutating func text(for name: String, format: String?, rules: [String: JSONValue]) -> String {
        let key = MockContext.normalize(name)
        var context = MockContext(toolName: name, arguments: [:])
        context.random = random
        defer { random = context.random }
        let field: MockField
        switch format {
        case "date": field = .date(0...30)
        case "date-time": field = .dateTime(0...30)
        case "email": field = .email
        case "uri", "url": field = .url
        default:
            if key.contains("email") {
                field = .email
            } else if key.contains("url") || key.contains("link") || key.contains("website") {
                field = .url
            } else if key.contains("datetime") || key.hasSuffix("at") || key.contains("timestamp") {
                field = .dateTime(0...7)
            } else if key.contains("date") || key.contains("day") {
                field = .date(0...14)
            } else if key.contains("time") {
                field = .time
            } else if key.contains("phone") {
                field = .phone
            } else if key.hasSuffix("id") || key.contains("reference") || key.contains("code") {
                field = .id("")
            } else if key.contains("city") || key.contains("location") || key.contains("place") {
                field = .city
            } else if key.contains("country") {
                field = .country
            } else if key.contains("address") {
                field = .address
            } else if key.contains("currency") {
                field = .currency
            } else if key.contains("company") || key.contains("organization") {
                field = .company
            } else if key.contains("name") || key.contains("author") || key.contains("user") {
                field = .person
            } else if key.contains("status") {
                field = .choice(["ok", "active", "completed"])
            } else if key.contains("description") || key.contains("summary") || key.contains("message") {
                field = .text([
                    "Result for {word}: no issues were found.", "The {word} request completed successfully.",
                ])
            } else {
                field = .text(["{word}", "{word} {word}"])
            }
        }
        var value = field.generate(&context).stringValue ?? ""
        if let minimum = rules["minLength"]?.numberValue, value.count < Int(minimum) {
            value += String(repeating: "x", count: Int(minimum) - value.count)
        }
        if let maximum = rules["maxLength"]?.numberValue, value.count > Int(maximum) {
            value = String(value.prefix(Int(maximum)))
        }
        return value
    }
}
