/// What the refusal detector concluded about one response.
public struct RefusalAssessment: Sendable, Hashable, Codable {
    /// True when the response declines to answer.
    public var isRefusal: Bool
    /// The kind of refusal, when it is one.
    public var type: RefusalType?
    /// How sure the detector is of ``isRefusal``, from 0 to 1.
    public var confidence: Double
    /// The refusal phrases found, for explanation.
    public var cues: [String]
    /// How strongly the response still gives an answer, from 0 to 1.
    public var answerEvidence: Double
    /// How the assessment was made: `local`, or `llm` when an LLM confirmed it.
    public var method: String

    /// Creates an assessment.
    public init(
        isRefusal: Bool,
        type: RefusalType?,
        confidence: Double,
        cues: [String] = [],
        answerEvidence: Double = 0,
        method: String = "local"
    ) {
        self.isRefusal = isRefusal
        self.type = type
        self.confidence = confidence
        self.cues = cues
        self.answerEvidence = answerEvidence
        self.method = method
    }

    /// True when the local detector is unsure (confidence below 0.7), so an LLM check is worth its cost.
    public var isUncertain: Bool { confidence < 0.7 }
}
