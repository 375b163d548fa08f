import LLM
import Testing

@testable import ToolSimulation

@Suite struct ComputedMockTests {
    private func run(_ family: String, _ arguments: String) throws -> JSONValue {
        let tool = try #require(MockCatalog.family(named: family)).exampleTool
        let result = ToolSimulator().localResult(for: tool, arguments: try JSONValue(parsing: arguments))
        #expect(!result.isError, "\(result.content)")
        return try JSONValue(parsing: result.content)
    }

    @Test(
        "the calculator evaluates",
        arguments: [
            ("(3 + 4) * 2", 14.0), ("0.175 * 2480", 434.0), ("2^10", 1024.0), ("sqrt(16) + 1", 5.0), ("10 % 3", 1.0),
        ]
    )
    func calculator(expression: String, expected: Double) throws {
        let value = try run("calculator", #"{"expression": "\#(expression)"}"#)
        #expect(value["result"]?.numberValue == expected)
    }

    @Test func calculatorReportsWhatItCannotRead() throws {
        let value = try run("calculator", #"{"expression": "2 +* banana"}"#)
        #expect(value["result"] == .null)
        #expect(value["error"]?.stringValue?.contains("banana") == true)
    }

    @Test(
        "units convert",
        arguments: [
            (100.0, "celsius", "fahrenheit", 212.0), (1.0, "mile", "km", 1.609344), (2.0, "kg", "lb", 4.409245),
            (3.0, "feet", "meters", 0.9144),
        ]
    )
    func units(value: Double, from: String, to: String, expected: Double) throws {
        let result = try run("unit_conversion", #"{"value": \#(value), "from_unit": "\#(from)", "to_unit": "\#(to)"}"#)
        let converted = try #require(result["result"]?.numberValue)
        #expect(abs(converted - expected) < 0.0001)
    }

    @Test func currencyUsesTheRateTable() throws {
        let value = try run("currency_conversion", #"{"amount": 20, "from_currency": "EUR", "to_currency": "USD"}"#)
        let converted = try #require(value["converted_amount"]?.numberValue)
        #expect(abs(converted - 21.74) < 0.01)
        #expect(value["from_currency"]?.stringValue == "EUR")
    }

    @Test func statisticsAreComputed() throws {
        let value = try run("statistics", #"{"numbers": [1, 2, 3, 4, 10]}"#)
        #expect(value["mean"]?.numberValue == 4)
        #expect(value["median"]?.numberValue == 3)
        #expect(value["max"]?.numberValue == 10)
    }

    @Test func primesAreFactored() throws {
        #expect(try run("number_theory", #"{"number": 97}"#)["is_prime"] == .bool(true))
        #expect(try run("number_theory", #"{"number": 84}"#)["factors"] == .array([2, 2, 3, 7].map { .number($0) }))
    }

    @Test func weatherEchoesTheCityAndIsSeededByArguments() throws {
        let paris = try run("weather", #"{"location": "Paris"}"#)
        #expect(paris["location"]?.stringValue == "Paris")
        #expect(try run("weather", #"{"location": "Paris"}"#) == paris)
        let values = try ["Oslo", "Lima", "Cairo", "Quito", "Perth"].map {
            try run("weather", #"{"location": "\#($0)"}"#)["temperature"]
        }
        #expect(Set(values.compactMap { $0?.numberValue }).count > 1)
    }

    @Test func timeIsDeterministicAndZoned() throws {
        let tokyo = try run("current_time", #"{"timezone": "Asia/Tokyo"}"#)
        #expect(tokyo["datetime"]?.stringValue == "2025-06-16T23:30:00+09:00")
        #expect(tokyo["utc_offset_hours"]?.numberValue == 9)
    }
}
