import Foundation
import LLM

/// One named member of an object a mock returns.
struct MockProperty: Sendable {
    let name: String
    let field: MockField
}

/// A value a mock family returns, with the JSON Schema that value always conforms to.
indirect enum MockField: Sendable {
    /// The argument named by one of the keys when the call has it, else the fallback.
    case echo([String], MockField)
    case city, country, countryCode, latitude, longitude, address, timeZone
    case person, email, phone, company, url, username
    /// An identifier with a prefix (`evt_8F3K2Q`).
    case id(String)
    case int(ClosedRange<Int>)
    case number(ClosedRange<Double>, Int)
    case choice([String])
    case flag(Double)
    /// A date this many days from the reference day.
    case date(ClosedRange<Int>)
    case dateTime(ClosedRange<Int>)
    case time
    case currency
    /// One of the templates, with `{city}`, `{name}`, `{word}`, `{Word}` (capitalised), `{company}`, `{topic}`, `{n}` and
    /// `{arg:key}` filled in.
    case text([String])
    case list(MockField, ClosedRange<Int>)
    case object([MockProperty])
    case constant(JSONValue)
    /// A computed value with its schema.
    case custom(JSONValue, @Sendable (inout MockContext) -> JSONValue)

    /// The JSON Schema every generated value conforms to.
    var schema: JSONValue {
        switch self {
        case .echo(_, let fallback): fallback.echoSchema
        case .city, .country, .countryCode, .address, .timeZone, .person, .phone, .company, .username, .id, .time,
            .currency, .text:
            .object(["type": .string("string")])
        case .latitude: Self.numberSchema(-90...90)
        case .longitude: Self.numberSchema(-180...180)
        case .email: .object(["type": .string("string"), "format": .string("email")])
        case .url: .object(["type": .string("string"), "format": .string("uri")])
        case .int(let range):
            .object([
                "type": .string("integer"), "minimum": .number(Double(range.lowerBound)),
                "maximum": .number(Double(range.upperBound)),
            ])
        case .number(let range, _): Self.numberSchema(range)
        case .choice(let options): .object(["type": .string("string"), "enum": .array(options.map { .string($0) })])
        case .flag: .object(["type": .string("boolean")])
        case .date: .object(["type": .string("string"), "format": .string("date")])
        case .dateTime: .object(["type": .string("string"), "format": .string("date-time")])
        case .list(let item, let range):
            .object([
                "type": .string("array"), "items": item.schema, "minItems": .number(Double(range.lowerBound)),
                "maxItems": .number(Double(range.upperBound)),
            ])
        case .object(let properties):
            .object([
                "type": .string("object"),
                "properties": .object(Dictionary(properties.map { ($0.name, $0.field.schema) }) { first, _ in first }),
                "required": .array(properties.map { .string($0.name) }),
            ])
        case .constant(let value): .object(["const": value])
        case .custom(let schema, _): schema
        }
    }

    /// The schema of an echoed value: the fallback's type, without its bounds (the caller chose the value).
    private var echoSchema: JSONValue {
        guard case .object(let rules) = schema, let type = rules["type"] else { return .object([:]) }
        return .object(["type": type])
    }

    private static func numberSchema(_ range: ClosedRange<Double>) -> JSONValue {
        .object([
            "type": .string("number"), "minimum": .number(range.lowerBound), "maximum": .number(range.upperBound),
        ])
    }

    /// A value drawn from the context's generator.
    func generate(_ context: inout MockContext) -> JSONValue {
        switch self {
        case .echo(let keys, let fallback):
            let generated = fallback.generate(&context)
            guard let given = context.argument(keys) else { return generated }
            switch (generated, given) {
            case (.string, .string), (.bool, .bool), (.array, .array), (.object, .object): return given
            case (.number, .number(let number)):
                if case .object(let rules) = fallback.schema, rules["type"] == .string("integer") {
                    return .number(number.rounded())
                }
                return given
            case (.string, .number(let number)): return .string(JSONSchemaValidator.format(number))
            case (.number, .string(let text)):
                if let number = Double(text) { return .number(number) }
                return generated
            default: return generated
            }
        case .city: return .string(context.city().name)
        case .country: return .string(context.city(MockContext.placeKeys).country)
        case .countryCode: return .string(context.city().countryCode)
        case .latitude: return .number(context.city().latitude)
        case .longitude: return .number(context.city().longitude)
        case .address:
            let city = context.city()
            return .string("\(context.random.int(1...240)) \(context.random.pick(MockData.streets)), \(city.name)")
        case .timeZone: return .string(context.city().timeZone)
        case .person: return .string(context.personName())
        case .email:
            let name = context.random.pick(MockData.firstNames).lowercased()
            return .string("\(name).\(context.random.pick(MockData.lastNames).lowercased())@example.com")
        case .phone:
            return .string("+1-555-\(context.random.int(100...999))-\(context.random.int(1000...9999))")
        case .company: return .string(context.random.pick(MockData.companies))
        case .url:
            return .string("https://www.example.com/\(context.random.pick(MockData.words))/\(context.random.hex(6))")
        case .username:
            return .string("\(context.random.pick(MockData.firstNames).lowercased())\(context.random.int(1...99))")
        case .id(let prefix): return .string(prefix + context.random.code(8))
        case .int(let range): return .number(Double(context.random.int(range)))
        case .number(let range, let decimals): return .number(context.random.double(range, decimals: decimals))
        case .choice(let options): return .string(context.random.pick(options))
        case .flag(let probability): return .bool(context.random.chance(probability))
        case .date(let range): return .string(MockContext.date(offsetDays: context.random.int(range)))
        case .dateTime(let range):
            let day = MockContext.date(offsetDays: context.random.int(range))
            let clock = String(format: "%02d:%02d", context.random.int(6...21), context.random.pick([0, 15, 30, 45]))
            return .string(day + "T" + clock + ":00Z")
        case .time:
            return .string(
                String(format: "%02d:%02d", context.random.int(6...22), context.random.pick([0, 15, 30, 45]))
            )
        case .currency: return .string(context.city().currency)
        case .text(let templates): return .string(Self.fill(context.random.pick(templates), &context))
        case .list(let item, let range):
            let count = context.random.int(range)
            return .array((0..<count).map { _ in item.generate(&context) })
        case .object(let properties):
            var members: [String: JSONValue] = [:]
            for property in properties { members[property.name] = property.field.generate(&context) }
            return .object(members)
        case .constant(let value): return value
        case .custom(_, let make): return make(&context)
        }
    }

    /// Fills a text template's placeholders.
    static func fill(_ template: String, _ context: inout MockContext) -> String {
        var output = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            output += rest[..<open]
            let key = String(rest[rest.index(after: open)..<close])
            output += placeholder(key, &context)
            rest = rest[rest.index(after: close)...]
        }
        return output + rest
    }

    private static func placeholder(_ key: String, _ context: inout MockContext) -> String {
        if key.hasPrefix("arg:") {
            let names = key.dropFirst(4).split(separator: "|").map(String.init)
            return context.string(names) ?? context.random.pick(MockData.words)
        }
        switch key {
        case "city": return context.city().name
        case "name": return context.personName()
        case "word": return context.random.pick(MockData.words)
        case "Word": return context.random.pick(MockData.words).capitalized
        case "company": return context.random.pick(MockData.companies)
        case "topic": return context.random.pick(MockData.topics)
        case "n": return String(context.random.int(2...48))
        default: return key
        }
    }
}

/// Builds an object field from name–field pairs.
func object(_ pairs: KeyValuePairs<String, MockField>) -> MockField {
    .object(pairs.map { MockProperty(name: $0.key, field: $0.value) })
}
