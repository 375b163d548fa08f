/// Grades a math response against a reference answer by the project's math answer policy.
///
/// Synchronous, allocation-light and offline: it never throws and never calls the network. Wrong answers,
/// missing answers and unreadable input are verdicts, each with a confidence in 0…1 (below 0.4 the run may
/// ask the LLM judge).
///
/// ```swift
/// let result = MathVerifier().verify(gold: "\\frac{1}{3}", response: "The answer is 0.3333333.")
/// result.verdict      // .correct
/// result.method       // "math_numeric"
/// ```
public struct MathVerifier: Sendable {
    /// Responses longer than this many UTF-8 bytes are cut to their last part before reading.
    public static let maximumResponseBytes = 1_000_000

    /// Creates a verifier.
    public init() {}

    /// Grades one response.
    ///
    /// - Parameters:
    ///   - gold: the reference answer, usually a box's content (`\frac{1}{2}`); text holding a `\boxed{}` is
    ///     reduced to its last box.
    ///   - response: the candidate's full text, persona and reasoning included.
    ///   - structuredFinalAnswer: the `final_answer` of a structured-output reply, when the run asked for one; it
    ///     is read instead of searching the free text.
    /// - Returns: `correct`, `incorrect` or `no_answer` (or `verifier_error` for an empty gold), with the
    ///   extracted answer, the method (`math_symbolic`, `math_numeric`, `math_text`), a confidence and a sentence.
    public func verify(gold: String, response: String, structuredFinalAnswer: String? = nil) -> VerificationResult {
        let goldText = MathBox.lastBox(in: gold) ?? gold
        let cleanGold = MathAnswerReader.clean(goldText)
        guard !cleanGold.isEmpty else {
            return VerificationResult(
                verdict: .verifierError,
                extractedAnswer: nil,
                method: "math_symbolic",
                confidence: 0,
                explanation: "The reference answer is empty."
            )
        }
        let goldNode = MathAnswerReader.read(cleanGold)

        var extraction: MathAnswerExtractor.Extraction?
        if let structured = structuredFinalAnswer?.trimmingASCIIWhitespace, !structured.isEmpty {
            let text = MathBox.lastBox(in: structured) ?? structured
            if let node = MathAnswerReader.read(text) {
                extraction = .init(text: MathAnswerReader.clean(text), node: node, source: .structured, rejected: false)
            } else {
                extraction = MathAnswerExtractor.extract(from: structured)
                extraction?.source = .structured
            }
        } else {
            var text = response
            if text.utf8.count > MathVerifier.maximumResponseBytes {
                text = String(decoding: text.utf8.suffix(MathVerifier.maximumResponseBytes), as: UTF8.self)
            }
            extraction = MathAnswerExtractor.extract(from: text)
        }

        guard let extraction, !extraction.text.isEmpty else {
            return VerificationResult(
                verdict: .noAnswer,
                extractedAnswer: nil,
                method: "math_symbolic",
                confidence: 0,
                explanation: "No final answer was found in the response."
            )
        }
        let sourceWeight = MathVerifier.weight(extraction.source) * (extraction.rejected ? 0.5 : 1)

        guard let goldNode else {
            // The gold is not math we read: compare the texts.
            let same = MathVerifier.normalizedText(cleanGold) == MathVerifier.normalizedText(extraction.text)
            return VerificationResult(
                verdict: same ? .correct : .incorrect,
                extractedAnswer: extraction.text,
                method: "math_text",
                confidence: 0.3 * sourceWeight,
                explanation: same
                    ? "The answer matches the reference as text (the reference is not readable as math)."
                    : "The answer differs from the reference as text (the reference is not readable as math)."
            )
        }
        guard let responseNode = extraction.node ?? MathVerifier.readAsGold(extraction.text, like: goldNode) else {
            let same = MathVerifier.normalizedText(cleanGold) == MathVerifier.normalizedText(extraction.text)
            return VerificationResult(
                verdict: same ? .correct : .incorrect,
                extractedAnswer: extraction.text,
                method: "math_text",
                confidence: 0.3 * sourceWeight,
                explanation: "The extracted answer is not readable as math; compared as text."
            )
        }
        var match = MathEquivalence.compare(gold: goldNode, response: responseNode)
        // A choice gold whose response names the letter inside a phrase ("option (B) 12").
        if !match.equal, case .choice = goldNode, let letter = MathAnswerReader.choice(extraction.text) {
            match = MathEquivalence.compare(gold: goldNode, response: letter)
        }
        let method: String
        if case .text = goldNode {
            method = "math_text"
        } else {
            method = match.numeric ? "math_numeric" : "math_symbolic"
        }
        let comparisonWeight = match.numeric ? 0.9 : 1.0
        let confidence = max(0, min(1, sourceWeight * comparisonWeight))
        let explanation: String
        if match.equal {
            explanation =
                "The \(MathVerifier.describe(extraction.source)) answer \(extraction.text.prefix(80)) equals the "
                + "reference \(cleanGold.prefix(80))"
                + (match.numeric ? " numerically." : " exactly.")
        } else {
            explanation =
                "The \(MathVerifier.describe(extraction.source)) answer \(extraction.text.prefix(80)) differs from "
                + "the reference \(cleanGold.prefix(80))."
        }
        return VerificationResult(
            verdict: match.equal ? .correct : .incorrect,
            extractedAnswer: extraction.text,
            method: method,
            confidence: confidence,
            explanation: explanation
        )
    }

    private static func readAsGold(_ text: String, like gold: MathNode) -> MathNode? {
        if case .choice = gold { return MathAnswerReader.choice(text) }
        return nil
    }

    private static func weight(_ source: MathAnswerExtractor.Source) -> Double {
        switch source {
        case .structured, .boxed: 1.0
        case .finalMarker: 0.95
        case .marker: 0.85
        case .conclusion: 0.6
        case .equation: 0.5
        case .lastNumber: 0.3
        }
    }

    private static func describe(_ source: MathAnswerExtractor.Source) -> String {
        switch source {
        case .structured: "structured"
        case .boxed: "boxed"
        case .finalMarker: "final-answer"
        case .marker: "stated"
        case .conclusion: "concluding"
        case .equation: "equation's"
        case .lastNumber: "last-number"
        }
    }

    private static func normalizedText(_ text: String) -> String {
        String(text.lowercased().filter { !$0.isWhitespace && $0 != "$" && $0 != "{" && $0 != "}" && $0 != "\\" })
    }
}
