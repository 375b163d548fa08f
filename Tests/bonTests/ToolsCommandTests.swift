import Foundation
import TestSupport
import Testing

@Suite struct ToolsCommandTests {
    static func run(_ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
        let result = try runBon(arguments)
        return (result.status, result.stdout, result.stderr)
    }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func listShowsEveryFamily() throws {
        let result = try Self.run(["tools", "list"])
        #expect(result.status == 0)
        #expect(result.output.contains("currency_conversion"))
        let lines = result.output.split(separator: "\n")
        #expect(lines.count > 100)
        #expect(lines.last?.contains("families") == true)
    }

    @Test func mockShowsFamilyConfidenceAndResult() throws {
        let result = try Self.run([
            "tools", "mock", "convert_currency", "--args",
            #"{"amount": 20, "from_currency": "EUR", "to_currency": "USD"}"#,
        ])
        #expect(result.status == 0, "\(result.error)")
        let value = try Self.json(result.output)
        #expect(value["family"] as? String == "currency_conversion")
        #expect((value["confidence"] as? Double ?? 0) >= 0.4)
        #expect(value["origin"] as? String == "mock")
        let payload = try #require(value["result"] as? [String: Any])
        #expect(payload["from_currency"] as? String == "EUR")
        // Deterministic: the same call prints the same thing.
        #expect(
            try Self.run([
                "tools", "mock", "convert_currency", "--args",
                #"{"amount": 20, "from_currency": "EUR", "to_currency": "USD"}"#,
            ]).output == result.output
        )
    }

    @Test func mockWithASchemaFileReportsViolationsWithStatusOne() throws {
        let directory = try TemporaryDirectory()
        let schema = try directory.write(
            "tool.json",
            #"{"type": "function", "function": {"name": "get_weather", "description": "Current weather", "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}}}"#
        )
        let result = try Self.run(["tools", "mock", "get_weather", "--args", "{}", "--schema", schema])
        #expect(result.status == 1)
        let value = try Self.json(result.output)
        #expect(value["origin"] as? String == "schema_error")
        #expect(result.output.contains("Missing required parameter 'city'"))
    }

    @Test func unknownToolsSayTheLLMMockWouldAnswer() throws {
        let result = try Self.run(["tools", "mock", "frobnicate_widget", "--args", #"{"widget": 3}"#])
        #expect(result.status == 0)
        #expect(try Self.json(result.output)["would_use_llm_mock"] as? Bool == true)
        #expect(result.error.contains("LLM mock"))
    }

    @Test(
        "bad input exits with status 2 and names the flag or file",
        arguments: [
            (["tools", "mock", "get_weather", "--args", "not json"], "--args"),
            (["tools", "mock", "get_weather", "--schema", "/nonexistent/tool.json"], "/nonexistent/tool.json"),
        ]
    )
    func badInput(arguments: [String], named: String) throws {
        let result = try Self.run(arguments)
        #expect(result.status == 2)
        #expect(result.error.contains(named))
    }
}
