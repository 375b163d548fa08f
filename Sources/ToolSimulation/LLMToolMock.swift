import Foundation
public import LLM

/// Asks a language model to play a tool no mock family knows, and caches its answers by (tool, arguments).
///
/// Platform-aware: the run passes the client of its own generator family and ``defaultModel(forGenerator:)``
/// (claude → claude-sonnet-4-5, openai → gpt-4o-mini) unless configured otherwise. The model is asked for a
/// JSON result only; when the tool declares a result schema, the request carries it as structured output and
/// the answer is reshaped to conform to it.
public actor LLMToolMock {
    /// What the LLM mock answered for one call.
    public struct Answer: Sendable {
        /// The result as JSON text, or `nil` when the model failed to answer.
        public var content: String?
        /// Tokens used (zero for a cache hit).
        public var usage: Usage
        /// Cost, when known (`nil` for a cache hit).
        public var costUSD: Double?
        /// Why there is no content.
        public var error: LLMError?
    }

    private let client: any LLMClient
    private let model: String
    private var cache: [String: String] = [:]
    private var inFlight: [String: Task<Answer, Never>] = [:]

    /// Creates a mock that asks `model` through `client`.
    public init(client: any LLMClient, model: String) {
        self.client = client
        self.model = model
    }

    /// The LLM mock's model for a generator family: `claude` → `claude-sonnet-4-5`, anything else (`openai`,
    /// OpenAI-compatible servers) → `gpt-4o-mini`.
    public static func defaultModel(forGenerator generator: String) -> String {
        generator.lowercased().hasPrefix("claude") || generator.lowercased() == "anthropic"
            ? "claude-sonnet-4-5" : "gpt-4o-mini"
    }

    /// How many distinct (tool, arguments) answers are cached.
    public var cachedCount: Int { cache.count }

    /// The result of calling `tool` with `arguments`, from the cache or from the model.
    public func result(for tool: SimulatedTool, arguments: [String: JSONValue]) async -> Answer {
        let key = tool.name + "\u{1}" + JSONValue.object(arguments).jsonString()
        if let cached = cache[key] { return Answer(content: cached, usage: Usage(), costUSD: nil, error: nil) }
        if let running = inFlight[key] {
            let answer = await running.value
            return Answer(content: answer.content, usage: Usage(), costUSD: nil, error: answer.error)
        }
        let request = Self.request(tool: tool, arguments: arguments, model: model)
        let client = self.client
        let task = Task { await Self.ask(client, request, resultSchema: tool.resultSchema, seed: key) }
        inFlight[key] = task
        let answer = await task.value
        inFlight[key] = nil
        if let content = answer.content { cache[key] = content }
        return answer
    }

    static func request(tool: SimulatedTool, arguments: [String: JSONValue], model: String) -> ChatRequest {
        var prompt = """
            Tool name: \(tool.name)
            Description: \(tool.definition.description.isEmpty ? "(none)" : tool.definition.description)
            Parameter schema: \(tool.definition.parameters.jsonString())
            Arguments of this call: \(JSONValue.object(arguments).jsonString())
            """
        if let schema = tool.resultSchema { prompt += "\nResult schema: \(schema.jsonString())" }
        let system = """
            You simulate a software tool for testing an AI assistant. Reply with the tool's result for the call \
            below as a single JSON value and nothing else: no prose, no code fences. The result must be realistic \
            and consistent with the arguments, and must conform to the result schema when one is given. If the \
            call could not succeed for a real tool, return a JSON object {"error": {"code": ..., "message": ...}}.
            """
        var responseSchema: JSONValue?
        if let schema = tool.resultSchema, schema["type"] == .string("object") { responseSchema = schema }
        return ChatRequest(
            model: model,
            system: system,
            messages: [.user(prompt)],
            temperature: 0,
            maxTokens: 1024,
            responseSchema: responseSchema
        )
    }

    private static func ask(
        _ client: any LLMClient,
        _ request: ChatRequest,
        resultSchema: JSONValue?,
        seed: String
    ) async -> Answer {
        do {
            let response = try await client.complete(request)
            guard var value = extractJSON(response.text) else {
                let error = LLMError(
                    .malformedResponse,
                    "The LLM tool mock (\(request.model)) did not answer with JSON."
                )
                return Answer(content: nil, usage: response.usage, costUSD: response.costUSD, error: error)
            }
            if let resultSchema, value["error"] == nil {
                var synthesizer = SchemaSynthesizer(random: SeededRandom(text: seed))
                value = synthesizer.conform(value, to: resultSchema)
            }
            return Answer(content: value.jsonString(), usage: response.usage, costUSD: response.costUSD, error: nil)
        } catch {
            return Answer(content: nil, usage: Usage(), costUSD: nil, error: error)
        }
    }

    /// The JSON value in a model's reply: the whole text, a fenced block, or the outermost `{…}` / `[…]`.
    static func extractJSON(_ text: String) -> JSONValue? {
        var body = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if let thinkEnd = body.range(of: "</think>") { body = String(body[thinkEnd.upperBound...]) }
        if let value = try? JSONValue(parsing: body), value.objectValue != nil || value.arrayValue != nil {
            return value
        }
        if let fence = body.range(of: "```") {
            let after = body[fence.upperBound...].drop { $0 != "\n" }
            if let close = after.range(of: "```"),
                let value = try? JSONValue(parsing: String(after[..<close.lowerBound]))
            {
                return value
            }
        }
        for (open, close) in [("{", "}"), ("[", "]")] {
            if let start = body.firstIndex(of: Character(open)), let end = body.lastIndex(of: Character(close)),
                start < end,
                let value = try? JSONValue(parsing: String(body[start...end]))
            {
                return value
            }
        }
        return nil
    }
}
