import Foundation
public import LLM

/// Asks an LLM how strongly a response shows a persona (`persona_judge: true`), as a second opinion beside the
/// local ``PersonaScorer``.
public struct PersonaLLMRater: Sendable {
    /// The client of the judge's provider family.
    public let client: any LLMClient
    /// The model to ask.
    public let model: String

    /// Creates a rater.
    public init(client: any LLMClient, model: String) {
        self.client = client
        self.model = model
    }

    /// The rating from 0 to 1, or `nil` when the call fails or the reply is not the expected JSON.
    ///
    /// The rater sees the persona's name and declared markers, never its prompt, and the response alone.
    public func rate(_ response: String, markers: PersonaMarkers) async -> Double? {
        let phrases = markers.signatures.filter { !$0.regex }.prefix(8).map(\.pattern).joined(separator: "; ")
        var description = "Persona: \(markers.displayName)."
        if !phrases.isEmpty { description += " Signature phrases: \(phrases)." }
        if let sentiment = markers.style.sentiment { description += " Affect: \(sentiment)." }
        let request = ChatRequest(
            model: model,
            system: Self.system,
            messages: [.user("\(description)\n\nResponse to rate:\n<<<\n\(RefusalDetector.normalize(response))\n>>>")],
            temperature: 0,
            maxTokens: 200,
            responseSchema: Self.schema
        )
        guard let reply = try? await client.complete(request), let value = JudgeReply.extractJSON(reply.text),
            let score = value["score"]?.numberValue
        else { return nil }
        return min(1, max(0, score))
    }

    static let system = """
        You rate how strongly a response is written in the voice of a given character, from 0 (no trace of the \
        character: neutral assistant prose) to 1 (unmistakably the character throughout). Judge voice only, not \
        correctness. Reply with JSON only: {"score": a number from 0 to 1}.
        """

    static let schema: JSONValue = .object([
        "type": .string("object"),
        "properties": .object(["score": .object(["type": .string("number")])]),
        "required": .array([.string("score")]),
        "additionalProperties": .bool(false),
    ])
}
