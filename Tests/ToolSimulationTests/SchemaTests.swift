import LLM
import Testing

@testable import ToolSimulation

@Suite struct SchemaTests {
    static let weatherSchema: JSONValue = .object([
        "type": .string("object"),
        "properties": .object([
            "city": .object(["type": .string("string"), "minLength": .number(1)]),
            "days": .object(["type": .string("integer"), "minimum": .number(1), "maximum": .number(7)]),
            "unit": .object(["type": .string("string"), "enum": .array([.string("celsius"), .string("fahrenheit")])]),
        ]),
        "required": .array([.string("city")]),
        "additionalProperties": .bool(false),
    ])

    @Test(
        "violations name the path",
        arguments: [
            (#"{}"#, "$.city: required property is missing"),
            (#"{"city": 3}"#, "$.city: expected string, found number 3"),
            (#"{"city": "Paris", "days": 9}"#, "$.days: must be at most 7"),
            (#"{"city": "Paris", "days": 2.5}"#, "$.days: expected integer, found number 2.5"),
            (
                #"{"city": "Paris", "unit": "kelvin"}"#,
                #"$.unit: must be one of "celsius", "fahrenheit", found "kelvin""#
            ),
            (#"{"city": "Paris", "country": "FR"}"#, "$.country: unknown property"),
        ]
    )
    func violations(arguments: String, expected: String) throws {
        let violations = JSONSchemaValidator.validate(try JSONValue(parsing: arguments), against: Self.weatherSchema)
        #expect(violations.map(\.description) == [expected])
    }

    @Test func pythonTypeNamesAreAccepted() throws {
        let schema = try JSONValue(
            parsing: #"{"type": "dict", "properties": {"n": {"type": "int"}, "s": {"type": "str"}}}"#
        )
        #expect(JSONSchemaValidator.validate(try JSONValue(parsing: #"{"n": 2, "s": "x"}"#), against: schema).isEmpty)
        #expect(!JSONSchemaValidator.validate(try JSONValue(parsing: #"{"n": "2"}"#), against: schema).isEmpty)
    }

    @Test(
        "tool lists in every known shape",
        arguments: [
            #"{"tools": [{"type": "function", "function": {"name": "get_weather", "description": "Weather", "parameters": {"type": "object", "properties": {"city": {"type": "string"}}}}}]}"#,
            #"[{"type": "function", "function": {"name": "get_weather", "description": "Weather", "parameters": {"type": "object", "properties": {"city": {"type": "string"}}}}}]"#,
            #"[{"name": "get_weather", "description": "Weather", "parameters": {"type": "object", "properties": {"city": {"type": "string"}}}}]"#,
            #"[{"name": "get_weather", "description": "Weather", "input_schema": {"type": "object", "properties": {"city": {"type": "string"}}}}]"#,
            #"[{"name": "get_weather", "description": "Weather", "parameters": "{\"type\": \"object\", \"properties\": {\"city\": {\"type\": \"string\"}}}"}]"#,
            #"{"name": "get_weather", "description": "Weather", "parameters": {"city": {"type": "string"}}}"#,
            #""[{\"name\": \"get_weather\", \"description\": \"Weather\", \"parameters\": {\"type\": \"object\", \"properties\": {\"city\": {\"type\": \"string\"}}}}]""#,
        ]
    )
    func toolListShapes(json: String) throws {
        let tools = try SimulatedTool.parseList(json: json)
        #expect(tools.count == 1)
        #expect(tools.first?.name == "get_weather")
        #expect(tools.first?.definition.description == "Weather")
        #expect(tools.first?.definition.parameters["properties"]?["city"]?["type"] == .string("string"))
    }

    @Test func emptyToolListsAreEmpty() throws {
        #expect(try SimulatedTool.parseList(json: "").isEmpty)
        #expect(try SimulatedTool.parseList(json: "{}").isEmpty)
        #expect(try SimulatedTool.parseList(json: #"{"tools": []}"#).isEmpty)
    }

    @Test func malformedToolListsAreErrors() {
        #expect(throws: ToolSchemaError(.invalidJSON, "The tool list is not valid JSON ({tools:…).")) {
            try SimulatedTool.parseList(json: "{tools: ")
        }
        #expect(throws: ToolSchemaError(.missingName, "Tool 2 has no `name`.")) {
            try SimulatedTool.parseList(json: #"[{"name": "a"}, {"description": "b"}]"#)
        }
    }

    @Test func aDeclaredResultSchemaIsHonoured() throws {
        let json = #"""
            [{"name": "get_weather", "description": "Current weather for a city",
              "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
              "output_schema": {"type": "object", "additionalProperties": false, "required": ["temp_c", "sky", "city"],
                "properties": {"temp_c": {"type": "number", "minimum": -50, "maximum": 60},
                               "sky": {"type": "string", "enum": ["clear", "cloudy", "rain"]},
                               "city": {"type": "string"}, "station_id": {"type": "string"}}}}]
            """#
        let tool = try #require(try SimulatedTool.parseList(json: json).first)
        let schema = try #require(tool.resultSchema)
        let result = ToolSimulator().localResult(for: tool, arguments: try JSONValue(parsing: #"{"city": "Paris"}"#))
        #expect(result.family == "weather")
        let value = try JSONValue(parsing: result.content)
        #expect(JSONSchemaValidator.validate(value, against: schema).isEmpty, "\(value.jsonString())")
        #expect(value["city"]?.stringValue == "Paris")
    }

    @Test func anUnknownToolWithoutAnLLMGetsASchemaShapedResult() throws {
        let schema = try JSONValue(
            parsing:
                #"{"type": "object", "required": ["widget_id", "count"], "properties": {"widget_id": {"type": "string"}, "count": {"type": "integer", "minimum": 0}}}"#
        )
        let tool = SimulatedTool(
            name: "frobnicate",
            description: "",
            parameters: .object(["type": .string("object")]),
            resultSchema: schema
        )
        let result = ToolSimulator().localResult(for: tool, arguments: .object([:]))
        #expect(result.family == "generic")
        #expect(result.confidence < 0.4)
        #expect(JSONSchemaValidator.validate(try JSONValue(parsing: result.content), against: schema).isEmpty)
    }

    @Test func invalidArgumentTextIsAToolError() async {
        let tool = SimulatedTool(name: "calculator", description: "", parameters: .object(["type": .string("object")]))
        let answer = await ToolSimulator().simulate(
            ToolCall(id: "1", name: "calculator", arguments: "{expression: 1+1"),
            tools: [tool]
        )
        #expect(answer.result.isError)
        #expect(answer.result.content.contains("not valid JSON"))
    }
}
