import Testing
import ToolSimulation

@Suite struct ToolResultTests {
    @Test func onlySchemaErrorsAreErrors() {
        #expect(ToolResult(content: "{}", origin: .schemaError, family: nil, confidence: 1).isError)
        #expect(!ToolResult(content: "{}", origin: .mock, family: "weather", confidence: 0.9).isError)
    }
}
