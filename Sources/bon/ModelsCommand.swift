import ArgumentParser
import Foundation
import LLM

/// `bon models`: the model table (provider, accepted parameters, list prices).
struct ModelsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "models",
        abstract: "Show what each model accepts and costs (USD per million tokens).",
        discussion: """
            Without arguments, lists every model with a known price. With model ids, shows those
            (a snapshot date suffix is ignored; an unknown id shows its family's defaults and no price).

            Examples:
              bon models
              bon models claude-sonnet-4-5-20250929 gpt-5.5 --json
            """
    )

    @Argument(help: "Model ids to show (default: every model with a known price).")
    var models: [String] = []

    @Flag(help: "Print JSON Lines instead of a table.")
    var json = false

    func run() throws {
        let catalog = ModelCatalog.standard
        let ids = models.isEmpty ? ModelCatalog.knownModels : models
        if !json {
            let prices = ["input", "output", "c.write", "c.read"].map { pad($0, 7) }.joined(separator: " ")
            print(
                pad("model", 28) + " " + pad("provider", 10) + " " + pad("temperature", 13) + " "
                    + pad("token field", 22)
                    + prices + "  batch in/out"
            )
        }
        for id in ids {
            let capabilities = catalog.capabilities(for: id)
            let price = catalog.price(for: id)
            let range = capabilities.temperatureRange
            let temperature =
                capabilities.acceptsTemperature
                ? "\(format(range.lowerBound))–\(format(range.upperBound))"
                : "default \(format(capabilities.defaultTemperature))"
            let tokenField =
                capabilities.provider == .openAI && capabilities.usesMaxCompletionTokens
                ? "max_completion_tokens" : "max_tokens"
            if json {
                var object: [String: Any] = [
                    "model": id, "provider": capabilities.provider.rawValue,
                    "accepts_temperature": capabilities.acceptsTemperature,
                    "temperature_min": range.lowerBound, "temperature_max": range.upperBound, "token_field": tokenField,
                    "supports_n": capabilities.supportsN, "known_family": catalog.provider(for: id) != nil,
                ]
                if let price {
                    object["price"] = [
                        "input": price.input, "output": price.output, "cache_write": price.cacheWrite,
                        "cache_read": price.cacheRead, "batch_input": price.batchInput,
                        "batch_output": price.batchOutput,
                    ]
                }
                let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
                print(String(decoding: data, as: UTF8.self))
                continue
            }
            let prices =
                price.map {
                    [$0.input, $0.output, $0.cacheWrite, $0.cacheRead].map { pad(format($0), 7) }.joined(separator: " ")
                        + "  \(format($0.batchInput))/\(format($0.batchOutput))"
                } ?? "unknown price (set it under `prices:`)"
            print(
                pad(id, 28) + " " + pad(capabilities.provider.rawValue, 10) + " " + pad(temperature, 13) + " "
                    + pad(tokenField, 22) + prices
            )
        }
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    private func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
