import Foundation
import LLM

/// What a mock family sees while it builds a result: the call's arguments and a generator seeded by them.
struct MockContext {
    /// The tool's name.
    let toolName: String
    /// The call's arguments.
    let arguments: [String: JSONValue]
    /// The seeded generator; the same tool and arguments always draw the same values.
    var random: SeededRandom

    init(toolName: String, arguments: [String: JSONValue]) {
        self.toolName = toolName
        self.arguments = arguments
        self.random = SeededRandom(text: toolName + "\u{1}" + JSONValue.object(arguments).jsonString())
    }

    /// The argument named by the first of `keys` that the call has (case, `_` and `-` ignored; a longer
    /// argument name containing a key of four letters or more also matches, so `city_name` answers `city`).
    func argument(_ keys: [String]) -> JSONValue? {
        let normalized = arguments.map { (key: Self.normalize($0.key), value: $0.value) }.sorted { $0.key < $1.key }
        for key in keys {
            let wanted = Self.normalize(key)
            if let hit = normalized.first(where: { $0.key == wanted }), hit.value != .null { return hit.value }
        }
        for key in keys where key.count >= 4 {
            let wanted = Self.normalize(key)
            if let hit = normalized.first(where: { $0.key.contains(wanted) }), hit.value != .null { return hit.value }
        }
        return nil
    }

    /// The argument as text, or `nil`.
    func string(_ keys: [String]) -> String? {
        switch argument(keys) {
        case .string(let text): text.isEmpty ? nil : text
        case .number(let number): JSONSchemaValidator.format(number)
        case .bool(let flag): String(flag)
        default: nil
        }
    }

    /// The argument as a number (numeric text accepted), or `nil`.
    func number(_ keys: [String]) -> Double? {
        switch argument(keys) {
        case .number(let number): number
        case .string(let text):
            Double(text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ""))
        default: nil
        }
    }

    /// The place the call is about.
    ///
    /// A known city when an argument names one, else the named place with coordinates drawn from its name,
    /// else a city drawn from the arguments. The same call always gets the same place, however often it asks.
    func city(_ keys: [String] = Self.placeKeys) -> MockData.City {
        if let named = string(keys) {
            let head = named.split(separator: ",").first.map(String.init) ?? named
            if let known = MockData.cities.first(where: {
                $0.name.caseInsensitiveCompare(head.trimmingCharacters(in: .whitespaces)) == .orderedSame
            }) {
                return known
            }
            var local = SeededRandom(text: named.lowercased())
            let base = local.pick(MockData.cities)
            return MockData.City(
                name: named,
                country: base.country,
                countryCode: base.countryCode,
                latitude: local.double(-60...70, decimals: 4),
                longitude: local.double(-170...170, decimals: 4),
                timeZone: base.timeZone,
                utcOffset: base.utcOffset,
                currency: base.currency
            )
        }
        var local = SeededRandom(text: "place\u{1}" + JSONValue.object(arguments).jsonString())
        return local.pick(MockData.cities)
    }

    /// A person's full name.
    mutating func personName() -> String { random.pick(MockData.firstNames) + " " + random.pick(MockData.lastNames) }

    /// A date `offset` days from the simulation's reference day, as `YYYY-MM-DD`.
    static func date(offsetDays offset: Int) -> String {
        var components = DateComponents()
        components.year = MockData.referenceDay.year
        components.month = MockData.referenceDay.month
        components.day = MockData.referenceDay.day + offset
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        guard let date = calendar.date(from: components) else { return "2025-06-16" }
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 2025, parts.month ?? 6, parts.day ?? 16)
    }

    static let placeKeys = [
        "city", "location", "place", "destination", "address", "region", "area", "origin", "near", "country",
    ]

    static func normalize(_ key: String) -> String {
        String(key.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) })
    }
}
