/// The verdict on one candidate, as stored in the result file's `verdict` column.
public enum Verdict: String, Sendable, Hashable, Codable, CaseIterable {
    case correct
    case incorrect
    case noAnswer = "no_answer"
    case refused
    case timeout
    case generationError = "generation_error"
    case verifierError = "verifier_error"

    /// The candidate failed for a reason other than its answer (generation, the verifier, a timeout): the rows
    /// `bon run --retry-errors` makes again.
    public var isError: Bool {
        switch self {
        case .timeout, .generationError, .verifierError: true
        case .correct, .incorrect, .noAnswer, .refused: false
        }
    }
}

/// What a verifier concluded about one candidate, and why.
///
/// A wrong answer, a program that fails its tests or a refusal is a result, not an error.
public struct VerificationResult: Sendable, Hashable, Codable {
    /// The verdict.
    public var verdict: Verdict
    /// What the verifier read from the response as the answer, if anything.
    public var extractedAnswer: String?
    /// How the verdict was reached (`math_symbolic`, `math_numeric`, `code_execution`, `llm_judge`).
    public var method: String
    /// How sure the verifier is, from 0 to 1.
    ///
    /// Below 0.4 the run may consult the LLM judge.
    public var confidence: Double
    /// A sentence saying why.
    public var explanation: String

    /// Creates a result.
    public init(verdict: Verdict, extractedAnswer: String?, method: String, confidence: Double, explanation: String) {
        self.verdict = verdict
        self.extractedAnswer = extractedAnswer
        self.method = method
        self.confidence = confidence
        self.explanation = explanation
    }

    /// True when the verifier accepted the candidate.
    public var isVerified: Bool { verdict == .correct }
}
