import ArgumentParser
import Foundation
import ToolSimulation

/// `bon tools`: inspect the dynamic tool mocks.
struct ToolsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tools",
        abstract: "Inspect the dynamic tool mocks used for the tool_calling split.",
        discussion: """
            Examples:
              bon tools list
              bon tools mock get_weather --args '{"city": "Paris"}'
              bon tools mock lookup_rate --args '{"from": "EUR", "to": "USD"}' --schema tool.json
            """,
        subcommands: [ToolsListCommand.self, ToolsMockCommand.self]
    )
}

/// `bon tools list`: the mock families.
struct ToolsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the mock families, with an example tool of each.",
        discussion: """
            Example:
              bon tools list
            """
    )

    func run() {
        let families = MockCatalog.all
        let width = (families.map(\.name.count).max() ?? 10) + 2
        for family in families {
            let name = family.name.padding(toLength: width, withPad: " ", startingAt: 0)
            print("\(name)\(family.summary) (e.g. \(family.exampleTool.name))")
        }
        print("\(families.count) families; tools matching none with confidence ≥ 0.4 are answered by the LLM mock.")
    }
}

/// `bon tools mock NAME --args JSON [--schema FILE]`: what a mock returns for a call.
struct ToolsMockCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mock",
        abstract: "Show what the local mocks return for one tool call, and with which confidence.",
        discussion: """
            Prints JSON: the family that answered, its confidence, the origin (mock, or schema_error when the
            arguments break the tool's schema) and the result. Below confidence 0.4 a run asks the LLM mock instead;
            this command then shows the generic, schema-shaped result a run without an LLM would use.
            Exit status: 0 a result, 1 the tool answered with an error, 2 bad input.

            Examples:
              bon tools mock get_weather --args '{"city": "Paris"}'
              bon tools mock convert_units --args '{"value": 5, "from_unit": "mile", "to_unit": "km"}'
              bon tools mock get_weather --args '{}' --schema get_weather.json
            """
    )

    @Argument(help: "The tool's name, e.g. get_weather.")
    var name: String

    @Option(help: "The call's arguments as a JSON object.")
    var args: String = "{}"

    @Option(
        help:
            "A JSON file with the tool's definition ({name, description, parameters}, OpenAI or Anthropic shape) or its parameter schema."
    )
    var schema: String?

    @Option(help: "The tool's description, when no schema file gives one.")
    var description: String = ""

    func run() throws {
        var schemaText: String?
        if let schema {
            guard let data = FileManager.default.contents(atPath: schema) else {
                throw ValidationError("--schema: cannot read \(schema).")
            }
            schemaText = String(decoding: data, as: UTF8.self)
        }
        let preview: ToolMockPreview
        do {
            preview = try ToolMockPreview.make(
                name: name,
                argumentsJSON: args,
                schemaJSON: schemaText,
                description: description
            )
        } catch {
            throw ValidationError(schema.map { "\($0): \(error.message)" } ?? error.message)
        }
        print(preview.json)
        if preview.wouldUseLLMMock {
            let best = preview.bestFamily.map { "\($0) at \(String(format: "%.2f", preview.bestConfidence))" } ?? "none"
            FileHandle.standardError.write(
                Data("note: no mock family is confident (best: \(best)); a run would ask the LLM mock.\n".utf8)
            )
        }
        if preview.result.isError { throw ExitCode(1) }
    }
}
