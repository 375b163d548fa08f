import LLM
import Testing

@testable import ToolSimulation

@Suite struct MockFamilyTests {
    static let familyNames = MockCatalog.all.map(\.name)

    @Test func catalogHasAtLeastAHundredUniquelyNamedFamilies() {
        #expect(MockCatalog.all.count >= 100)
        #expect(Set(Self.familyNames).count == Self.familyNames.count)
    }

    @Test("each family answers its own example tool", arguments: familyNames)
    func familyMatchesAndConforms(name: String) throws {
        let family = try #require(MockCatalog.family(named: name))
        let tool = family.exampleTool
        let match = try #require(MockCatalog.bestMatch(for: tool))
        #expect(match.family.name == name, "\(tool.name) matched \(match.family.name)")
        #expect(match.confidence >= 0.4)
        var synthesizer = SchemaSynthesizer(random: SeededRandom(text: name))
        let arguments = synthesizer.synthesize(tool.definition.parameters)
        #expect(JSONSchemaValidator.validate(arguments, against: tool.definition.parameters).isEmpty)

        let simulator = ToolSimulator()
        let result = simulator.localResult(for: tool, arguments: arguments)
        #expect(result.origin == .mock)
        #expect(result.family == name)
        let value = try JSONValue(parsing: result.content)
        let violations = JSONSchemaValidator.validate(value, against: family.resultSchema)
        #expect(violations.isEmpty, "\(violations)")
        #expect(simulator.localResult(for: tool, arguments: arguments) == result, "not deterministic")
    }

    @Test("a call missing a required argument gets a tool error", arguments: familyNames)
    func missingRequiredArgumentIsAToolError(name: String) throws {
        let family = try #require(MockCatalog.family(named: name))
        let required = family.exampleTool.definition.parameters["required"]?.arrayValue ?? []
        guard !required.isEmpty else { return }
        let result = ToolSimulator().localResult(for: family.exampleTool, arguments: .object([:]))
        #expect(result.isError)
        let error = try JSONValue(parsing: result.content)["error"]
        #expect(error?["message"]?.stringValue?.hasPrefix("Missing required parameter") == true)
    }

    @Test(
        "tools from the bundled Nemotron sample match the expected family",
        arguments: [
            ("get_weather", "Get the current weather for a city.", ["city", "unit"], "weather"),
            ("get_forecast", "Get the daily weather forecast for a city.", ["city", "days"], "weather_forecast"),
            ("web_search", "Search the web and return the top results.", ["query", "num_results"], "web_search"),
            ("calculator", "Evaluate an arithmetic expression.", ["expression"], "calculator"),
            (
                "convert_currency", "Convert an amount of money between currencies at today's rate.",
                ["amount", "from_currency", "to_currency"], "currency_conversion"
            ),
            (
                "create_calendar_event", "Create an event in the user's calendar.",
                ["title", "start", "end", "attendees"], "calendar_events"
            ),
            ("list_calendar_events", "List the events in the user's calendar on a date.", ["date"], "calendar_list"),
            ("send_email", "Send an email on behalf of the user.", ["to", "subject", "body"], "send_email"),
            ("get_directions", "Get directions between two places.", ["origin", "destination", "mode"], "directions"),
            (
                "find_nearby", "Find places of a given type near a location.", ["place_type", "location", "radius_m"],
                "places_nearby"
            ),
            ("get_stock_price", "Get the latest trading price of a stock.", ["symbol"], "stock_quote"),
            ("translate_text", "Translate text into another language.", ["text", "target_language"], "translation"),
            ("get_time", "Get the current local time in an IANA time zone.", ["timezone"], "current_time"),
            ("set_reminder", "Set a reminder for the user.", ["message", "time"], "reminders"),
            ("search_flights", "Search one-way flights.", ["origin", "destination", "date"], "flight_search"),
            ("find_restaurants", "Search restaurants in a city.", ["city", "cuisine", "max_price"], "restaurants"),
            (
                "convert_units", "Convert a quantity between units.", ["value", "from_unit", "to_unit"],
                "unit_conversion"
            ),
            ("get_news", "Get the latest news headlines on a topic.", ["topic", "limit"], "news"),
            ("define_word", "Look up the dictionary definition of an English word.", ["word"], "dictionary"),
            ("play_music", "Play a song, album or artist on the user's speaker.", ["query", "shuffle"], "music"),
            ("getCurrentWeather", "", [], "weather"),
            ("lookup", "Look up current weather conditions for a city", ["city"], "weather"),
        ]
    )
    func realToolsMatch(name: String, description: String, parameters: [String], family: String) throws {
        let properties = Dictionary(
            uniqueKeysWithValues: parameters.map { ($0, JSONValue.object(["type": .string("string")])) }
        )
        let tool = SimulatedTool(
            name: name,
            description: description,
            parameters: .object(["type": .string("object"), "properties": .object(properties)])
        )
        let match = try #require(MockCatalog.bestMatch(for: tool))
        #expect(match.family.name == family)
        #expect(match.confidence >= 0.4)
    }

    @Test func unknownToolsFallBelowTheThreshold() {
        for name in ["frobnicate_widget", "quux", "do_the_thing"] {
            let tool = SimulatedTool(
                name: name,
                description: "Frobnicates a widget.",
                parameters: .object(["type": .string("object")])
            )
            #expect((MockCatalog.bestMatch(for: tool)?.confidence ?? 0) < 0.4, "\(name)")
        }
    }
}
