import Foundation
import TestSupport
import Testing

@Suite struct ModelsCommandTests {
    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let result = try runBon(arguments)
        return (result.status, result.stdout)
    }

    @Test func tableListsTheSeedModelsWithPrices() throws {
        let result = try Self.run(["models"])
        #expect(result.status == 0)
        for model in ["claude-sonnet-4-5", "claude-opus-4-5", "gpt-4o", "gpt-4o-mini"] {
            #expect(result.output.contains(model))
        }
        let opus47 = try #require(result.output.split(separator: "\n").first { $0.hasPrefix("claude-opus-4-7") })
        #expect(opus47.contains("default 1"))
    }

    @Test func jsonNamesTemperatureRulesAndPrices() throws {
        let result = try Self.run(["models", "claude-sonnet-4-5-20250929", "gpt-5.5", "my-local-model", "--json"])
        #expect(result.status == 0)
        let rows = try result.output.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(rows.count == 3)
        #expect(rows[0]["temperature_max"] as? Double == 1)
        #expect((rows[0]["price"] as? [String: Any])?["cache_read"] as? Double == 0.3)
        #expect(rows[1]["accepts_temperature"] as? Bool == false)
        #expect(rows[1]["token_field"] as? String == "max_completion_tokens")
        #expect(rows[2]["price"] == nil)
        #expect(rows[2]["known_family"] as? Bool == false)
    }
}
