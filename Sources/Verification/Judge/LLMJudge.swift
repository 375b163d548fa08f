import Foundation
public import LLM

/// Grades a response with an LLM through structured output `{verdict, confidence, explanation}`.
///
/// Tool calling is judged by the LLM only (the dataset's reference is ignored, as the original design says:
/// its tool-calling answers are unreliable); for math and code the judge is the fallback below the local
/// verifier's confidence 0.4. The judge never sees the persona: it is given the user's request, the response
/// and, for tool calling, the tool calls and results, and it is told to ignore persona voice.
public struct LLMJudge: Sendable {
    /// The client of the judge's provider family.
    public let client: any LLMClient
    /// The judge model.
    public let model: String
    /// Upper bound on the judge's reply.
    public var maxTokens: Int

    /// Creates a judge.
    public init(client: any LLMClient, model: String, maxTokens: Int = 600) {
        self.client = client
        self.model = model
        self.maxTokens = maxTokens
    }

    /// The judge model for a generator family: `claude` → `claude-sonnet-4-5`, others → `gpt-4o-mini`.
    public static func defaultModel(forGenerator generator: String) -> String {
        generator.lowercased().hasPrefix("claude") || generator.lowercased() == "anthropic"
            ? "claude-sonnet-4-5" : "gpt-4o-mini"
    }

    /// The schema of the judge's reply.
    public static let replySchema: JSONValue = .object([
        "type": .string("object"),
        "properties": .object([
            "verdict": .object([
                "type": .string("string"),
                "enum": .array([.string("correct"), .string("incorrect"), .string("no_answer")]),
            ]),
            "confidence": .object(["type": .string("number")]),
            "explanation": .object(["type": .string("string")]),
        ]),
        "required": .array([.string("verdict"), .string("confidence"), .string("explanation")]),
        "additionalProperties": .bool(false),
    ])

    /// Judges one response.
    ///
    /// Never throws: a failed call or an unreadable reply is a `verifier_error` result.
    ///
    /// - Parameters:
    ///   - split: `tool_calling`, `math`, `code`, … (picks the rubric).
    ///   - prompt: the user's request (never the persona).
    ///   - response: the candidate's final answer text.
    ///   - reference: the reference answer or solution; ignored for tool calling.
    ///   - transcript: for tool calling, the episode's turns (assistant tool calls and tool results); system
    ///     turns are never shown to the judge.
    /// - Returns: the verdict with method `llm_judge`, the judge's confidence and its explanation.
    public func judge(
        split: String,
        prompt: String,
        response: String,
        reference: String?,
        transcript: [ChatMessage] = []
    ) async -> VerificationResult {
        let request = self.request(
            split: split,
            prompt: prompt,
            response: response,
            reference: reference,
            transcript: transcript
        )
        let reply: ChatResponse
        do {
            reply = try await client.complete(request)
        } catch {
            return VerificationResult(
                verdict: .verifierError,
                extractedAnswer: nil,
                method: "llm_judge",
                confidence: 0,
                explanation: "The LLM judge (\(model)) could not be reached: \(error.message)"
            )
        }
        guard let value = JudgeReply.extractJSON(reply.text), let verdict = JudgeReply.verdict(value["verdict"]) else {
            return VerificationResult(
                verdict: .verifierError,
                extractedAnswer: nil,
                method: "llm_judge",
                confidence: 0,
                explanation:
                    "The LLM judge (\(model)) replied without a verdict in the expected JSON: \(reply.text.prefix(120))"
            )
        }
        let confidence = min(1, max(0, value["confidence"]?.numberValue ?? 0.5))
        let explanation = value["explanation"]?.stringValue ?? "The LLM judge gave no explanation."
        return VerificationResult(
            verdict: verdict,
            extractedAnswer: nil,
            method: "llm_judge",
            confidence: confidence,
            explanation: explanation
        )
    }

    /// The request the judge sends (exposed for tests and for recording cassettes).
    public func request(
        split: String,
        prompt: String,
        response: String,
        reference: String?,
        transcript: [ChatMessage] = []
    )
        -> ChatRequest
    {
        let isTools = ["tool_calling", "tool", "tools"].contains(split)
        var body = "## User request\n\(prompt)\n"
        if isTools, !transcript.isEmpty {
            body += "\n## Tool calls and results\n"
            for message in transcript where message.role == .tool || !message.toolCalls.isEmpty {
                if message.role == .tool {
                    body += "- result of \(message.name ?? "tool"): \(message.content.prefix(1500))\n"
                } else {
                    for call in message.toolCalls { body += "- call \(call.name)(\(call.arguments.prefix(600)))\n" }
                }
            }
        }
        if !isTools, let reference, !reference.isEmpty {
            body += "\n## Reference \(split == "code" ? "solution" : "answer")\n\(reference)\n"
        }
        body += "\n## Response to judge\n\(RefusalDetector.normalize(response))\n"
        return ChatRequest(
            model: model,
            system: JudgeRubric.common + "\n\n" + JudgeRubric.text(forSplit: split),
            messages: [.user(body)],
            temperature: 0,
            maxTokens: maxTokens,
            responseSchema: Self.replySchema
        )
    }
}
